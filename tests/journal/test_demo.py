"""The demo journal is the first thing a user sees: its German must be right, and
its offers and seeks must give sensible introductions."""

from __future__ import annotations

import re

import peewee as pw

from kontaktbuch.journal import demo
from kontaktbuch.journal import introductions as intro
from kontaktbuch.store import models as m
from tests.conftest import DEMO_TODAY

#: words that refer to a woman / a man (pronouns and possessives, lower case)
FEMININE = {"sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"}
MASCULINE = {"er", "ihm", "ihn", "sein", "seine", "seinem", "seinen", "seiner", "seines"}
#: role words: the man's form -> the woman's form
ROLE_FORMS = {"Organisator": "Organisatorin", "Referent": "Referentin", "Leiter": "Leiterin"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def test_every_demo_person_has_a_declared_gender(demo_db: pw.SqliteDatabase) -> None:
    for contact in m.Contact.select():
        assert demo.GENDERS.get(contact.first_name) in ("f", "m"), contact.first_name


def test_positions_and_roles_agree_with_the_person(demo_db: pw.SqliteDatabase) -> None:
    forms = {org: (man, woman) for org, man, woman, _offer in demo.ORGANISATIONS}
    checked = 0
    for contact in m.Contact.select():
        man, woman = forms[contact.organisation]
        female = demo.GENDERS[contact.first_name] == "f"
        assert contact.position == (woman if female else man), contact.first_name
        checked += man != woman
        for membership in contact.memberships:
            allowed = {w for _m, w in demo.ROLES} if female else {m_ for m_, _w in demo.ROLES}
            assert membership.role in allowed, (contact.first_name, membership.role)
            if not female:
                assert not membership.role.endswith("in"), membership.role
    assert checked > 20  # the test saw gendered positions
    # "Kemal Koch – Referent", not "Referentin": the case from the issue
    kemal = m.Contact.get_or_none(first_name="Kemal", last_name="Koch")
    assert kemal is not None and kemal.position == "Referent Existenzgründung"
    roles = {ms.role for ms in m.Membership.select()}
    assert {"Organisator", "Organisatorin"} <= roles


def test_notes_speak_of_the_people_in_the_right_gender(demo_db: pw.SqliteDatabase) -> None:
    genders_seen: set[str] = set()
    for conversation in m.Conversation.select():
        people = [p.contact for p in conversation.participants]
        words = _words(conversation.notes)
        if len(people) == 1:
            gender = demo.GENDERS[people[0].first_name]
            wrong = MASCULINE if gender == "f" else FEMININE
            assert not words & wrong, (people[0].first_name, conversation.notes)
            if words & (FEMININE | MASCULINE):
                genders_seen.add(gender)
        else:
            # about two people: no singular pronoun of either gender
            assert not words & MASCULINE, conversation.notes
            assert not words & {"ihm", "ihn"}, conversation.notes
    assert genders_seen == {"f", "m"}  # gendered notes were written about both


def test_demo_offers_and_seeks_give_sensible_introductions(demo_db: pw.SqliteDatabase) -> None:
    # Every pair the demo may produce, by what is sought and what is offered.
    sensible = {
        "eine Steuerberaterin": {"Steuerberatung für Gründer"},
        "Investoren": {"Kontakte zu Business Angels"},
        "Fördermittel für ein Forschungsprojekt": {
            "Beratung zu Fördermitteln für Gründer",
            "Wissen über Förderprogramme",
        },
        "Feedback zur Website": {"UX-Reviews von Websites"},
        "Ehrenamtliche für das Sommerfest": {"ehrenamtliche Mithilfe bei Festen"},
        "eine Stelle im Produktmanagement": {"Einblicke ins Produktmanagement"},
        "Kontakte in die Automobilbranche": {"Kontakte zu Zulieferern der Automobilbranche"},
        "neue Kunden im Mittelstand": {"Kontakte in den Mittelstand"},
        "Tipps zum Umzug nach Berlin": {"Ortskenntnis in Berlin"},
        "Referentinnen für Meetups": {
            "Vorträge über Künstliche Intelligenz",
            "Vorträge über Nachhaltigkeit",
        },
        "Erfahrungsaustausch zu Remote-Teams": {"Erfahrung mit Remote-Teams"},
    }
    found = intro.proposals(DEMO_TODAY)
    assert len(found) >= 5
    topics = set()
    for proposal in found:
        for match in proposal.matches:
            assert match.offer in sensible.get(match.seek, set()), (match.seek, match.offer)
            topics.add(match.seek)
    assert len(topics) >= 5  # not five times the same tax adviser
    assert found == sorted(found, key=lambda p: -p.score)


def test_demo_relationships_are_plausible(demo_db: pw.SqliteDatabase) -> None:
    introducers: dict[int, int] = {}
    for row in m.Relationship.select():
        assert row.contact_id != row.other_id
        if row.kind == "introduced_by":
            assert row.contact_id not in introducers  # one introducer per person
            introducers[row.contact_id] = row.other_id
            # the introducer was in the journal first
            assert row.other.created_at <= row.contact.created_at
        if row.kind == "other":
            assert row.label[:1].isupper()
    assert len(introducers) >= 10
    kinds = {r.kind for r in m.Relationship.select()}
    assert kinds == {"introduced_by", "works_with", "knows", "family", "other"}
