"""Where the command line gets an encrypted journal's passphrase: the one place.

In this order: the first line of standard input with ``--passphrase-stdin``, the
environment variable ``KONTAKTBUCH_PASSPHRASE``, or — on a terminal — a prompt
that does not echo (three tries). A new passphrase (``encrypt``, ``passphrase``)
comes from the next line of standard input, ``KONTAKTBUCH_NEW_PASSPHRASE`` (or,
for ``encrypt`` of a plain journal, ``KONTAKTBUCH_PASSPHRASE``), or a prompt
asked twice. Without any of these a command on an encrypted journal stops with a
message that names them.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kontaktbuch.store.cipher import MIN_PASSPHRASE_LENGTH, JournalDatabase, Passphrase
from kontaktbuch.store.errors import PassphraseRequiredError, WrongPassphraseError
from kontaktbuch.text.i18n import translate

if TYPE_CHECKING:
    from kontaktbuch.commands.context import CliContext

ENV = "KONTAKTBUCH_PASSPHRASE"
NEW_ENV = "KONTAKTBUCH_NEW_PASSPHRASE"
TRIES = 3


class PassphraseError(Exception):
    """A new passphrase was refused (too short, the two entries differ, none given)."""


class PassphraseSource:
    """Asks once per command; remembers the answer for the journal and its backups."""

    def __init__(self, ctx: CliContext) -> None:
        self.ctx = ctx
        self.current: Passphrase | None = None

    def interactive(self) -> bool:
        return (
            not self.ctx.passphrase_stdin
            and not os.environ.get(ENV)
            and self.ctx.inp.isatty()
            and self.ctx.err.isatty()
        )

    def open_journal(self, *, migrate: bool = True) -> JournalDatabase:
        """Open the journal, unlocking it when it is encrypted."""
        from kontaktbuch.store.db import open_database

        tries = 0
        while True:
            try:
                return open_database(
                    self.ctx.paths.database,
                    backups_dir=self.ctx.paths.backups_dir,
                    migrate=migrate,
                    backups_to_keep=self.ctx.settings.backups_to_keep,
                    passphrase=self.current,
                )
            except PassphraseRequiredError as exc:
                if self.current is not None:  # pragma: no cover - cannot happen
                    raise
                self.current = self.ask(exc.path)
            except WrongPassphraseError:
                tries += 1
                self.current = None
                if not self.interactive() or tries >= TRIES:
                    raise
                self.ctx.error(
                    translate("cli", "That passphrase does not open the journal. Try again.")
                )

    def ask(self, path: Path) -> Passphrase:
        """The passphrase of an encrypted file (the journal or a backup)."""
        if self.current is not None:
            return self.current
        secret = ""
        if self.ctx.passphrase_stdin:
            secret = self._line()
        elif os.environ.get(ENV):
            secret = os.environ[ENV]
        elif self.interactive():
            secret = getpass.getpass(
                translate("cli", "Passphrase for %1: ").replace("%1", str(path)),
                stream=self.ctx.err,
            )
        if not secret:
            raise PassphraseRequiredError(path)
        self.current = Passphrase(secret)
        return self.current

    def ask_new(self, *, first: bool) -> Passphrase:
        """A new passphrase. ``first``: it is the first one this command reads (encrypt
        of a plain journal), so it comes from the first line or ``KONTAKTBUCH_PASSPHRASE``."""
        if self.ctx.passphrase_stdin:
            secret = self._line()
        elif os.environ.get(NEW_ENV):
            secret = os.environ[NEW_ENV]
        elif first and os.environ.get(ENV):
            secret = os.environ[ENV]
        elif self.ctx.inp.isatty() and self.ctx.err.isatty():
            secret = getpass.getpass(translate("cli", "New passphrase: "), stream=self.ctx.err)
            again = getpass.getpass(
                translate("cli", "The new passphrase again: "), stream=self.ctx.err
            )
            if secret != again:
                raise PassphraseError(translate("cli", "The two passphrases differ."))
        else:
            raise PassphraseError(
                translate(
                    "cli",
                    "No new passphrase given: use --passphrase-stdin or the environment "
                    "variable %1.",
                ).replace("%1", ENV if first else NEW_ENV)
            )
        if len(secret) < MIN_PASSPHRASE_LENGTH:
            raise PassphraseError(
                translate("cli", "A passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            )
        return Passphrase(secret)

    def _line(self) -> str:
        """The next line of standard input, without its line end (spaces count)."""
        return self.ctx.inp.readline().rstrip("\r\n")
