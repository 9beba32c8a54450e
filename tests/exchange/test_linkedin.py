"""LinkedIn's Connections.csv in both shapes, field by field."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.exchange import importer
from kontaktbuch.exchange.linkedin import clean_name, parse_connections, parse_date
from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.store import models as m
from tests.exchange.helpers import by_name, contact_snapshot, journal_fingerprint


def test_connections_2024(db, samples):
    summary = importer.import_file("linkedin", samples / "linkedin-connections-2024.csv")
    assert summary.created == 5
    assert [(w.code, w.line) for w in summary.warnings] == [("nameless_row", 10)]
    network = m.Network.get(m.Network.name == "LinkedIn")
    assert network.kind == "online"
    joerg = contact_snapshot(by_name("Jörg", "Schröder"))
    assert joerg["organisation"] == "Bäckerei Schröder GmbH"
    assert joerg["position"] == "Geschäftsführer, Inhaber"
    assert joerg["emails"] == [("joerg.schroeder@example.de", "")]
    assert joerg["links"] == [("https://www.linkedin.com/in/joerg-schroeder-example", "linkedin")]
    assert joerg["networks"] == [("LinkedIn", "online", "2024-10-09", "")]
    kemal = contact_snapshot(by_name("Kemal", "Yıldız"))  # ", MBA" dropped
    assert kemal["position"] == 'Head of "Open Innovation"'
    assert kemal["networks"] == [("LinkedIn", "online", "2023-02-01", "")]
    lena = contact_snapshot(by_name("Lena", "Hoffmann"))  # emoji dropped
    assert lena["organisation"] == "" and lena["emails"] == []
    anna = contact_snapshot(by_name("Anna", "Müller"))
    assert anna["networks"] == [("LinkedIn", "online", "2024-03-12", "")]
    assert m.Contact.select().count() == 5


def test_connections_2018(db, samples):
    summary = importer.import_file("linkedin", samples / "linkedin-connections-2018.csv")
    assert summary.created == 2
    assert [(w.code, w.detail) for w in summary.warnings] == [
        ("fake_email", "urn:li:member:123456789")
    ]
    max_ = contact_snapshot(by_name("Max", "Becker"))
    assert max_["emails"] == [("max.becker@example.com", "")]
    assert max_["networks"] == [("LinkedIn", "online", "2018-01-08", "")]
    petra = contact_snapshot(by_name("Petra", "Klein"))
    assert petra["emails"] == []
    assert petra["organisation"] == "IHK Nürnberg"
    assert petra["networks"] == [("LinkedIn", "online", "2017-11-23", "")]


@pytest.mark.parametrize("preamble", [0, 1, 7])
def test_header_after_any_preamble(preamble):
    lines = ["Notes:"] + ['"some text, with a comma"'] * preamble + [""] if preamble else []
    text = "\r\n".join(
        [*lines, "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
         "Eva,Schütz,,,,,05 May 2021"]
    )  # fmt: skip
    result = parse_connections(("\ufeff" + text).encode())
    assert [(r.first_name, r.last_name) for r in result.records] == [("Eva", "Schütz")]
    assert result.records[0].networks[0].since == dt.date(2021, 5, 5)


def test_no_header_is_an_error(db, tmp_path):
    before = journal_fingerprint()
    path = tmp_path / "Connections.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(ExchangeError) as info:
        importer.import_file("linkedin", path)
    assert info.value.code == "no_header"
    assert journal_fingerprint() == before


def test_dates_and_names():
    assert parse_date("09 Oct 2024") == dt.date(2024, 10, 9)
    assert parse_date("1/8/18, 6:14 PM") == dt.date(2018, 1, 8)
    assert parse_date("31/31/18") is None
    assert clean_name("Yıldız, MBA") == "Yıldız"
    assert clean_name("Hoffmann 🌱") == "Hoffmann"
    assert clean_name("Müller, Anna") == "Müller, Anna"
