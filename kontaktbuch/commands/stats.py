"""``kontaktbuch stats``: the reflection panel's figures on the command line.

The numbers come from the same :func:`kontaktbuch.journal.reflection.panel` the
window uses, and the words from :mod:`kontaktbuch.text.reflection`, so the two
never disagree.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json
from kontaktbuch.text.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser(
        "stats",
        help=translate("cli", "show the reflection panel's figures for a period"),
        description=translate(
            "cli",
            "Time, goals, networks, channels, outcomes, enjoyment and findings of a period "
            "beside the period before. Without a period: this month.",
        ),
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--period",
        metavar=translate("cli", "PERIOD"),
        help=translate("cli", "a month 2026-10, a week 2026-W43, a quarter 2026-Q3 or a year 2026"),
    )
    group.add_argument(
        "--from",
        dest="date_from",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "first day of a custom range (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "last day of a custom range (YYYY-MM-DD, default: today)"),
    )
    add_json(p)
    p.set_defaults(handler=cmd_stats)


class _Refused(Exception):
    """A period the command cannot show; the message says why (in the user's language)."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise _Refused(
            translate("cli", "Not a date: %1. Write dates as YYYY-MM-DD, e.g. 2026-03-31.").replace(
                "%1", text
            )
        ) from exc


def _period(args: argparse.Namespace, today: dt.date) -> Any:
    from kontaktbuch.journal import periods as P

    if args.date_to and not args.date_from:
        raise _Refused(
            translate(
                "cli",
                "--to needs --from: give the first day of the range too, "
                "e.g. --from 2026-01-01 --to 2026-03-31.",
            )
        )
    if args.date_from:
        first = _date(args.date_from)
        last = _date(args.date_to) if args.date_to else today
        if last < first:
            raise _Refused(
                translate("cli", "The range ends before it starts: --to is before --from.")
            )
        return P.custom(first, last)
    if args.period:
        return P.parse(args.period)
    return P.containing("month", today)


def cmd_stats(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import periods as P
    from kontaktbuch.journal import reflection as R

    now = dt.datetime.now().replace(microsecond=0)
    thresholds = R.Thresholds.from_settings(ctx.settings)
    try:
        period = _period(args, now.date())
        R.check_period(period, thresholds)
    except _Refused as exc:
        ctx.error(str(exc))
        return 2
    except P.PeriodRangeError:
        ctx.error(
            translate(
                "cli",
                "This period is too far in the past or the future: it, the period before "
                "it and the twelve months up to its end must lie between the years 1 and 9999.",
            )
        )
        return 2
    except P.PeriodError:
        ctx.error(
            translate(
                "cli",
                "Not a period I know. Use a month like 2026-10, a week like 2026-W43, a "
                "quarter like 2026-Q3, a year like 2026, or --from 2026-01-01 --to 2026-03-31.",
            )
        )
        return 2
    with ctx.database():
        data = R.panel(period, thresholds, now)
    if args.json:
        ctx.print_json(R.panel_to_dict(data))
        return 0
    print_panel(ctx, data)
    return 0


def _table(ctx: CliContext, header: list[str], rows: list[list[str]]) -> None:
    if not rows:
        ctx.print("  " + translate("cli", "(nothing)"))
        return
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [
            f"{cell:<{widths[i]}}" if i == 0 else f"{cell:>{widths[i]}}"
            for i, cell in enumerate(row)
        ]
        ctx.print("  " + "  ".join(cells).rstrip())


def print_panel(ctx: CliContext, data: Any) -> None:
    """The panel as text: the same figures, sections and findings as the window."""
    from kontaktbuch.journal import reflection as R
    from kontaktbuch.text import formatting as F
    from kontaktbuch.text import labels
    from kontaktbuch.text import reflection as T
    from kontaktbuch.text import verdicts as V

    cur, prev = data.current, data.previous
    now_label, prev_label = T.period_name(cur.period), T.period_name(prev.period)

    def heading(text: str) -> None:
        ctx.print()
        ctx.print(text)

    so_far = T.so_far_text(cur)
    ctx.print(
        translate("cli", "Reflection %1 (%2), compared with %3")
        .replace("%1", now_label)
        .replace("%2", T.range_text(cur.period) + (f", {so_far}" if so_far else ""))
        .replace("%3", prev_label)
    )
    _first_steps(ctx, data.first_steps)
    heading(translate("cli", "Overview"))
    _table(ctx, ["", now_label, prev_label], [list(r) for r in T.summary_rows(cur, prev)])

    heading(translate("cli", "Findings"))
    if data.findings:
        for _finding, line in T.finding_lines(data.findings):
            ctx.print("  • " + line)
    else:
        ctx.print("  " + translate("cli", "(nothing)"))

    heading(translate("cli", "Goals"))
    before = {g.goal_id: g for g in prev.goals}
    _table(
        ctx,
        [
            translate("cli", "Goal"),
            translate("cli", "Time"),
            translate("cli", "Budget"),
            translate("cli", "Target"),
            translate("cli", "Outcomes"),
            prev_label,
        ],
        [
            [
                g.title,
                F.hours(g.minutes),
                T.budget_text(g),
                T.target_text(g),
                str(g.outcomes),
                F.hours(before[g.goal_id].minutes) if g.goal_id in before else "–",
            ]
            for g in cur.goals
        ],
    )

    heading(V.question())
    asked = [g for g in cur.goals if g.status in R.ASKED_STATUSES]
    if not asked:
        ctx.print("  " + translate("cli", "(nothing)"))
    for g in asked:
        ctx.print(f"  {g.title}: {V.goal_line(g)}")
        earlier = data.earlier.get(g.goal_id)
        if earlier is not None:
            ctx.print(f"    {V.earlier_text(earlier)}")

    heading(translate("cli", "Networks"))
    _table(
        ctx,
        [
            translate("cli", "Network"),
            translate("cli", "Time"),
            translate("cli", "Share"),
            translate("cli", "Outcomes"),
            translate("cli", "Enjoyment"),
        ],
        [
            [
                T.network_name(n),
                F.hours(n.minutes),
                T.percent(n.share),
                str(n.outcomes),
                T.enjoyment(n.enjoyment),
            ]
            for n in cur.networks
        ],
    )
    if len(cur.networks) > 1:
        ctx.print("  " + T.share_note())

    heading(translate("cli", "Channels"))
    _table(
        ctx,
        [translate("cli", "Channel"), translate("cli", "Time"), translate("cli", "Items")],
        [[T.channel_name(c.channel), F.hours(c.minutes), str(c.items)] for c in cur.channels],
    )

    heading(translate("cli", "Outcomes by kind"))
    kinds = sorted(set(cur.outcomes_by_kind) | set(prev.outcomes_by_kind))
    _table(
        ctx,
        [translate("cli", "Outcome"), now_label, prev_label],
        [
            [
                labels.label(labels.OUTCOME_KINDS, k),
                str(cur.outcomes_by_kind.get(k, 0)),
                str(prev.outcomes_by_kind.get(k, 0)),
            ]
            for k in kinds
        ],
    )

    heading(translate("cli", "Events"))
    _table(
        ctx,
        [
            translate("cli", "Event"),
            translate("cli", "Date"),
            translate("cli", "Time"),
            translate("cli", "Enjoyment"),
            translate("cli", "Conversations"),
        ],
        [
            [
                e.title,
                T.date_time(e.starts_at),
                F.hours(e.minutes),
                T.enjoyment(e.enjoyment),
                str(e.conversations),
            ]
            for e in cur.event_list
        ],
    )

    heading(translate("cli", "Last 12 months"))
    _table(
        ctx,
        [translate("cli", "Month"), translate("cli", "Time"), translate("cli", "Enjoyment")],
        [[f"{p.month:%Y-%m}", F.hours(p.minutes), T.enjoyment(p.enjoyment)] for p in data.trend],
    )


def _first_steps(ctx: CliContext, steps: list[str]) -> None:
    """What to do first in a (nearly) empty journal, the command line's way."""
    if not steps:
        return
    ctx.print()
    ctx.print(translate("cli", "Where to start"))
    if "log" in steps:
        ctx.print(
            "  • "
            + translate(
                "cli",
                "Log your conversations: kontaktbuch log --with NAME --minutes 30 "
                "--enjoyment 4 (or Ctrl+L in the window).",
            )
        )
    if "goal" in steps:
        ctx.print(
            "  • "
            + translate(
                "cli",
                "Set a goal with a time budget in the window (Goals), so the figures "
                "can tell whether the time fits.",
            )
        )
