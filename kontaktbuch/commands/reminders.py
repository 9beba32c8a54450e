"""``kontaktbuch due``: what is due (and coming), for scripts and status bars."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json, whole_number
from kontaktbuch.text.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser(
        "due", help=translate("cli", "list the reminders that are due (and coming up)")
    )
    add_json(p)
    p.add_argument(
        "--days",
        type=whole_number(0, 366, translate("cli", "a number of days from 0 to 366")),
        default=0,
        metavar="N",
        help=translate("cli", "also list what becomes due within N days"),
    )
    p.set_defaults(handler=cmd_due)


def cmd_due(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import reminders
    from kontaktbuch.text import reminders as text

    now = dt.datetime.now().replace(second=0, microsecond=0)
    with ctx.database():
        agenda = reminders.collect(
            now, days=args.days, reflection_interval=ctx.settings.reflection_interval
        )
    due = reminders.one_per_event(agenda.due)
    upcoming = [
        r
        for r in reminders.one_per_event((*agenda.due, *agenda.upcoming))
        if r in agenda.upcoming and args.days
    ]

    def entry(r: reminders.Reminder) -> dict[str, object]:
        data = r.as_dict()
        data["text"] = text.menu_text(r, limit=200)
        data["status"] = text.status(r, agenda.now)
        if not reminders.is_snoozed(r, agenda.now):
            data.pop("snoozed_until", None)
        return data

    if args.json:
        ctx.print_json(
            {
                "now": agenda.now.isoformat(timespec="minutes"),
                "days": args.days,
                "paused": reminders.is_paused(ctx.settings.reminders_paused_until, now),
                "due": [entry(r) for r in due],
                "upcoming": [entry(r) for r in upcoming],
            }
        )
        return 0
    if not due and not upcoming:
        ctx.print(translate("cli", "Nothing is due."))
        return 0
    if due:
        ctx.print(translate("cli", "Due (%n):", None, len(due)))
        for r in due:
            ctx.print(f"  {text.menu_text(r, limit=200)}  ·  {text.status(r, agenda.now)}")
    if upcoming:
        if due:
            ctx.print()
        ctx.print(translate("cli", "Coming up within %n day(s):", None, args.days))
        for r in upcoming:
            ctx.print(f"  {text.menu_text(r, limit=200)}  ·  {text.status(r, agenda.now)}")
    return 0
