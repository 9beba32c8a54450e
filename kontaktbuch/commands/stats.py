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
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(handler=cmd_stats)


def _period(args: argparse.Namespace, today: dt.date) -> Any:
    from kontaktbuch.journal import periods as P

    if args.date_to and not args.date_from:
        raise P.PeriodError("--to needs --from")
    if args.date_from:
        first = dt.date.fromisoformat(args.date_from)
        last = dt.date.fromisoformat(args.date_to) if args.date_to else today
        return P.custom(first, last)
    if args.period:
        return P.parse(args.period)
    return P.containing("month", today)


def cmd_stats(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import periods as P
    from kontaktbuch.journal import reflection as R

    now = dt.datetime.now().replace(microsecond=0)
    try:
        period = _period(args, now.date())
    except (P.PeriodError, ValueError):
        ctx.error(
            translate(
                "cli",
                "Not a period I know. Use a month like 2026-10, a week like 2026-W43, a "
                "quarter like 2026-Q3, a year like 2026, or --from 2026-01-01 --to 2026-03-31.",
            )
        )
        return 2
    with ctx.database():
        data = R.panel(period, R.Thresholds.from_settings(ctx.settings), now)
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
    from kontaktbuch.text import formatting as F
    from kontaktbuch.text import labels
    from kontaktbuch.text import reflection as T

    cur, prev = data.current, data.previous
    now_label, prev_label = T.period_name(cur.period), T.period_name(prev.period)

    def heading(text: str) -> None:
        ctx.print()
        ctx.print(text)

    ctx.print(
        translate("cli", "Reflection %1 (%2), compared with %3")
        .replace("%1", now_label)
        .replace("%2", T.range_text(cur.period))
        .replace("%3", prev_label)
    )
    heading(translate("cli", "Overview"))
    _table(ctx, ["", now_label, prev_label], [list(r) for r in T.summary_rows(cur, prev)])

    heading(translate("cli", "Findings"))
    if data.findings:
        for finding in data.findings:
            ctx.print("  • " + T.finding_text(finding))
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
