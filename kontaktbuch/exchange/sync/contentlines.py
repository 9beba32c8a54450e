"""vCard text as a list of content lines, changed line by line.

Sync must give back every line it did not mean to change exactly as the server
sent it — a phone's photo, its ``RELATED`` people, Apple's labelled groups, any
property we do not know. So a card is kept as its unfolded lines (vobject's own
line reader and parser read them); a changed field replaces only its own lines,
and the card is written out again with the untouched lines as they were.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import vobject.base

from kontaktbuch.exchange.vcard_export import _escape, _fold, _param

__all__ = ["Card", "Line", "escape", "split_unescaped", "unescape"]

escape = _escape


@dataclass
class Line:
    """One unfolded content line; ``text`` is written back unchanged unless rebuilt."""

    name: str  # upper case, without group
    params: dict[str, list[str]]  # upper-case keys
    value: str  # still escaped, as in the file
    group: str = ""
    text: str = ""

    @classmethod
    def make(
        cls, name: str, value: str, params: dict[str, list[str]] | None = None, group: str = ""
    ) -> Line:
        """A new line from an already escaped value."""
        params = params or {}
        head = f"{group}." if group else ""
        head += name + "".join(
            f";{key}={','.join(_param(v) for v in values)}" for key, values in params.items()
        )
        return cls(name, params, value, group, f"{head}:{value}")

    def param(self, key: str) -> str:
        values = self.params.get(key.upper(), [])
        return values[0] if values else ""

    def types(self) -> list[str]:
        found: list[str] = []
        for value in self.params.get("TYPE", []):
            found.extend(v.strip().lower() for v in value.split(",") if v.strip())
        # vCard 2.1 style bare parameters ("TEL;CELL:…") arrive as TYPE-less keys
        found.extend(k.lower() for k, v in self.params.items() if not v and k != "TYPE")
        return found


@dataclass
class Card:
    """The lines between ``BEGIN:VCARD`` and ``END:VCARD``."""

    lines: list[Line] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> Card:
        """Read one card; raises ValueError for text that is not a vCard."""
        card = cls()
        inside = False
        for raw, _number in vobject.base.getLogicalLines(io.StringIO(text)):
            if not raw.strip():
                continue
            try:
                name, params, value, group = vobject.base.parseLine(raw)
            except vobject.base.ParseError as exc:
                raise ValueError(str(exc)) from exc
            upper = name.upper()
            if upper == "BEGIN" and value.upper() == "VCARD":
                inside = True
                continue
            if upper == "END" and value.upper() == "VCARD":
                break
            if not inside:
                continue
            keyed: dict[str, list[str]] = {}
            for key, *values in params:
                keyed.setdefault(key.upper(), []).extend(values)
            card.lines.append(Line(upper, keyed, value, group or "", raw))
        if not inside:
            raise ValueError("no BEGIN:VCARD")
        return card

    def all(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.name == name]

    def first(self, name: str) -> Line | None:
        found = self.all(name)
        return found[0] if found else None

    def value(self, name: str) -> str:
        """The unescaped text of the first line of ``name`` ("" when none)."""
        line = self.first(name)
        return unescape(line.value) if line is not None else ""

    def replace(self, names: tuple[str, ...], new: list[Line]) -> None:
        """Put ``new`` where the first line of ``names`` was (or before the end)."""
        wanted = set(names)
        positions = [i for i, line in enumerate(self.lines) if line.name in wanted]
        at = positions[0] if positions else len(self.lines)
        gone_groups = {self.lines[i].group for i in positions if self.lines[i].group}
        kept = [line for line in self.lines if line.name not in wanted]
        before = sum(1 for i in range(at) if self.lines[i].name not in wanted)
        kept[before:before] = new
        # Apple's labels belong to the grouped line they describe: drop orphans.
        still = {line.group for line in kept if line.group and line.name != "X-ABLABEL"}
        self.lines = [
            line
            for line in kept
            if not (line.name == "X-ABLABEL" and line.group in gone_groups - still)
        ]

    def serialize(self) -> str:
        body = ["BEGIN:VCARD", *(line.text for line in self.lines), "END:VCARD"]
        return "".join(_fold(text) + "\r\n" for text in body)


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    """A text value without its backslash escapes (``\\n`` is a line break)."""

    def one(match: re.Match[str]) -> str:
        char = match.group(1)
        return "\n" if char in "nN" else char

    return _UNESCAPE.sub(one, value)


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split an escaped value at separators that are not escaped, then unescape each part."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [unescape(p) for p in parts]
