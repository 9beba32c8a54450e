"""The command line: one grammar for every command, and the context they share.

``kontaktbuch [--data-dir DIR] [--lang de|en] [COMMAND …]`` — without a command the
window opens. Commands live in ``kontaktbuch/commands/``; each module registers its
sub-commands with :func:`register` so that features stay in their own files.
Output speaks the user's language through Qt's translators (a QCoreApplication
is created for that; no window, no screen needed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO

import peewee as pw

from kontaktbuch import __version__
from kontaktbuch.i18n import translate
from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings

# Modules below kontaktbuch.commands that add sub-commands; each has register().
COMMAND_MODULES: tuple[str, ...] = (
    "core",
    "conversations",
    "reminders",
    "exchange",
    "stats",
)


@dataclass
class CliContext:
    """What every command gets: where the data is, the settings, where to print."""

    paths: Paths
    settings: Settings
    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @contextmanager
    def database(self, *, migrate: bool = True) -> Iterator[pw.SqliteDatabase]:
        """Open the journal for the command; store errors are reported by :func:`run`."""
        from kontaktbuch.store.db import opened

        self.paths.ensure_dirs()
        with opened(
            self.paths.database,
            backups_dir=self.paths.backups_dir,
            migrate=migrate,
            backups_to_keep=self.settings.backups_to_keep,
        ) as db:
            yield db

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def error(self, text: str) -> None:
        print(text, file=self.err)

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kontaktbuch",
        description=translate("cli", "Kontaktbuch – a journal for your professional network."),
    )
    parser.add_argument("--version", action="version", version=f"Kontaktbuch {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
        help=translate("cli", "folder of the journal (default: the user data folder)"),
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help=translate("cli", "language of the interface")
    )
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help=translate(
            "cli",
            "open the window, wait until it is painted, print the milliseconds "
            "since process start and exit",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"kontaktbuch.commands.{name}")
        module.register(sub)
    return parser


def pre_parse(argv: list[str]) -> argparse.Namespace:
    """Read only the global options, before translators exist to word the help."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang", choices=("de", "en"))
    early.add_argument("--startup-check", action="store_true")
    known, _rest = early.parse_known_args(argv)
    return known


def has_command(argv: list[str]) -> bool:
    """True when the arguments name a command or ask for help/version (no window then)."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir", "--lang"):
            skip_next = True
            continue
        if arg.startswith(("--data-dir=", "--lang=")) or arg == "--startup-check":
            continue
        return True
    return False


def run(ctx: CliContext, argv: list[str]) -> int:
    """Parse ``argv`` fully and run the command; store errors become clear messages."""
    from kontaktbuch.messages import describe_store_error
    from kontaktbuch.store.errors import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(ctx.out)
        return 2
    try:
        return handler(ctx, args)
    except StoreError as exc:
        ctx.error(describe_store_error(exc))
        return 3
    except KeyboardInterrupt:
        ctx.error(translate("cli", "Cancelled."))
        return 130
