"""``kontaktbuch introductions``: who could help whom, and what to do about it.

``introductions [--json] [--limit N]`` lists the proposals (both people, the
words that met, the score); ``introductions dismiss|postpone|make ID`` acts on
one, ID as listed ("12-34", "me-34").
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json, whole_number
from kontaktbuch.text.i18n import translate

# days until the follow-up of a made introduction ("how did it go?")
FOLLOW_UP_DAYS = 14


def register(sub: Any) -> None:
    p = sub.add_parser(
        "introductions",
        help=translate("cli", "list who could help whom: where a seek meets an offer"),
    )
    add_json(p)
    p.add_argument(
        "--limit",
        type=whole_number(1, 10000, translate("cli", "a number from 1 to 10000")),
        default=50,
        metavar="N",
        help=translate("cli", "at most N proposals (default 50)"),
    )
    p.set_defaults(handler=cmd_list)
    actions = p.add_subparsers(dest="action", metavar=translate("cli", "ACTION"))
    for name, text, handler in (
        ("dismiss", translate("cli", "never propose this pair again"), cmd_dismiss),
        ("postpone", translate("cli", "propose this pair again later"), cmd_postpone),
        (
            "make",
            translate("cli", "log the introduction on both contacts, with follow-ups"),
            cmd_make,
        ),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", metavar="ID", help=translate("cli", "the proposal's ID"))
        action.set_defaults(handler=handler)


def _proposals(ctx: CliContext, today: dt.date, limit: int | None) -> list[Any]:
    from kontaktbuch.journal import introductions as intro
    from kontaktbuch.text.introductions import me

    return intro.proposals(
        today,
        my_offers=ctx.settings.profile_offers,
        my_seeks=ctx.settings.profile_seeks,
        my_name=me(),
        limit=limit,
    )


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.text.introductions import match_sentence, words_text

    today = dt.date.today()
    with ctx.database():
        found = _proposals(ctx, today, args.limit)
    if args.json:
        ctx.print_json({"date": today.isoformat(), "proposals": [p.as_dict() for p in found]})
        return 0
    if not found:
        ctx.print(translate("cli", "No proposals: nobody seeks what another offers."))
        return 0
    ctx.print(translate("cli", "%n proposal(s):", None, len(found)))
    for proposal in found:
        ctx.print(f"  [{proposal.key}]  {proposal.score}")
        for match in proposal.matches:
            ctx.print(f"      {match_sentence(proposal, match)}  ({words_text(match)})")
    return 0


def _act(ctx: CliContext, key: str, act: Any) -> int:
    from kontaktbuch.journal.introductions import BadKey
    from kontaktbuch.journal.snapshots import NotFound

    try:
        with ctx.database():
            return int(act())
    except BadKey:
        ctx.error(
            translate("cli", "“%1” is not a proposal's ID (such as 12-34 or me-34).").replace(
                "%1", key
            )
        )
    except NotFound:
        ctx.error(
            translate("cli", "No contact of the proposal %1 is in the journal.").replace("%1", key)
        )
    return 1


def cmd_dismiss(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import introductions as intro

    def act() -> int:
        intro.dismiss(args.id)
        ctx.print(
            translate("cli", "Dismissed: %1 will not be proposed again.").replace("%1", args.id)
        )
        return 0

    return _act(ctx, args.id, act)


def cmd_postpone(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import introductions as intro
    from kontaktbuch.text.formatting import date_text

    def act() -> int:
        until = intro.postpone(args.id)
        ctx.print(
            translate("cli", "Postponed: %1 comes back on %2.")
            .replace("%1", args.id)
            .replace("%2", date_text(until))
        )
        return 0

    return _act(ctx, args.id, act)


def cmd_make(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import introductions as intro
    from kontaktbuch.text.introductions import introduction

    def act() -> int:
        today = dt.date.today()
        key = args.id.strip()
        if intro.parse_key(key) is None:
            raise intro.BadKey(key)
        found = [p for p in _proposals(ctx, today, None) if p.key == key]
        if not found:
            ctx.error(translate("cli", "%1 is not among the open proposals.").replace("%1", key))
            return 1
        words = introduction(found[0], today + dt.timedelta(days=FOLLOW_UP_DAYS))
        intro.make(key, words)
        ctx.print(translate("cli", "Introduction logged, with a follow-up on each side."))
        return 0

    return _act(ctx, args.id, act)
