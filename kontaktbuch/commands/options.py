"""Options that several commands share, declared once.

``--json`` and ``--password-stdin`` mean the same wherever they stand, so they are
spelled and explained in one place; the same goes for a whole number from a
range (``--limit``, ``--days``), whose refusal names the range.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kontaktbuch.text.i18n import translate


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def add_password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the password from standard input"),
    )


def whole_number(low: int, high: int, refusal: str) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``; anything else
    is refused with ``refusal`` (the user's words, as argparse prints them)."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(refusal) from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(refusal)
        return number

    return parse
