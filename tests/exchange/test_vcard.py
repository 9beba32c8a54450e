"""Every sample vCard, read field by field; broken cards give a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontaktbuch.exchange import importer
from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.exchange.vcard import parse_vcard_bytes, read_vcards
from tests.exchange.helpers import by_name, contact_snapshot, journal_fingerprint


def _import(path: Path) -> importer.ImportSummary:
    return importer.import_file("vcard", path)


def test_apple_contacts(db, samples):
    summary = _import(samples / "apple-contacts-3.0.vcf")
    assert summary.created == 2
    assert [w.code for w in summary.warnings] == ["photo_dropped"]
    anna = contact_snapshot(by_name("Anna", "Müller"))
    assert anna["organisation"] == "Stadtwerke München"
    assert anna["position"] == "Leiterin Vertrieb"
    assert anna["emails"] == [("anna.mueller@example.de", "work")]
    assert anna["phones"] == [("+49 170 1234567", "mobile")]
    # item1.URL + X-ABLabel, and X-SOCIALPROFILE with the same link only once
    assert anna["links"] == [
        ("https://www.linkedin.com/in/anna-mueller-example", "linkedin"),
        ("https://www.xing.com/profile/Anna_Mueller_example", "xing"),
    ]
    assert anna["birthday"] == (12, 4, 1985)
    assert anna["notes"] == (
        "Kennengelernt beim Gründerstammtisch im Werksviertel.\n"
        "Sucht Kontakte zu Energie-Start-ups, bietet Einblicke in kommunale Ausschreibungen."
    )
    assert anna["tags"] == ["Gründer", "München"]
    sophie = contact_snapshot(by_name("Sophie", "Wagner"))
    assert sophie["prefix"] == "Dr."
    assert sophie["organisation"] == "Wagner & Partner Steuerberatung"
    # 1604 + X-APPLE-OMIT-YEAR: 29 February without a year
    assert sophie["birthday"] == (29, 2, None)
    assert sophie["phones"] == [("089 1234-567", "work")]
    assert "Leopoldstraße 12" in sophie["notes"] and "80802 München" in sophie["notes"]


def test_nextcloud_4(db, samples):
    summary = _import(samples / "nextcloud-4.0.vcf")
    assert summary.created == 2
    # Lena's colleague Sophie is not in the journal: said, not made up as a contact
    assert [(w.code, w.card, w.detail) for w in summary.warnings] == [
        ("related_not_found", 2, "Sophie Wagner")
    ]
    kemal = contact_snapshot(by_name("Kemal", "Yıldız"))
    assert kemal["organisation"] == "Fraunhofer IIS"
    assert kemal["position"] == "Head of Open Innovation"
    assert kemal["phones"] == [("+49-911-555-0100", "work")]
    assert kemal["birthday"] == (12, 6, None)
    assert kemal["links"] == [("https://www.xing.com/profile/Kemal_Yildiz_example", "xing")]
    assert kemal["tags"] == ["Forschung", "Verband Deutscher Ingenieure"]
    assert kemal["offers"] == "Kontakte zu Forschungsförderung."
    assert kemal["seeks"] == "Pilotkunden im Mittelstand."
    assert kemal["notes"] == ""
    lena = contact_snapshot(by_name("Lena", "Hoffmann"))
    assert lena["emails"] == [("lena.hoffmann@example.org", "home")]
    assert lena["phones"] == [("+49-151-23456789", "mobile")]
    assert lena["links"] == [("https://lena-hoffmann.example", "website")]
    assert "Köln" in lena["notes"]


def test_outlook_21(db, samples):
    summary = _import(samples / "outlook-2.1.vcf")
    assert summary.created == 1
    joerg = contact_snapshot(by_name("Jörg", "Schröder"))
    assert joerg["organisation"] == "Bäckerei Schröder GmbH"
    assert joerg["position"] == "Geschäftsführer"
    assert joerg["phones"] == [("(0911) 555-0123", "work")]
    assert joerg["emails"] == [("joerg.schroeder@example.de", "")]
    # quoted-printable with =0D=0A and a soft line break
    assert joerg["notes"] == (
        "Trifft sich jeden ersten Montag im Handwerksverband.\n"
        "Interesse an Nachfolgeplanung und Azubi-Netzwerk."
    )


def test_folder_of_vcf_files(db, samples, tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("apple-contacts-3.0.vcf", "nextcloud-4.0.vcf", "outlook-2.1.vcf"):
        (folder / name.upper().replace(".VCF", ".vcf")).write_bytes((samples / name).read_bytes())
    (folder / "readme.txt").write_text("not a card")
    assert len(read_vcards(folder).records) == 5


def test_broken_card_names_file_card_and_line(db, samples, tmp_path):
    _import(samples / "nextcloud-4.0.vcf")
    before = journal_fingerprint()
    bad = tmp_path / "broken.vcf"
    good = (samples / "outlook-2.1.vcf").read_bytes()
    bad.write_bytes(good + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max\r\nthis line has no colon\r\n")
    with pytest.raises(ExchangeError) as info:
        _import(bad)
    assert info.value.path == str(bad)
    assert info.value.card == 2
    assert info.value.code == "parse"
    bad.write_bytes(
        good + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max\r\nNOTE:ok\r\nBROKEN\r\nEND:VCARD\r\n"
    )
    with pytest.raises(ExchangeError) as info:
        _import(bad)
    assert (info.value.card, info.value.line) == (2, 18)
    assert journal_fingerprint() == before


def test_not_a_vcard(db, tmp_path):
    path = tmp_path / "x.vcf"
    path.write_text("hello")
    with pytest.raises(ExchangeError) as info:
        read_vcards(path)
    assert info.value.code == "not_vcard"


def test_birthday_forms():
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:A B\nBDAY:19850412\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:C D\nBDAY:--02-29\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:E F\nBDAY:circa 1800\nEND:VCARD\n"
    )
    result = parse_vcard_bytes(text.encode())
    assert [(r.birthday_day, r.birthday_month, r.birthday_year) for r in result.records] == [
        (12, 4, 1985),
        (29, 2, None),
        (None, None, None),
    ]
    assert [w.code for w in result.warnings] == ["bad_birthday"]


def test_outlook_photo_over_unindented_lines():
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weiß;Eva\r\n"
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n/9j/4AAQSkZJRgABAQAAAQABAAD\r\nAAAAAAAAAAAAAAAA==\r\n\r\n"
        "TEL;HOME:0911 1\r\nEND:VCARD\r\n"
    )
    result = parse_vcard_bytes(text.encode("utf-8"))
    assert [
        (r.first_name, r.last_name, [(p.number, p.label) for p in r.phones]) for r in result.records
    ] == [("Eva", "Weiß", [("0911 1", "home")])]
    assert [w.code for w in result.warnings] == ["photo_dropped"]


def test_a_related_person_already_in_the_journal_is_linked(db, samples):
    _import(samples / "apple-contacts-3.0.vcf")  # brings Dr. Sophie Wagner
    summary = _import(samples / "nextcloud-4.0.vcf")
    assert not summary.warnings
    lena = contact_snapshot(by_name("Lena", "Hoffmann"))
    assert lena["relationships"] == [("works_with", "", "Dr. Sophie Wagner", False)]
