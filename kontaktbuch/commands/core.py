"""The foundation's commands: info, check, backup, restore, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json
from kontaktbuch.text.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser("info", help=translate("cli", "show paths, schema version and counts"))
    add_json(p)
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("check", help=translate("cli", "check the journal's integrity"))
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help=translate("cli", "make a backup now"))
    p.add_argument("file", nargs="?", help=translate("cli", "where to write it (optional)"))
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help=translate("cli", "replace the journal with a backup"))
    p.add_argument("file", help=translate("cli", "the backup file"))
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("demo", help=translate("cli", "fill an empty journal with demo data"))
    p.set_defaults(handler=cmd_demo)


def cmd_info(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import overview
    from kontaktbuch.store import backup, migrations

    with ctx.database() as db:
        info = {
            "version": __import__("kontaktbuch").__version__,
            "data_dir": str(ctx.paths.data_dir),
            "database": str(ctx.paths.database),
            "config_dir": str(ctx.paths.config_dir),
            "backups_dir": str(ctx.paths.backups_dir),
            "schema_version": migrations.schema_version(db),
            "backups": len(backup.list_backups(ctx.paths.backups_dir)),
            "counts": overview.counts(),
        }
    if args.json:
        ctx.print_json(info)
        return 0
    labels = {
        "contacts": translate("cli", "Contacts"),
        "networks": translate("cli", "Networks"),
        "events": translate("cli", "Events"),
        "conversations": translate("cli", "Conversations"),
        "outcomes": translate("cli", "Outcomes"),
        "follow_ups": translate("cli", "Follow-ups"),
        "goals": translate("cli", "Goals"),
        "reflections": translate("cli", "Reflections"),
    }
    rows = [
        (translate("cli", "Version"), info["version"]),
        (translate("cli", "Database"), info["database"]),
        (translate("cli", "Settings"), info["config_dir"]),
        (translate("cli", "Backups"), f"{info['backups_dir']} ({info['backups']})"),
        (translate("cli", "Schema version"), info["schema_version"]),
    ] + [(labels[k], v) for k, v in info["counts"].items()]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        ctx.print(f"{label + ':':<{width + 1}} {value}")
    return 0


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import daily_figures

    with ctx.database() as db:
        problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
        fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        # The reflection's stored figures are derived from the journal: compared with
        # a fresh count and refilled where they differ (only on a sound file).
        refilled = daily_figures.repair(db) if problems == ["ok"] else []
    if refilled:
        ctx.print(
            translate(
                "cli",
                "The reflection's stored figures did not match the journal; they have been "
                "counted again (%1).",
            ).replace("%1", ", ".join(refilled))
        )
    if problems == ["ok"] and not fk:
        ctx.print(translate("cli", "The journal is in good order."))
        return 0
    ctx.error(translate("cli", "The journal has problems:"))
    for problem in problems:
        if problem != "ok":
            ctx.error(f"  {problem}")
    for row in fk:
        ctx.error(f"  foreign key: {row}")
    return 1


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import backup

    with ctx.database() as db:
        dest = backup.make_backup(
            db,
            ctx.paths.backups_dir,
            keep=ctx.settings.backups_to_keep,
            reason=backup.MANUAL,
            dest=Path(args.file).expanduser() if args.file else None,
            progress=ctx.progress(translate("cli", "Backup")),
        )
    ctx.print(translate("cli", "Backup written to %1").replace("%1", str(dest)))
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import backup, cipher, migrations
    from kontaktbuch.store.errors import DamagedDatabaseError

    source = Path(args.file).expanduser()
    # An encrypted backup opens with the passphrase (asked for once, also the journal's).
    passphrase = ctx.passphrases.ask(source) if cipher.is_encrypted_file(source) else None
    # Check before opening the live journal, so a bad file changes nothing at all.
    backup.verify_backup(source, migrations.SCHEMA_VERSION, passphrase=passphrase)
    try:
        with ctx.database() as db:
            safety = backup.restore_backup(
                db,
                source,
                ctx.paths.backups_dir,
                max_schema=migrations.SCHEMA_VERSION,
                keep=ctx.settings.backups_to_keep,
                progress=ctx.progress(translate("cli", "Restore")),
                passphrase=passphrase,
            )
            migrations.migrate(db)
    except DamagedDatabaseError as exc:
        if Path(exc.path) != ctx.paths.database:
            raise
        # The journal itself is damaged: the backup takes its place, the damaged
        # file is kept beside it (never deleted), as the window's offer does.
        kept = backup.replace_damaged(
            ctx.paths.database, source, max_schema=migrations.SCHEMA_VERSION, passphrase=passphrase
        )
        with ctx.database():
            pass  # opens, checks and migrates the restored journal
        ctx.print(
            translate("cli", "Restored from %1. The damaged journal was kept as %2.")
            .replace("%1", str(source))
            .replace("%2", str(kept))
        )
        return 0
    ctx.print(
        translate("cli", "Restored from %1. The previous state was saved as %2.")
        .replace("%1", str(source))
        .replace("%2", str(safety))
    )
    return 0


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.journal import demo

    with ctx.database():
        try:
            summary = demo.create_demo()
        except demo.JournalNotEmptyError:
            ctx.error(
                translate(
                    "cli",
                    "The journal already holds data; the demo only goes into an empty one. "
                    "Use --data-dir with a new folder.",
                )
            )
            return 1
    ctx.print(
        translate(
            "cli",
            "Demo journal created: %1 contacts, %2 networks, %3 events, "
            "%4 conversations, %5 goals.",
        )
        .replace("%1", str(summary.contacts))
        .replace("%2", str(summary.networks))
        .replace("%3", str(summary.events))
        .replace("%4", str(summary.conversations))
        .replace("%5", str(summary.goals))
    )
    return 0
