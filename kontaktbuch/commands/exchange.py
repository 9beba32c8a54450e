"""Import and export on the command line.

``kontaktbuch import vcard|linkedin|archive FILE [--dry-run] [--on-duplicate …]``
and ``kontaktbuch export vcard|archive|ics|csv FILE``. The same functions as the
window do the work; a progress line shows on a terminal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.text.i18n import translate

if TYPE_CHECKING:
    from kontaktbuch.exchange.records import ExchangeError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import", help=translate("cli", "import contacts (vCard, LinkedIn) or a full archive")
    )
    p.add_argument("kind", choices=("vcard", "linkedin", "archive"))
    p.add_argument("file", help=translate("cli", "the file (for vCards also a folder)"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would happen without changing anything"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("merge", "keep", "skip"),
        default="merge",
        help=translate(
            "cli", "what to do with people already in the journal: merge, keep both, skip"
        ),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "restore an archive over existing data without asking"),
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "export", help=translate("cli", "export contacts, a full archive, a calendar or a CSV")
    )
    p.add_argument("kind", choices=("vcard", "archive", "ics", "csv"))
    p.add_argument("file", help=translate("cli", "where to write it"))
    p.add_argument(
        "--vcard-version",
        choices=("4.0", "3.0"),
        default="4.0",
        help=translate("cli", "vCard version (3.0 for older programs)"),
    )
    p.set_defaults(handler=cmd_export)


def _fail(ctx: CliContext, exc: ExchangeError) -> int:
    from kontaktbuch.text.exchange_messages import describe_error

    ctx.error(describe_error(exc))
    return 1


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange import importer
    from kontaktbuch.exchange.records import ExchangeError
    from kontaktbuch.text.exchange_messages import describe_warning

    path = Path(args.file).expanduser()
    if args.kind == "archive":
        return _restore_archive(ctx, path, args)
    from kontaktbuch.store import backup

    with ctx.database() as db:
        try:
            parsed = importer.read_file(args.kind, path, ctx.progress(translate("cli", "Reading")))
        except ExchangeError as exc:
            return _fail(ctx, exc)
        plan = importer.plan_import(parsed, default_choice=args.on_duplicate)
        for item in plan.matches():
            candidate = item.candidates[0]
            ctx.print(
                translate("cli", "Possible duplicate: %1 (%2) matches %3 by %4 → %5")
                .replace("%1", item.record.display_name)
                .replace("%2", Path(item.record.source).name)
                .replace("%3", candidate.name)
                .replace("%4", _reason(candidate.reason))
                .replace("%5", _choice(item.choice))
            )
        if not args.dry_run and plan.writes_anything() and importer.journal_has_data():
            # An import merges into existing people: keep the state before it
            # (an import that changes nothing makes no backup to rotate others out).
            backup.make_backup(
                db, ctx.paths.backups_dir, keep=ctx.settings.backups_to_keep, reason="before-import"
            )
        summary = importer.apply_plan(
            plan, ctx.progress(translate("cli", "Importing")), dry_run=args.dry_run
        )
    for warning in summary.warnings:
        ctx.error(describe_warning(warning))
    text = (
        translate("cli", "%1 new, %2 merged, %3 skipped.")
        .replace("%1", str(summary.created))
        .replace("%2", str(summary.merged))
        .replace("%3", str(summary.skipped))
    )
    if args.dry_run:
        text = translate("cli", "Dry run, nothing was changed: %1").replace("%1", text)
    ctx.print(text)
    return 0


def _reason(code: str) -> str:
    return {
        "email": translate("cli", "e-mail"),
        "link": translate("cli", "profile link"),
        "name": translate("cli", "similar name"),
    }.get(code, code)


def _choice(code: str) -> str:
    return {
        "merge": translate("cli", "merge"),
        "keep": translate("cli", "keep both"),
        "skip": translate("cli", "skip"),
    }.get(code, code)


def _restore_archive(ctx: CliContext, path: Path, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange import archive, importer
    from kontaktbuch.exchange.records import ExchangeError
    from kontaktbuch.store import backup

    try:
        data = archive.read_archive(path)
        archive.check_archive(path, data)
    except ExchangeError as exc:
        return _fail(ctx, exc)
    with ctx.database() as db:
        has_data = importer.journal_has_data()
        if args.dry_run:
            ctx.print(
                translate(
                    "cli", "Dry run, nothing was changed: the archive holds %1 entries."
                ).replace("%1", str(sum(len(rows) for rows in data["tables"].values())))
            )
            return 0
        if has_data and not args.yes and (not ctx.err.isatty() or not _confirm(ctx)):
            ctx.error(
                translate(
                    "cli",
                    "The journal already holds data. Restoring the archive replaces all "
                    "of it; a backup is taken first. Run again with --yes to do that.",
                )
            )
            return 1
        safety = None
        if has_data:
            safety = backup.make_backup(
                db,
                ctx.paths.backups_dir,
                keep=ctx.settings.backups_to_keep,
                reason="before-archive",
            )
        try:
            summary = archive.restore_archive(
                path,
                force=has_data,
                progress=ctx.progress(translate("cli", "Restoring")),
                data=data,
            )
        except ExchangeError as exc:
            return _fail(ctx, exc)
    ctx.print(translate("cli", "Archive restored: %1 entries.").replace("%1", str(summary.rows)))
    if safety is not None:
        ctx.print(
            translate("cli", "The previous state was saved as %1.").replace("%1", str(safety))
        )
    return 0


def _confirm(ctx: CliContext) -> bool:
    ctx.err.write(
        translate(
            "cli", "The journal already holds data. Replace all of it with the archive? [y/N] "
        )
    )
    ctx.err.flush()
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange import archive, csv_export, ics, vcard_export
    from kontaktbuch.exchange.records import ExchangeError

    path = Path(args.file).expanduser()
    progress = ctx.progress(translate("cli", "Exporting"))
    with ctx.database():
        try:
            if args.kind == "vcard":
                count = vcard_export.export_vcards(
                    path, version=args.vcard_version, progress=progress
                )
                text = translate("cli", "%1 contacts written to %2.")
            elif args.kind == "archive":
                count = archive.export_archive(path, progress=progress).rows
                text = translate("cli", "Archive with %1 entries written to %2.")
            elif args.kind == "ics":
                count = ics.export_ics(path, progress=progress)
                text = translate("cli", "%1 calendar entries written to %2.")
            else:
                count = csv_export.export_csv(path, ctx.lang, progress=progress)
                text = translate("cli", "%1 rows written to %2.")
        except ExchangeError as exc:
            return _fail(ctx, exc)
    ctx.print(text.replace("%1", str(count)).replace("%2", str(path)))
    return 0
