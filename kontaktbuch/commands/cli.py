"""The command line: one grammar for every command.

``kontaktbuch [--data-dir DIR] [--lang de|en] [COMMAND …]`` — without a command the
window opens. Each module of ``kontaktbuch/commands/`` registers its sub-commands
with ``register()`` so that features stay in their own files; what every command
gets is :class:`~kontaktbuch.commands.context.CliContext`.
Output speaks the user's language through Qt's translators (a QCoreApplication
is created for that; no window, no screen needed).
"""

from __future__ import annotations

import argparse

from kontaktbuch import __version__
from kontaktbuch.commands.context import CliContext, Handler
from kontaktbuch.text.i18n import translate


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
    # Imported here, not at the top: starting the window needs only pre_parse().
    from kontaktbuch.commands import conversations, core, exchange, reminders, stats, sync

    for module in (core, conversations, reminders, exchange, stats, sync):
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
    from kontaktbuch.store.errors import StoreError
    from kontaktbuch.text.messages import describe_store_error

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
