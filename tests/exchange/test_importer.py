"""Duplicates before writing, choices per match, one transaction, cancel, dry run."""

from __future__ import annotations

import pytest

from kontaktbuch.exchange import importer
from kontaktbuch.exchange.records import Cancelled
from kontaktbuch.journal.duplicates import MatchIndex, find_matches
from kontaktbuch.journal.names import display_name
from kontaktbuch.store import models as m
from tests.exchange.helpers import by_name, contact_snapshot, journal_fingerprint

ORDER = (
    ("linkedin", "linkedin-connections-2024.csv"),
    ("linkedin", "linkedin-connections-2018.csv"),
    ("vcard", "apple-contacts-3.0.vcf"),
    ("vcard", "nextcloud-4.0.vcf"),
    ("vcard", "outlook-2.1.vcf"),
)
OVERLAP = {"Anna Müller", "Jörg Schröder", "Kemal Yıldız", "Lena Hoffmann", "Dr. Sophie Wagner"}


def test_all_samples_one_after_the_other_offer_merges(db, samples):
    offered: set[str] = set()
    for kind, name in ORDER:
        plan = importer.plan_import(importer.read_file(kind, samples / name))
        offered |= {item.record.display_name for item in plan.matches()}
        for item in plan.matches():
            assert item.choice == "merge"
            # the journal's contact, shown by name (Apple adds Sophie's title "Dr.")
            record = item.record
            shown = display_name("", record.first_name, record.last_name, record.organisation)
            assert item.candidates[0].name == shown
        importer.apply_plan(plan)
    assert offered == OVERLAP
    # 5 + 2 people, no duplicates created
    assert m.Contact.select().count() == 7
    anna = contact_snapshot(by_name("Anna", "Müller"))
    # LinkedIn gave the network, Apple the e-mail, phone, XING, birthday and tags
    assert anna["networks"] == [("LinkedIn", "online", "2024-03-12", "")]
    assert anna["emails"] == [("anna.mueller@example.de", "work")]
    assert [kind for _url, kind in anna["links"]] == ["linkedin", "xing"]
    assert anna["birthday"] == (12, 4, 1985)
    assert anna["tags"] == ["Gründer", "München"]
    kemal = contact_snapshot(by_name("Kemal", "Yıldız"))
    assert kemal["offers"] == "Kontakte zu Forschungsförderung."
    assert kemal["emails"] == [("kemal.yildiz@example.com", "work")]
    assert [kind for _url, kind in kemal["links"]] == ["linkedin", "xing"]
    joerg = contact_snapshot(by_name("Jörg", "Schröder"))
    assert joerg["phones"] == [("(0911) 555-0123", "work")]
    assert joerg["position"] == "Geschäftsführer, Inhaber"  # filled fields stay
    assert "Handwerksverband" in joerg["notes"]


@pytest.mark.parametrize(("choice", "contacts"), [("keep", 7), ("skip", 5), ("merge", 5)])
def test_choice_per_match(db, samples, choice, contacts):
    importer.import_file("linkedin", samples / "linkedin-connections-2024.csv")
    plan = importer.plan_import(importer.read_file("vcard", samples / "apple-contacts-3.0.vcf"))
    assert (plan.new_count, plan.match_count) == (0, 2)
    plan.set_all(choice)
    summary = importer.apply_plan(plan)
    assert m.Contact.select().count() == contacts
    assert (summary.created, summary.merged, summary.skipped) == {
        "keep": (2, 0, 0),
        "skip": (0, 0, 2),
        "merge": (0, 2, 0),
    }[choice]


def test_merging_twice_adds_nothing(db, samples):
    for _ in range(2):
        importer.import_file("vcard", samples / "apple-contacts-3.0.vcf")
    anna = contact_snapshot(by_name("Anna", "Müller"))
    assert len(anna["emails"]) == 1 and len(anna["links"]) == 2
    assert anna["notes"].count("Werksviertel") == 1


def test_cancel_writes_nothing(db, samples):
    importer.import_file("linkedin", samples / "linkedin-connections-2018.csv")
    before = journal_fingerprint()
    plan = importer.plan_import(
        importer.read_file("linkedin", samples / "linkedin-connections-2024.csv")
    )
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 5  # cancel after the first contacts were written

    with pytest.raises(Cancelled):
        importer.apply_plan(plan, progress)
    assert journal_fingerprint() == before
    assert m.Network.select().count() == 1


def test_dry_run_counts_but_changes_nothing(db, samples):
    before = journal_fingerprint()
    summary = importer.import_file(
        "linkedin", samples / "linkedin-connections-2024.csv", dry_run=True
    )
    assert (summary.created, summary.networks_created, summary.dry_run) == (5, 1, True)
    assert journal_fingerprint() == before


def test_match_index_agrees_with_find_matches(demo_db):
    index = MatchIndex()
    probes = [(c.first_name, c.last_name) for c in m.Contact.select().limit(15)]
    probes += [("Anna", "Mueller"), ("Kemal", "Yildiz"), ("Nobody", "Here")]
    emails = [e.address.upper() for e in m.ContactEmail.select().limit(3)]
    links = [link.url + "/" for link in m.ContactLink.select().limit(3)]
    for first, last in probes:
        assert {(x.contact_id, x.reason) for x in index.find(first, last, emails, links)} == {
            (x.contact_id, x.reason) for x in find_matches(first, last, emails, links)
        }


def test_same_person_twice_in_one_file_is_combined(db, tmp_path):
    path = tmp_path / "twice.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Eva\nEMAIL:eva@example.de\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Weiss;Eva\nEMAIL:EVA@example.de\nTEL:0911 1\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Eva\nEMAIL:andere@example.de\nEND:VCARD\n",
        encoding="utf-8",
    )
    summary = importer.import_file("vcard", path)
    assert summary.created == 2  # the namesake with another address stays a person
    assert [(w.code, w.card) for w in summary.warnings] == [("combined", 2)]
    first = contact_snapshot(m.Contact.get_by_id(summary.contact_ids[0]))
    assert first["phones"] == [("0911 1", "")]
