"""The command line: one grammar for every command.

``kontaktbuch [--data-dir DIR] [--lang de|en] [COMMAND …]`` — without a command the
window opens. Each module of ``kontaktbuch/commands/`` registers its sub-commands
with ``register()`` so that features stay in their own files; what every command
gets is :class:`~kontaktbuch.commands.context.CliContext`.
Output speaks the user's language through Qt's translators (a QCoreApplication
is created for that; no window, no screen needed). Output into a pipe that closes
early (``kontaktbuch stats | head``) ends the command quietly with status 141.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kontaktbuch import __version__
from kontaktbuch.text.i18n import translate

if TYPE_CHECKING:
    # The window's start reads its options here and goes on without the commands'
    # context (peewee, imported when a command runs).
    from kontaktbuch.commands.context import CliContext, Handler
    from kontaktbuch.store.errors import StoreError

log = logging.getLogger(__name__)


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
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "cli",
            "read an encrypted journal's passphrase from the first line of standard input "
            "(or set KONTAKTBUCH_PASSPHRASE)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    # Imported here, not at the top: starting the window needs only pre_parse().
    from kontaktbuch.commands import (
        conversations,
        core,
        exchange,
        introductions,
        reminders,
        security,
        stats,
        sync,
    )

    for module in (core, conversations, reminders, exchange, stats, introductions, security, sync):
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
        if arg.startswith(("--data-dir=", "--lang=")) or arg in (
            "--startup-check",
            "--passphrase-stdin",
        ):
            continue
        return True
    return False


def run(ctx: CliContext, argv: list[str]) -> int:
    """Parse ``argv`` fully and run the command; store errors become clear messages."""
    from kontaktbuch.journal.limits import InvalidInput
    from kontaktbuch.store.errors import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    ctx.passphrase_stdin = bool(getattr(args, "passphrase_stdin", False))
    if handler is None:
        parser.print_help(ctx.out)
        return 2
    try:
        code = handler(ctx, args)
        ctx.out.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except BrokenPipeError:
        # The reader went away (``kontaktbuch stats | head``): stop quietly, as other
        # command-line tools do, with the exit status of a process ended by SIGPIPE.
        _discard_output(ctx)
        return EXIT_BROKEN_PIPE
    except StoreError as exc:
        _store_error(ctx, exc)
        return 3
    except InvalidInput as exc:
        from kontaktbuch.text.input_messages import describe_invalid_input

        ctx.error(describe_invalid_input(exc))
        return 2
    except Exception as exc:
        # A storage fault met outside the store's own checks (a full disk while
        # an import writes rows, a device error on reading): said, not a traceback.
        from kontaktbuch.store import faults

        if not faults.is_storage_fault(exc) or isinstance(exc, BrokenPipeError):
            raise
        where = getattr(exc, "filename", None) or ctx.paths.database
        _store_error(ctx, faults.storage_error(Path(where), exc))
        return 3
    except KeyboardInterrupt:
        ctx.error(translate("cli", "Cancelled."))
        return 130


def _store_error(ctx: CliContext, exc: StoreError) -> None:
    """The message in the user's language; the technical detail in the log."""
    from kontaktbuch.text.messages import describe_store_error

    log.info("%s: %s", type(exc).__name__, exc)
    ctx.error(describe_store_error(exc))


# what a shell reports for a command ended by a closed pipe (128 + SIGPIPE)
EXIT_BROKEN_PIPE = 141


def _discard_output(ctx: CliContext) -> None:
    """Send what is still buffered for the closed pipe nowhere.

    Python flushes standard output once more when it exits; into the closed pipe
    that would print "Exception ignored … BrokenPipeError". Pointing the file
    descriptor at /dev/null (Python's documented remedy) leaves nothing to fail.
    """
    try:
        descriptor = ctx.out.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's buffer): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, descriptor)
    finally:
        os.close(devnull)
