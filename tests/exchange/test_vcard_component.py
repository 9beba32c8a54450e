"""The plain-card reader gives exactly what vobject.readOne gives.

``exchange/vcard_component.py`` reads plain cards with vobject's functions but
without its object model (the import's speed); every card must come out as the
same record, with the same warnings, and a broken file with the same message.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontaktbuch.exchange import vcard_component
from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.exchange.vcard import parse_vcard_bytes
from tests.conftest import SAMPLES

SETTINGS = settings(
    max_examples=int(os.environ.get("KONTAKTBUCH_HYPOTHESIS_EXAMPLES", "40")) * 3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

NAMES = ("N", "FN", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "NOTE", "ADR", "BDAY",
         "CATEGORIES", "RELATED", "X-ABLABEL", "X-ABRELATEDNAMES", "X-SOCIALPROFILE", "UID",
         "X-KONTAKTBUCH-OFFERS", "X-KONTAKTBUCH-NETWORKS", "GEO", "LABEL", "NICKNAME")  # fmt: skip
TYPES = ("WORK", "HOME", "CELL", "INTERNET", "pref", "x-custom", '"a,b"', "VOICE")
VALUE_TEXT = st.lists(
    st.sampled_from([*"aZ äß@.:/-_ 19,;", "\\,", "\\;", "\\n", "\\\\"]), max_size=30
).map("".join)


def outcome(data: bytes) -> object:
    """What reading ``data`` gives: its records and warnings, or its error."""
    try:
        result = parse_vcard_bytes(data)
    except ExchangeError as exc:
        return ("error", exc.code, exc.card, exc.line, str(exc))
    return (result.records, result.warnings)


def through_vobject(data: bytes, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(vcard_component, "_plain", lambda texts: None)
        return outcome(data)


@st.composite
def cards(draw: st.DrawFn) -> bytes:
    lines = ["BEGIN:VCARD", draw(st.sampled_from(["VERSION:3.0", "VERSION:4.0", "VERSION:2.1"]))]
    for _ in range(draw(st.integers(0, 10))):
        name = draw(st.sampled_from(NAMES))
        group = draw(st.sampled_from(["", "", "item1.", "item2."]))
        params = "".join(
            f";TYPE={draw(st.sampled_from(TYPES))}" for _ in range(draw(st.integers(0, 2)))
        )
        if draw(st.booleans()):
            params += draw(st.sampled_from([";PREF=1", ";VALUE=uri", ";LANGUAGE=de", ";WORK"]))
        lines.append(f"{group}{name}{params}:{draw(VALUE_TEXT)}")
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode()


@SETTINGS
@given(data=st.lists(cards(), min_size=1, max_size=3).map(b"".join))
def test_random_cards_read_as_vobject_reads_them(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert outcome(data) == through_vobject(data, monkeypatch)


@pytest.mark.parametrize("name", ["apple-contacts-3.0.vcf", "nextcloud-4.0.vcf", "outlook-2.1.vcf"])
def test_sample_exports_read_as_vobject_reads_them(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip("the shared samples are not beside this checkout")
    data = path.read_bytes()
    fast = outcome(data)
    assert isinstance(fast, tuple) and fast[0], "the sample gives records"
    assert fast == through_vobject(data, monkeypatch)


def test_escapes_lists_and_structured_values_are_vobjects() -> None:
    """The values a user sees: escapes undone, ORG's first unit, N's parts, all
    categories, an address in the notes."""
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller\\, jun.;Anna;Maria;Dr.;\r\nFN:x\r\n"
        "ORG:ACME\\; Söhne;Vertrieb\r\nCATEGORIES:Beirat,Alumni\\, 2019\r\n"
        "NOTE:Zeile eins\\nbietet: Kontakte\r\nADR;TYPE=WORK:;;Hauptstr. 1;Köln;;50667;\r\n"
        "END:VCARD\r\n"
    ).encode()
    [record] = parse_vcard_bytes(data).records
    assert (record.last_name, record.first_name, record.prefix) == (
        "Müller, jun.",
        "Anna Maria",
        "Dr.",
    )
    assert record.organisation == "ACME; Söhne"
    assert record.tags == ["Beirat", "Alumni, 2019"]
    assert record.offers == "Kontakte"
    assert "Hauptstr. 1" in record.notes and "Köln" in record.notes


def test_a_card_vobject_refuses_is_refused_with_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nBEGIN:VEVENT\r\nEND:VCARD\r\n"
    fast = outcome(data)
    assert fast[0] == "error"
    assert fast == through_vobject(data, monkeypatch)
