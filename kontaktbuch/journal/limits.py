"""What the journal accepts: how long a text may be, which characters, which dates.

One place for the window, the command line and imports alike (``docs/reliability.md``).
Each module's validation asks here; a refusal names the field and the problem,
and ``text/input_messages.py`` words it.

- **Lengths** (characters, after cleaning): a name :data:`NAME_MAX`, a title or
  another one-line text :data:`TITLE_MAX`, notes and other long texts
  :data:`TEXT_MAX`. Far above anything typed, far below what slows the window
  (a name of 100,000 characters was accepted and drawn in every list).
- **Characters**: control characters (BEL, ESC, NUL, …) and the bidirectional
  overrides and isolates (U+202A…U+202E, U+2066…U+2069) are removed on input: they
  are invisible, make a terminal ring or change colour when printed, and an
  override (U+202E) shows a name reversed. Line breaks and tabs stay in multi-line
  texts; in one-line texts they become spaces. The marks U+200E/U+200F (needed in
  Arabic and Hebrew text) stay.
- **Dates**: from :data:`EARLIEST` to :data:`YEARS_AHEAD` years after today
  (``--date 0001-01-01`` and ``9999-12-31`` were accepted and broke the periods).
- **Intervals**: a contact's or a network's keep-in-touch interval is at most
  :data:`MAX_INTERVAL_DAYS` (ten years).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

NAME_MAX = 200
TITLE_MAX = 300
TEXT_MAX = 100_000
EARLIEST = dt.date(1900, 1, 1)
YEARS_AHEAD = 10
MAX_INTERVAL_DAYS = 3650

# C0 controls but tab and line feed, DEL, C1 controls; bidi embeddings, overrides
# and isolates
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029")


class InvalidInput(ValueError):
    """Input the journal refuses; nothing was written.

    ``field`` names the input ("name", "title", "notes", "date", …), ``problem``
    what is wrong: "empty", "too_long" (``limit`` characters allowed) or
    "date_range" (``limit`` unused; see :func:`date_range`).
    """

    def __init__(self, field: str, problem: str, *, limit: int = 0) -> None:
        super().__init__(f"{field}: {problem}" + (f" (at most {limit})" if limit else ""))
        self.field = field
        self.problem = problem
        self.limit = limit


class FieldErrors(ValueError):
    """A form's data the journal refuses as a whole; nothing was written. ``errors``
    maps each field with a problem to its problem's code (a contact's, an event's, a
    network's: the form marks each field)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def clean_text(text: str) -> str:
    """A multi-line text without unwanted characters, its line breaks as ``\\n``."""
    return _UNWANTED.sub("", _LINE_BREAKS.sub("\n", text))


def clean_line(text: str) -> str:
    """A one-line text: unwanted characters removed, white space folded to one space."""
    return " ".join(_UNWANTED.sub("", text.replace("\t", " ")).split())


def checked_line(field: str, text: str, limit: int, *, required: bool = False) -> str:
    """``text`` cleaned as one line; InvalidInput when empty (if ``required``) or too long."""
    cleaned = clean_line(text)
    if required and not cleaned:
        raise InvalidInput(field, "empty")
    if len(cleaned) > limit:
        raise InvalidInput(field, "too_long", limit=limit)
    return cleaned


def checked_text(field: str, text: str, limit: int = TEXT_MAX) -> str:
    """``text`` cleaned (line breaks kept) and trimmed; InvalidInput when too long."""
    cleaned = clean_text(text).strip()
    if len(cleaned) > limit:
        raise InvalidInput(field, "too_long", limit=limit)
    return cleaned


def too_long(text: str, limit: int, *, one_line: bool = True) -> bool:
    """True when ``text``, cleaned, is longer than ``limit`` (for per-field checks)."""
    return len(clean_line(text) if one_line else clean_text(text).strip()) > limit


def text_problems(
    data: object, lines: Mapping[str, int], texts: Mapping[str, int], *, required: str = ""
) -> dict[str, str]:
    """A form's problems with its texts, by field, in the order of ``lines`` then ``texts``.

    ``lines`` maps the attributes of ``data`` that are one-line texts to their
    limits, ``texts`` the multi-line ones; over its limit a field is "too_long".
    ``required`` names the one-line field that must not be empty once cleaned
    ("<field>_missing"): the title of an event, the name of a network.
    """
    errors: dict[str, str] = {}
    for name, limit in lines.items():
        if name == required and not clean_line(getattr(data, name)):
            errors[name] = f"{name}_missing"
        elif too_long(getattr(data, name), limit):
            errors[name] = "too_long"
    for name, limit in texts.items():
        if too_long(getattr(data, name), limit, one_line=False):
            errors[name] = "too_long"
    return errors


def date_range(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day a date in the journal may have."""
    today = today or dt.date.today()
    try:
        latest = today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        latest = today.replace(year=today.year + YEARS_AHEAD, day=28)
    return EARLIEST, latest


def date_in_range(value: dt.date | dt.datetime | None, today: dt.date | None = None) -> bool:
    if value is None:
        return True
    day = value.date() if isinstance(value, dt.datetime) else value
    first, last = date_range(today)
    return first <= day <= last


def check_date(field: str, value: dt.date | dt.datetime | None) -> None:
    """InvalidInput ("date_range") when ``value`` lies outside :func:`date_range`."""
    if not date_in_range(value):
        raise InvalidInput(field, "date_range")
