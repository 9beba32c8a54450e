"""Sync on the command line.

``kontaktbuch sync setup URL --user NAME [--password-stdin] [--create] [--ca-file FILE]``
finds (or with ``--create`` makes) the address book and calendars and keeps the
password in the system keyring; ``kontaktbuch sync [--dry-run] [--json]`` runs one
sync and prints what went up, came down, and the conflicts; ``kontaktbuch sync
status [--json]`` says how things stand. Offline is not a failure of the journal:
the message says so and the exit code is 2, so scripts can tell it from errors (1).
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.commands.options import add_json, add_password_stdin
from kontaktbuch.text.i18n import translate

# exit codes: 0 done, 1 a problem to fix (password, set-up), 2 try again later
_LATER = {"offline", "timeout", "server", "garbage", "precondition", "cancelled"}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sync", help=translate("cli", "sync with your own CardDAV/CalDAV server (see docs/sync.md)")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would go up and come down, without changing anything"),
    )
    add_json(p)
    add_password_stdin(p)
    p.set_defaults(handler=cmd_sync)
    actions = p.add_subparsers(dest="sync_action", metavar=translate("cli", "ACTION"))

    s = actions.add_parser("setup", help=translate("cli", "set up sync with a server"))
    s.add_argument("url", help=translate("cli", "the server's address (https://…)"))
    s.add_argument("--user", required=True, help=translate("cli", "your user name there"))
    add_password_stdin(s)
    s.add_argument(
        "--create",
        action="store_true",
        help=translate("cli", "create the address book and calendars when missing"),
    )
    s.add_argument(
        "--ca-file",
        default="",
        help=translate("cli", "a CA certificate file for a server with its own certificates"),
    )
    s.add_argument(
        "--collection",
        action="append",
        default=[],
        metavar=translate("cli", "ROLE=URL"),
        help=translate(
            "cli", "use this collection for a role (contacts, events, tasks, journal, internal)"
        ),
    )
    add_json(s)
    s.set_defaults(handler=cmd_setup)

    s = actions.add_parser("status", help=translate("cli", "show how sync stands"))
    add_json(s)
    s.set_defaults(handler=cmd_status)


def _password(ctx: CliContext, args: argparse.Namespace, url: str, user: str) -> str | None:
    from kontaktbuch.exchange.sync import credentials

    if getattr(args, "password_stdin", False):
        line = ctx.inp.readline()
        return line.rstrip("\r\n") or None
    found = credentials.from_environment() or credentials.stored(url, user)
    if found:
        return found
    if ctx.inp.isatty():
        prompt = translate("cli", "Password for %1 at %2: ").replace("%1", user).replace("%2", url)
        return getpass.getpass(prompt) or None
    return None


def _fail(ctx: CliContext, reason: str, detail: str = "") -> int:
    from kontaktbuch.text.sync import describe_error

    ctx.error(describe_error(reason, detail))
    return 2 if reason in _LATER else 1


def cmd_setup(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange.sync import account, credentials, state
    from kontaktbuch.exchange.sync.client import Connection, SyncError
    from kontaktbuch.store.models import database_proxy
    from kontaktbuch.text.sync import collection_names

    explicit: dict[str, str] = {}
    for item in args.collection:
        role, _, url = item.partition("=")
        if role not in state.ROLES or not url:
            ctx.error(translate("cli", "Not a role=URL pair: %1").replace("%1", item))
            return 1
        explicit[role] = url
    # The journal first: an encrypted one takes its passphrase from the first line
    # of standard input, the password comes after it.
    with ctx.database():
        password = _password(ctx, args, args.url, args.user)
        if password is None:
            return _fail(ctx, "no_password")
        try:
            conn = Connection(args.url, args.user, password, ca_file=args.ca_file)
            try:
                result = account.set_up(
                    conn, create=args.create, names=collection_names(), explicit=explicit
                )
            finally:
                conn.close()
        except SyncError as exc:
            return _fail(ctx, exc.reason, exc.detail)
        if result.missing:
            return _fail(ctx, "missing")
        with database_proxy.atomic():
            state.save_account(args.url, args.user, args.ca_file, result.collections)
    kept = credentials.store(args.url, args.user, password)
    if args.json:
        ctx.print_json(
            {
                "collections": {r: c.url for c in result.collections for r in c.roles},
                "created": result.created,
                "password_in_keyring": kept,
            }
        )
        return 0
    ctx.print(translate("cli", "Sync is set up with %1.").replace("%1", args.url))
    for collection in result.collections:
        ctx.print(f"  {', '.join(collection.roles)}: {collection.url}")
    if kept:
        ctx.print(translate("cli", "The password is kept in the system keyring."))
    else:
        ctx.print(
            translate(
                "cli",
                "There is no system keyring here: give the password at each sync "
                "(asked, --password-stdin or KONTAKTBUCH_SYNC_PASSWORD).",
            )
        )
    return 0


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange.sync import state
    from kontaktbuch.exchange.sync.client import Connection, SyncError
    from kontaktbuch.exchange.sync.engine import run_sync, settings_access
    from kontaktbuch.text.sync import counts_text

    with ctx.database():
        account = state.account()
        if account is None:
            return _fail(ctx, "no_account")
        password = _password(ctx, args, account.url, account.username)
        if password is None:
            return _fail(ctx, "no_password")
        access = settings_access(ctx.settings, lambda: ctx.settings.save(ctx.paths.settings_file))
        try:
            conn = Connection(account.url, account.username, password, ca_file=account.ca_file)
            try:
                report = run_sync(conn, access, dry_run=args.dry_run, progress=_progress_line(ctx))
            finally:
                conn.close()
        except SyncError as exc:
            if args.json:
                ctx.print_json({"error": exc.reason})
            return _fail(ctx, exc.reason, exc.detail)
        conflicts = [_conflict_json(c) for c in state.conflicts()]
    if args.json:
        ctx.print_json({**report.as_dict(), "open_conflicts": conflicts})
    else:
        if args.dry_run:
            ctx.print(translate("cli", "Dry run: nothing was changed."))
        ctx.print(translate("cli", "Up: %1").replace("%1", counts_text(report.up)))
        ctx.print(translate("cli", "Down: %1").replace("%1", counts_text(report.down)))
        deleted = report.deleted_here + report.deleted_there
        if deleted:
            ctx.print(translate("cli", "Deleted: %1").replace("%1", counts_text(deleted)))
        if report.proposals:
            ctx.print(
                translate(
                    "cli",
                    "%n new name(s) from other devices to review in the window.",
                    None,
                    report.proposals,
                )
            )
        for conflict in conflicts:
            ctx.print(
                translate("cli", "Conflict: %1 %2 – here: %3, there: %4")
                .replace("%1", conflict["kind"])
                .replace("%2", conflict["field"])
                .replace("%3", str(conflict["local"]))
                .replace("%4", str(conflict["remote"]))
            )
        for skipped in report.skipped:
            ctx.error(translate("cli", "Skipped: %1").replace("%1", skipped))
    if report.error:
        return _fail(ctx, report.error, report.error_detail)
    return 0


def _conflict_json(conflict: Any) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "uid": conflict.uid,
        "field": conflict.field,
        "local": conflict.local,
        "remote": conflict.remote,
        "base": conflict.base,
    }


def _progress_line(ctx: CliContext) -> Any:
    report = ctx.progress(translate("cli", "Sync"))

    def progress(phase: str, done: int, total: int) -> bool:
        report(done, total)
        return True

    return progress


def cmd_status(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.exchange.sync import state

    with ctx.database():
        account = state.account()
        if account is None:
            if args.json:
                ctx.print_json({"set_up": False})
                return 0
            ctx.print(translate("cli", "Sync is not set up."))
            return 0
        info = {
            "set_up": True,
            "url": account.url,
            "user": account.username,
            "last_sync": account.last_sync_at,
            "last_result": account.last_result,
            "collections": [
                {"url": c.url, "roles": list(c.roles), "sync_token": bool(c.sync_token)}
                for c in state.all_collections()
            ],
            **state.counts(),
        }
    if args.json:
        ctx.print_json(info)
        return 0
    ctx.print(
        translate("cli", "Synced with %1 as %2.")
        .replace("%1", account.url)
        .replace("%2", account.username)
    )
    ctx.print(
        translate("cli", "Last sync: %1").replace(
            "%1", account.last_sync_at or translate("cli", "never")
        )
    )
    ctx.print(translate("cli", "Waiting to go up: %1").replace("%1", str(info["pending"])))
    ctx.print(translate("cli", "Conflicts to resolve: %1").replace("%1", str(info["conflicts"])))
    ctx.print(translate("cli", "Names to review: %1").replace("%1", str(info["proposals"])))
    return 0
