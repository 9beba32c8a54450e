"""The archive's JSON text, written fast: ``json.dumps(…, ensure_ascii=False, indent=1)``.

The standard library's encoder falls back to pure Python when it indents, and an
export of a decade wrote 2.7 million values. These functions give the same
characters (the archive promises that export → restore → export gives the same
bytes; tests compare them with ``json.dumps``) with the C encoder doing the
work: :func:`dumps` for a whole archive as a dictionary, :func:`table_text` for
a table straight from its rows (:mod:`kontaktbuch.exchange.archive`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import chain, cycle
from typing import Any

encode_text = json.encoder.encode_basestring  # the C function where available
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _rows_text(rows: list[Any], depth: int) -> str | None:
    """A list of flat objects (an archive table) as ``indent=1`` writes it, or None.

    One call of the C encoder for the whole table: with the item separator of
    the objects' depth, the objects come out right but for the line breaks
    around their braces, and the list's separators one space too deep. Those
    are fixed with one replacement, which is safe because the encoder never
    writes a line break inside a string (it writes ``\\n``): ``,`` + line break
    + spaces + ``{`` therefore only occurs between two objects.
    """
    if not all(type(row) is dict and row for row in rows):
        return None
    if {type(v) for row in rows for v in row.values()} - _SCALARS:
        return None
    if any(type(k) is not str for row in rows for k in row):
        return None
    outer, inner = " " * (depth + 1), " " * (depth + 2)
    separator = ",\n" + inner
    text = json.JSONEncoder(ensure_ascii=False, separators=(separator, ": ")).encode(rows)
    body = text[2:-2].replace("}" + separator + "{", f"\n{outer}}},\n{outer}{{\n{inner}")
    return f"[\n{outer}{{\n{inner}{body}\n{outer}}}\n{' ' * depth}]"


def encode(value: Any, depth: int, out: list[str]) -> None:
    """Append ``json.dumps(value, ensure_ascii=False, indent=1)`` at ``depth`` to ``out``.

    The standard library's encoder falls back to pure Python when it indents;
    an export of the large journal spent most of its time there (2.7 million
    values). Here each table goes through the C encoder in one call, and the
    text is joined once. The archive promises that export → restore → export
    gives the same bytes, and a test compares the result with ``json.dumps``.
    """
    if type(value) is dict and value:
        inner = "\n" + " " * (depth + 1)
        out.append("{")
        for number, (key, item) in enumerate(value.items()):
            out.append(("," if number else "") + inner + encode_text(key) + ": ")
            encode(item, depth + 1, out)
        out.append("\n" + " " * depth + "}")
        return
    if type(value) is list and value:
        text = _rows_text(value, depth)
        if text is not None:
            out.append(text)
            return
        inner = "\n" + " " * (depth + 1)
        out.append("[")
        for number, item in enumerate(value):
            out.append("," + inner if number else inner)
            encode(item, depth + 1, out)
        out.append("\n" + " " * depth + "]")
        return
    out.append(json.dumps(value, ensure_ascii=False, indent=1))


def dumps(archive: dict[str, Any]) -> str:
    """The archive as text: indented by one space per level, UTF-8 left as it is."""
    out: list[str] = []
    encode(archive, 0, out)
    out.append("\n")
    return "".join(out)


# Between two values of a table in :func:`table_text`: the encoder escapes every
# control character inside a string, so a NUL it writes is always this separator.
_CUT = "\x00"
_ROWS_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(_CUT, ": "))


def table_text(keys: list[str], batches: Iterable[list[tuple[Any, ...]]], depth: int) -> str:
    """A table's rows (tuples in the order of ``keys``) as :func:`dumps` writes them.

    The export of a large journal spent half its time making a dictionary of
    each row and encoding its keys again for every row. Here all values of a
    table are encoded in one call of the C encoder, cut apart at the separator,
    and interleaved with the keys' text, which is made once — the same
    characters as ``json.dumps(…, ensure_ascii=False, indent=1)`` (a test
    compares them on awkward values).
    """
    values = list(chain.from_iterable(chain.from_iterable(batches)))
    if not values:
        return "[]"
    if not keys:
        raise ValueError("a table without columns")
    outer, inner = " " * (depth + 1), " " * (depth + 2)
    texts = _ROWS_ENCODER.encode(values)[1:-1].split(_CUT)
    if len(texts) != len(values):  # the encoder's escaping is not what it was
        raise RuntimeError("archive values were not cut apart")
    between = f"\n{outer}}},\n{outer}{{\n{inner}"
    prefixes = [between + encode_text(keys[0]) + ": "]
    prefixes += [f",\n{inner}{encode_text(key)}: " for key in keys[1:]]
    body = "".join(chain.from_iterable(zip(cycle(prefixes), texts)))
    start = f"[\n{outer}{{\n{inner}"
    return start + body[len(between) :] + f"\n{outer}}}\n{' ' * depth}]"
