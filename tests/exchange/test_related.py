"""Relationships in vCards: written where other address books look, read from
RELATED (4.0) and Apple's/DAVx⁵'s X-ABRELATEDNAMES (3.0)."""

from __future__ import annotations

import pytest

from kontaktbuch.exchange import importer, vcard_export
from kontaktbuch.exchange.vcard import parse_vcard_bytes
from kontaktbuch.journal import relationships
from kontaktbuch.store import models as m


def _card(lines: str, version: str = "3.0") -> bytes:
    head = f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Anna Test\r\nN:Test;Anna;;;\r\n"
    return (head + lines + "END:VCARD\r\n").encode()


@pytest.mark.parametrize(
    ("lines", "version", "expected"),
    [
        (
            "RELATED;TYPE=colleague;VALUE=text:Bernd Braun\r\n",
            "4.0",
            ("Bernd Braun", "works_with", ""),
        ),
        ("RELATED;TYPE=friend;VALUE=text:Bernd Braun\r\n", "4.0", ("Bernd Braun", "knows", "")),
        ("RELATED;TYPE=spouse;VALUE=text:Bernd Braun\r\n", "4.0", ("Bernd Braun", "family", "")),
        (
            "RELATED;TYPE=x-introduced-by;VALUE=text:Bernd Braun\r\n",
            "4.0",
            ("Bernd Braun", "introduced_by", ""),
        ),
        (
            'RELATED;TYPE="Mentorin";VALUE=text:Bernd Braun\r\n',
            "4.0",
            ("Bernd Braun", "other", "Mentorin"),
        ),
        (
            "item1.X-ABRELATEDNAMES:Bernd Braun\r\nitem1.X-ABLabel:_$!<Friend>!$_\r\n",
            "3.0",
            ("Bernd Braun", "knows", ""),
        ),
        (
            "item3.X-ABRELATEDNAMES:Bernd Braun\r\nitem3.X-ABLabel:_$!<Mother>!$_\r\n",
            "3.0",
            ("Bernd Braun", "family", ""),
        ),
        (
            "item2.X-ABRELATEDNAMES:Bernd Braun\r\nitem2.X-ABLabel:Trauzeuge\r\n",
            "3.0",
            ("Bernd Braun", "other", "Trauzeuge"),
        ),
    ],
)
def test_relationships_are_read_from_other_programs_cards(
    lines: str, version: str, expected: tuple[str, str, str]
) -> None:
    (record,) = parse_vcard_bytes(_card(lines, version)).records
    assert record.relations == [expected]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_relationships_survive_export_and_import(db, tmp_path, version) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Test")
    joerg = m.Contact.create(first_name="Jörg", last_name="Müller")
    bernd = m.Contact.create(first_name="Bernd", last_name="Braun")
    relationships.add(anna.id, joerg.id, "introduced_by")
    relationships.add(anna.id, bernd.id, "works_with")
    relationships.add(bernd.id, joerg.id, "other", "Trauzeuge; Freund")
    path = tmp_path / "out.vcf"
    vcard_export.export_vcards(path, version=version)
    text = path.read_text(encoding="utf-8")
    if version == "4.0":
        assert "RELATED;TYPE=x-introduced-by;VALUE=text:Jörg Müller" in text
        assert "RELATED;TYPE=co-worker;VALUE=text:Bernd Braun" in text
    else:
        assert "X-ABRELATEDNAMES:Jörg Müller" in text and "X-ABLabel:x-introduced-by" in text
        assert "RELATED" not in text.replace("X-ABRELATEDNAMES", "")
    before = {
        c.first_name: sorted(
            (r.kind, r.label, r.other_name, r.reverse) for r in relationships.for_contact(c.id)
        )
        for c in m.Contact.select()
    }
    m.Contact.delete().execute()
    summary = importer.import_file("vcard", path)
    assert summary.created == 3 and not summary.warnings
    after = {
        c.first_name: sorted(
            (r.kind, r.label, r.other_name, r.reverse) for r in relationships.for_contact(c.id)
        )
        for c in m.Contact.select()
    }
    for person in after.values():  # a mutual one may come back written from the other side
        person[:] = sorted((k, lab, n, rev and k == "introduced_by") for k, lab, n, rev in person)
    for person in before.values():
        person[:] = sorted((k, lab, n, rev and k == "introduced_by") for k, lab, n, rev in person)
    assert after == before
    assert m.Relationship.select().count() == 3
