"""Random and mutated files thrown at every importer.

Whatever comes in, an importer either imports cleanly or raises ExchangeError
(a clear message) with the journal exactly as before; never anything else.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontaktbuch.exchange import archive, importer
from kontaktbuch.exchange.records import ExchangeError
from tests.conftest import SAMPLES
from tests.exchange.helpers import journal_fingerprint

SETTINGS = settings(
    max_examples=int(os.environ.get("KONTAKTBUCH_HYPOTHESIS_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VCARD_SAMPLES = ("apple-contacts-3.0.vcf", "nextcloud-4.0.vcf", "outlook-2.1.vcf")
CSV_SAMPLES = ("linkedin-connections-2024.csv", "linkedin-connections-2018.csv")


def _sample(name: str) -> bytes:
    path = SAMPLES / name
    return path.read_bytes() if path.exists() else b""


@st.composite
def mutated(draw: st.DrawFn, names: tuple[str, ...]) -> bytes:
    """A sample with a few bytes deleted, inserted, replaced or lines shuffled."""
    data = bytearray(_sample(draw(st.sampled_from(names))))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(("delete", "insert", "replace", "truncate", "dup_line")))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "delete":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif op == "insert":
            data[pos:pos] = draw(
                st.one_of(
                    st.binary(max_size=20),
                    st.sampled_from(
                        [b":", b";", b"=", b"\r\n", b"\n ", b'"', b",", b"\x00", b"\xff",
                         b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"ENCODING=QUOTED-PRINTABLE",
                         b"BDAY:--1399", b"CHARSET=nonsense", b"\\", b"First Name,Last Name\n"]
                    ),
                )
            )  # fmt: skip
        elif op == "replace" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "truncate":
            del data[pos:]
        else:
            lines = bytes(data).splitlines(keepends=True)
            if lines:
                i = draw(st.integers(0, len(lines) - 1))
                lines.insert(draw(st.integers(0, len(lines))), lines[i])
                data = bytearray(b"".join(lines))
    return bytes(data)


def _check(kind: str, data: bytes, folder: Path) -> None:
    path = folder / ("input.vcf" if kind == "vcard" else "input.csv")
    path.write_bytes(data)
    before = journal_fingerprint()
    try:
        importer.import_file(kind, path)
    except ExchangeError as exc:
        assert exc.path and exc.code
        assert journal_fingerprint() == before


@SETTINGS
@given(data=st.one_of(mutated(VCARD_SAMPLES), st.binary(max_size=300)))
def test_vcard_importer_never_crashes(db, tmp_path, data):
    _check("vcard", data, tmp_path)


@SETTINGS
@given(data=st.one_of(mutated(CSV_SAMPLES), st.binary(max_size=300)))
def test_linkedin_importer_never_crashes(db, tmp_path, data):
    _check("linkedin", data, tmp_path)


@SETTINGS
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200).map(
        lambda t: "BEGIN:VCARD\nVERSION:3.0\nFN:X Y\n" + t + "\nEND:VCARD\n"
    )
)
def test_vcard_random_card_bodies(db, tmp_path, text):
    _check("vcard", text.encode("utf-8"), tmp_path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@SETTINGS
@given(
    table=st.sampled_from(["contact", "conversation", "follow_up", "membership", "goal"]),
    row=st.integers(0, 5),
    key=st.sampled_from(
        ["id", "first_name", "occurred_at", "contact_id", "due_date", "x", "status"]
    ),
    value=json_values,
    raw=st.one_of(st.none(), st.binary(max_size=50)),
)
def test_archive_restore_never_crashes(demo_db, tmp_path, table, row, key, value, raw):
    path = tmp_path / "archive.json"
    if raw is not None:
        path.write_bytes(raw)
    else:
        data = archive.build_archive()
        rows = data["tables"][table]
        if rows:
            rows[row % len(rows)][key] = value
        path.write_text(json.dumps(data), encoding="utf-8")
    before = journal_fingerprint()
    try:
        archive.restore_archive(path, force=True)
    except ExchangeError as exc:
        assert exc.code
        assert journal_fingerprint() == before
