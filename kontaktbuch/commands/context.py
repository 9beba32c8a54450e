"""What every command gets: where the data is, the settings, where to print.

Kept apart from the parser (:mod:`kontaktbuch.commands.cli`) so that command
modules depend on this small module only, and the parser depends on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

import peewee as pw

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings

if TYPE_CHECKING:
    from kontaktbuch.commands.passphrase import PassphraseSource


@dataclass
class CliContext:
    """What every command gets: where the data is, the settings, where to print."""

    paths: Paths
    settings: Settings
    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    inp: TextIO = field(default_factory=lambda: sys.stdin)
    # ``--passphrase-stdin``: the passphrase is the first line of standard input
    passphrase_stdin: bool = False
    _passphrases: PassphraseSource | None = field(default=None, repr=False)

    @property
    def passphrases(self) -> PassphraseSource:
        """Where an encrypted journal's passphrase comes from (asked for once)."""
        if self._passphrases is None:
            from kontaktbuch.commands.passphrase import PassphraseSource

            self._passphrases = PassphraseSource(self)
        return self._passphrases

    @contextmanager
    def database(self, *, migrate: bool = True) -> Iterator[pw.SqliteDatabase]:
        """Open the journal for the command; store errors are reported by :func:`run`.

        An encrypted journal is unlocked here, for every command alike.
        """
        from kontaktbuch.store import faults
        from kontaktbuch.store.db import close_database

        try:
            self.paths.ensure_dirs()
        except OSError as exc:  # the data folder cannot be made
            raise faults.storage_error(self.paths.database, exc) from exc
        db = self.passphrases.open_journal(migrate=migrate)
        try:
            yield db
        finally:
            close_database(db)

    def print(self, text: str = "") -> None:
        print(terminal_safe(text), file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def error(self, text: str) -> None:
        print(terminal_safe(text), file=self.err)

    def progress(self, label: str) -> Callable[[int, int], None]:
        """A progress line on stderr for long work (only on a terminal)."""
        interactive = self.err.isatty()

        def report(done: int, total: int) -> None:
            if interactive and total:
                self.err.write(f"\r{label} {done * 100 // total:3d} %")
                if done >= total:
                    self.err.write("\n")
                self.err.flush()

        return report


Handler = Callable[[CliContext, argparse.Namespace], int]

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` without control characters and bidi overrides: a name stored before
    the journal removed them on input must not ring, recolour or reverse the
    terminal when printed (line breaks and tabs stay)."""
    return _UNSAFE.sub("", text)
