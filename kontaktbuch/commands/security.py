"""Encryption at rest on the command line: ``encrypt``, ``decrypt``, ``passphrase``.

The store does the work (:mod:`kontaktbuch.store.encryption`: a new file beside
the old one, verified, swapped in); here the passphrases are asked for (see
:mod:`kontaktbuch.commands.passphrase`), the warning that a forgotten passphrase
cannot be recovered is printed before anything is encrypted, and the outcome is
reported — the backups included.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kontaktbuch.commands.context import CliContext
from kontaktbuch.text.i18n import translate

if TYPE_CHECKING:
    from kontaktbuch.store.cipher import Passphrase
    from kontaktbuch.store.encryption import Backups


def register(sub: Any) -> None:
    p = sub.add_parser(
        "encrypt",
        help=translate("cli", "encrypt the journal and its backups with a passphrase"),
    )
    p.set_defaults(handler=_alone(cmd_encrypt))
    p = sub.add_parser(
        "decrypt",
        help=translate("cli", "turn the encrypted journal and its backups back into plain files"),
    )
    p.set_defaults(handler=_alone(cmd_decrypt))
    p = sub.add_parser(
        "passphrase",
        help=translate("cli", "change the passphrase of the encrypted journal and its backups"),
    )
    p.set_defaults(handler=_alone(cmd_passphrase))


def _alone(handler: Any) -> Any:
    """Run ``handler`` holding the window's lock: the window cannot be open during the
    step, nor start while it runs (other commands are kept out by the store)."""

    def run(ctx: CliContext, args: argparse.Namespace) -> int:
        with window_lock(ctx):
            return int(handler(ctx, args))

    return run


@contextmanager
def window_lock(ctx: CliContext) -> Iterator[None]:
    from PySide6.QtCore import QLockFile

    from kontaktbuch.store.errors import JournalInUseError

    ctx.paths.ensure_dirs()
    lock = QLockFile(str(ctx.paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise JournalInUseError(ctx.paths.database)
    try:
        yield
    finally:
        lock.unlock()


def _backups(ctx: CliContext) -> Backups:
    """The journal's backups, converted with it; their progress on the terminal."""
    return {
        "backups_dir": ctx.paths.backups_dir,
        "progress": ctx.progress(translate("cli", "Backups")),
    }


def _new_passphrase(ctx: CliContext, *, first: bool) -> Passphrase | None:
    """The warning, then a new passphrase typed twice; None (said why) when refused."""
    from kontaktbuch.commands.passphrase import PassphraseError

    ctx.error(forgotten_warning())
    try:
        return ctx.passphrases.ask_new(first=first)
    except PassphraseError as exc:
        ctx.error(str(exc))
        return None


def cmd_encrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import cipher, encryption

    path = ctx.paths.database
    if cipher.is_encrypted_file(path):
        # Run again: the journal is done, finish its backups (a crash may have left some).
        with ctx.database():
            pass
        passphrase = ctx.passphrases.ask(path)
    else:
        chosen = _new_passphrase(ctx, first=True)
        if chosen is None:
            return 2
        passphrase = chosen
        # Migrated and checked before the conversion (creates an empty journal too).
        with ctx.database():
            pass
    report = encryption.encrypt_journal(path, passphrase, **_backups(ctx))
    # the window's remembered first view holds names in plain text
    ctx.paths.first_view_file.unlink(missing_ok=True)
    if report.journal_changed:
        ctx.print(translate("cli", "The journal is now encrypted."))
    else:
        ctx.print(translate("cli", "The journal was already encrypted."))
    _report_backups(
        ctx, report, translate("cli", "%n backup(s) encrypted.", "", len(report.backups_changed))
    )
    _warn_plain_leftovers(ctx)
    return 0


def cmd_decrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import cipher, encryption

    path = ctx.paths.database
    journal_encrypted = cipher.is_encrypted_file(path)
    with ctx.database():
        pass  # unlocks (three tries on a terminal), migrates, checks
    if not journal_encrypted and not _has_encrypted_backups(ctx):
        ctx.print(translate("cli", "The journal is not encrypted."))
        return 0
    # Run again after a crash: the journal is plain already, its backups may not be.
    passphrase = ctx.passphrases.ask(path if journal_encrypted else ctx.paths.backups_dir)
    report = encryption.decrypt_journal(path, passphrase, **_backups(ctx))
    if report.journal_changed:
        ctx.print(
            translate(
                "cli",
                "The journal is no longer encrypted: anyone who can read its files can read it.",
            )
        )
    _report_backups(
        ctx, report, translate("cli", "%n backup(s) decrypted.", "", len(report.backups_changed))
    )
    return 0


def cmd_passphrase(ctx: CliContext, args: argparse.Namespace) -> int:
    from kontaktbuch.store import cipher, encryption

    path = ctx.paths.database
    if not cipher.is_encrypted_file(path):
        ctx.error(
            translate("cli", "The journal is not encrypted; 'kontaktbuch encrypt' encrypts it.")
        )
        return 1
    with ctx.database():
        pass
    current = ctx.passphrases.ask(path)
    new = _new_passphrase(ctx, first=False)
    if new is None:
        return 2
    report = encryption.change_passphrase(path, current, new, **_backups(ctx))
    ctx.print(translate("cli", "The passphrase was changed."))
    _report_backups(
        ctx, report, translate("cli", "%n backup(s) re-encrypted.", "", len(report.backups_changed))
    )
    return 0


def forgotten_warning() -> str:
    return translate(
        "cli",
        "Keep the passphrase safe: without it nobody can open the encrypted journal or "
        "its backups — not you, not Kontaktbuch, not anyone. There is no way to recover it.",
    )


def _report_backups(ctx: CliContext, report: Any, changed: str) -> None:
    if report.backups_changed:
        ctx.print(changed)
    if report.backups_skipped:
        ctx.error(
            translate(
                "cli",
                "These backups were left as they were (made with another passphrase, or damaged):",
            )
        )
        for path in report.backups_skipped:
            ctx.error(f"  {path}")


def _has_encrypted_backups(ctx: CliContext) -> bool:
    from kontaktbuch.store import backup, cipher

    return any(
        cipher.is_encrypted_file(info.path) for info in backup.list_backups(ctx.paths.backups_dir)
    )


def _warn_plain_leftovers(ctx: CliContext) -> None:
    """Damaged journals kept for rescue are never touched: say that they are plain."""
    from kontaktbuch.store import cipher

    kept = [
        p for p in sorted(ctx.paths.data_dir.glob("*.damaged-*"))
        if cipher.is_plain_file(p)
    ]  # fmt: skip
    if kept:
        ctx.error(
            translate(
                "cli",
                "These damaged journals, kept for rescue, are still plain; delete them if "
                "you no longer need them:",
            )
        )
        for path in kept:
            ctx.error(f"  {path}")
