"""One card's clean lines to vobject's values, without vobject's object model.

Why this exists: importing 10,000 vCards spent two thirds of its time in
``vobject.readOne``, nearly all of it in building ``ContentLine`` and
``Component`` objects (every attribute goes through an overridden
``__setattr__``) — not in reading values. The line reader
(:mod:`kontaktbuch.exchange.vcard_lines`) has already unfolded, decoded and
cleaned every line, so what is left of a plain card is vobject's own work on
each line: its line grammar (``parseLine``), the vCard 3.0 behaviour each
property has (``VCard3_0.knownChildren``, the behaviour registry, the text
behaviour by default), that behaviour's ``decode`` (backslash escapes, comma
lists) and ``transformToNative`` (``Name``, ``Address``, the ``ORG`` list). This
module calls exactly those functions on light line objects.

Anything out of the plain — a nested ``BEGIN``/``END``, a ``PROFILE`` line, a
behaviour that wants an attribute these lines do not have, any error — makes
:func:`read_component` fall back to ``vobject.readOne`` for that card, which
gives the values or the error message it always gave. A test compares both
ways on every sample card (``tests/exchange/test_vcard_component.py``).
"""

from __future__ import annotations

from typing import Any

import vobject
from vobject.base import getBehavior, parseLine
from vobject.vcard import VCard3_0

# lines vobject treats as structure, not as a property: left to vobject itself
_STRUCTURE = frozenset({"BEGIN", "END", "PROFILE"})


class ContentLine:
    """What vobject's vCard behaviours read and write on a content line.

    ``__slots__``: a behaviour that sets anything else (vobject's magic
    ``*_param`` attributes) raises, and the card goes to ``vobject.readOne``.
    """

    __slots__ = ("encoded", "group", "isNative", "name", "params", "singletonparams", "value")

    def __init__(self, name: str, params: list[list[str]], value: Any, group: str | None) -> None:
        self.name = name.upper()
        self.value = value
        self.group = group
        self.encoded = True
        self.isNative = False
        self.singletonparams: list[str] = []
        self.params: dict[str, list[str]] = {}
        # as vobject.base.ContentLine: a lone word is a singleton, KEY=a,b a list
        for param in params:
            if len(param) == 1:
                self.singletonparams += param
            else:
                self.params.setdefault(param[0].upper(), []).extend(param[1:])


class Component:
    """A card as ``_to_record`` reads it: its lines by lower-case property name."""

    __slots__ = ("contents",)

    def __init__(self) -> None:
        self.contents: dict[str, list[Any]] = {}


def _plain(texts: list[str]) -> Component | None:
    """The card read line by line with vobject's functions, or None when it is not
    plain (see the module's docstring) or anything in it goes wrong."""
    card = Component()
    try:
        for text in texts:
            line = ContentLine(*parseLine(text))
            if line.name in _STRUCTURE or line.singletonparams:
                return None
            known = VCard3_0.knownChildren.get(line.name)
            # vobject's behaviours read lines by duck typing; its stubs name its own class
            behavior: Any = (
                getBehavior(line.name, known[2]) if known is not None else VCard3_0.defaultBehavior
            )
            native: Any = line
            if behavior is not None:
                behavior.decode(line)
                if behavior.hasNative:
                    native = behavior.transformToNative(line)
            card.contents.setdefault(line.name.lower(), []).append(native)
    except Exception:  # any surprise: vobject.readOne decides, with its own message
        return None
    return card


def read_component(texts: list[str]) -> object:
    """The card of clean vCard 3.0 ``texts`` (no BEGIN/END lines) with vobject's
    values; raises what ``vobject.readOne`` raises for a card it cannot read."""
    return _plain(texts) or vobject_component(texts)


def vobject_component(texts: list[str]) -> object:
    """The card through ``vobject.readOne``: the reference :func:`read_component`
    agrees with, and the way for every card that is not plain."""
    body = "\r\n".join(["BEGIN:VCARD", *texts, "END:VCARD"]) + "\r\n"
    return vobject.readOne(body, ignoreUnreadable=False)
