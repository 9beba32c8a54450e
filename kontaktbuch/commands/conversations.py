"""``kontaktbuch log`` and ``kontaktbuch search``: the journal for people in a terminal.

``log`` records one conversation with the same rules as the quick-capture dialog
(:mod:`kontaktbuch.journal.conversations.matching`: names resolved to contacts,
new ones created after a check for similar names, an event title meaning that
day's event of that title, goals by their titles; follow-up dates like "+3d" or
"Freitag"); ``search`` prints what the window's search field would show.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json
from kontaktbuch.text.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser("log", help=translate("cli", "log one conversation"))
    p.add_argument(
        "--with",
        dest="names",
        nargs="+",
        required=True,
        metavar=translate("cli", "NAME"),
        help=translate("cli", "who you talked with (name or e-mail; new names become contacts)"),
    )
    p.add_argument(
        "--event",
        metavar=translate("cli", "EVENT"),
        help=translate("cli", "the event (an existing title, or a new one)"),
    )
    p.add_argument(
        "--channel",
        default="in_person",
        metavar=translate("cli", "CHANNEL"),
        help=translate("cli", "in_person, phone, video, email, linkedin, xing, facebook, other"),
    )
    p.add_argument(
        "--minutes",
        type=int,
        default=0,
        metavar=translate("cli", "MINUTES"),
        help=translate("cli", "minutes spent"),
    )
    p.add_argument(
        "--enjoyment",
        type=int,
        metavar="1-5",
        help=translate("cli", "enjoyment from 1 to 5"),
    )
    p.add_argument(
        "--note", default="", metavar=translate("cli", "TEXT"), help=translate("cli", "notes")
    )
    for option, metavar, text in (
        (
            "--outcome",
            translate("cli", "KIND:TEXT"),
            translate("cli", "an outcome, e.g. insight:Apply early (repeatable)"),
        ),
        (
            "--follow-up",
            translate("cli", "TEXT@DATE"),
            translate("cli", "a follow-up, e.g. 'Send slides@+3d' (repeatable)"),
        ),
        (
            "--goal",
            translate("cli", "GOAL"),
            translate("cli", "an active goal the conversation served, by its title (repeatable)"),
        ),
    ):
        p.add_argument(option, action="append", default=[], metavar=metavar, help=text)
    p.add_argument(
        "--date",
        metavar=translate("cli", "DATE"),
        help=translate(
            "cli",
            "when it took place (26.11.2026 18:30, 26.11. 18:30, 2026-11-26; default: now)",
        ),
    )
    p.add_argument(
        "--create-new",
        action="store_true",
        help=translate("cli", "create new contacts even when similar names exist"),
    )
    p.set_defaults(handler=cmd_log)

    p = sub.add_parser("search", help=translate("cli", "search the journal"))
    p.add_argument(
        "query",
        nargs="+",
        metavar=translate("cli", "QUERY"),
        help=translate("cli", "what to look for"),
    )
    add_json(p)
    p.set_defaults(handler=cmd_search)


def _outcome_kind(text: str) -> str | None:
    from kontaktbuch.journal.conversations import fold_name_for_matching
    from kontaktbuch.journal.vocabulary import OUTCOME_KINDS
    from kontaktbuch.text import labels

    key = fold_name_for_matching(text.replace("_", " "))
    for code in OUTCOME_KINDS:
        names = {
            fold_name_for_matching(code.replace("_", " ")),
            fold_name_for_matching(labels.OUTCOME_KINDS[code]),
            fold_name_for_matching(labels.label(labels.OUTCOME_KINDS, code)),
        }
        if key in names:
            return code
    return None


def cmd_log(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import conversations as cv
    from kontaktbuch.journal import limits
    from kontaktbuch.journal.dates import DateParseError, parse_due, try_parse_when
    from kontaktbuch.journal.vocabulary import CHANNELS, ENJOYMENT_RANGE, OUTCOME_KINDS

    def fail(text: str) -> int:
        ctx.error(text)
        return 2

    now = dt.datetime.now().replace(second=0, microsecond=0)
    when = try_parse_when(args.date, now.date(), now) if args.date else now
    if when is None:
        return fail(translate("cli", "Not a date: %1").replace("%1", args.date))
    # The journal's rules (limits.py), checked before the journal is opened; names
    # and the event's title without control characters from here on.
    limits.check_date("date", when)
    args.names = [
        limits.checked_line("name", name, limits.NAME_MAX, required=True) for name in args.names
    ]
    if args.event:
        args.event = limits.checked_line("event", args.event, limits.TITLE_MAX)
    if args.channel not in CHANNELS:
        return fail(
            translate("cli", "Unknown channel “%1”. Choose one of: %2")
            .replace("%1", args.channel)
            .replace("%2", ", ".join(CHANNELS))
        )
    if args.enjoyment is not None and args.enjoyment not in ENJOYMENT_RANGE:
        return fail(translate("cli", "Enjoyment goes from 1 to 5."))
    if not 0 <= args.minutes <= 24 * 60:
        return fail(translate("cli", "Minutes must be between 0 and 1440."))
    outcomes = []
    for item in args.outcome:
        kind_text, sep, text = item.partition(":")
        kind = _outcome_kind(kind_text) if sep else None
        if kind is None:
            return fail(
                translate("cli", "Write outcomes as KIND:TEXT; kinds: %1").replace(
                    "%1", ", ".join(OUTCOME_KINDS)
                )
            )
        outcomes.append(cv.OutcomeInput(kind, text.strip()))
    with ctx.database():
        today = dt.date.today()
        follow_ups = []
        for item in args.follow_up:
            text, sep, due_text = item.rpartition("@")
            if not sep:
                text, due_text = due_text, ""
            due = None
            if due_text.strip():
                try:
                    due = parse_due(due_text, today)
                except DateParseError:
                    return fail(translate("cli", "Not a date: %1").replace("%1", due_text))
            if not text.strip():
                return fail(translate("cli", "A follow-up needs a text."))
            follow_ups.append(cv.FollowUpInput(text.strip(), due))
        contact_ids: list[int] = []
        new_names: list[str] = []
        for name in args.names:
            # The dialog's rule (journal.conversations.resolve_name); where the dialog
            # would ask, the command line says why and changes nothing.
            typed = cv.resolve_name(name)
            if typed.contact_id is not None:
                contact_ids.append(typed.contact_id)
                continue
            if typed.same_name:
                return fail(
                    translate("cli", "“%1” matches several contacts: %2")
                    .replace("%1", name)
                    .replace("%2", "; ".join(f"{c.label} ({c.detail})" for c in typed.same_name))
                )
            if typed.similar and not args.create_new:
                return fail(
                    translate(
                        "cli",
                        "No contact is called “%1”, but there are similar names: %2. "
                        "Write the name as stored, or add --create-new.",
                    )
                    .replace("%1", name)
                    .replace("%2", "; ".join(c.label for c in typed.similar))
                )
            new_names.append(name)
        goal_ids: list[int] = []
        for title in args.goal:
            goal = cv.resolve_goal(title)
            if goal.goal_id is None:
                return fail(_unknown_goal(title, goal.near))
            goal_ids.append(goal.goal_id)
        event_id, new_event = cv.capture_event(args.event or "", when)
        data = cv.ConversationInput(
            occurred_at=when,
            contact_ids=contact_ids,
            new_contact_names=new_names,
            channel=args.channel,
            minutes=args.minutes,
            notes=args.note,
            enjoyment=args.enjoyment,
            outcomes=outcomes,
            follow_ups=follow_ups,
            goal_ids=goal_ids,
        )
        result = cv.save_capture([data], event_id=event_id, new_event=new_event)
        row = cv.get_conversation(result.conversation_ids[0])
    assert row is not None
    ctx.print(
        translate("cli", "Logged conversation %1 with %2.")
        .replace("%1", str(row.id))
        .replace("%2", ", ".join(c.name for c in row.contacts))
    )
    if result.created_contact_ids:
        created = [c.name for c in row.contacts if c.id in result.created_contact_ids]
        ctx.print(translate("cli", "New contacts: %1").replace("%1", ", ".join(created)))
    if new_event is not None:
        ctx.print(translate("cli", "New event: %1").replace("%1", new_event.title))
    return 0


def _unknown_goal(title: str, near: Sequence[Any]) -> str:
    """The message for a goal title that names no active goal, with the near ones."""
    from kontaktbuch.journal.choices import active_goals

    def quoted(text: str) -> str:
        return translate("cli", "“%1”").replace("%1", text)

    if near:
        return (
            translate("cli", "No active goal is called “%1”. Did you mean: %2?")
            .replace("%1", title)
            .replace("%2", "; ".join(quoted(g.label) for g in near))
        )
    message = translate("cli", "No active goal is called “%1”.").replace("%1", title)
    titles = [quoted(g.label) for g in active_goals()]
    if titles:
        message += " " + translate("cli", "Active goals: %1").replace("%1", "; ".join(titles))
    return message


def cmd_search(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal.search import search

    query = " ".join(args.query)
    with ctx.database():
        hits = search(query)
    if args.json:
        ctx.print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.item_id,
                    "title": h.title,
                    "snippet": h.snippet,
                    "title_marks": [list(s) for s in h.title_marks],
                    "snippet_marks": [list(s) for s in h.snippet_marks],
                    "when": h.when.isoformat() if h.when else None,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        ctx.print(translate("cli", "Nothing found for “%1”.").replace("%1", query))
        return 1
    try:
        _print_hits(ctx, hits)
    except BrokenPipeError:  # e.g. "kontaktbuch search x | head"
        if ctx.out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print_hits(ctx: CliContext, hits: list[Any]) -> None:
    titles = {
        "contact": translate("cli", "Contacts"),
        "conversation": translate("cli", "Conversations"),
        "event": translate("cli", "Events"),
        "network": translate("cli", "Networks"),
    }
    current = ""
    for hit in hits:
        if hit.kind != current:
            if current:
                ctx.print()
            current = hit.kind
            ctx.print(titles[hit.kind])
        title = hit.title
        if hit.kind == "conversation" and hit.when is not None:
            # The date as the user's language writes it (26.11.2026), as in the window.
            from kontaktbuch.text.formatting import date_text

            iso = f"{hit.when:%Y-%m-%d}"
            if title.startswith(iso):
                title = date_text(hit.when.date()) + title[len(iso) :]
        line = f"  [{hit.item_id}] {title}"
        if hit.snippet:
            line += f" – {hit.snippet}"
        ctx.print(line)
