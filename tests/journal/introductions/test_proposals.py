"""Proposals: who could help whom, ranked, and what the user decided about them."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import introductions as intro
from kontaktbuch.store import models as m

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 18, 0)


def _contact(first: str, *, offers: str = "", seeks: str = "", **more: object) -> m.Contact:
    return m.Contact.create(first_name=first, last_name="Test", offers=offers, seeks=seeks, **more)


def _talked(contact: m.Contact, days_ago: int) -> None:
    conversation = m.Conversation.create(occurred_at=NOW - dt.timedelta(days=days_ago))
    m.ConversationContact.create(conversation=conversation, contact=contact)


def _keys(found: list[intro.Proposal]) -> list[str]:
    return [p.key for p in found]


def test_a_seek_meets_an_offer_in_other_words(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="eine Steuerberaterin")
    bernd = _contact("Bernd", offers="Steuerberatung für Gründer")
    _contact("Carla", offers="Feedback zu Pitch Decks")
    (proposal,) = intro.proposals(TODAY)
    assert proposal.key == f"{anna.id}-{bernd.id}"
    (match,) = proposal.matches
    assert (match.seeker_id, match.offerer_id) == (anna.id, bernd.id)
    assert match.words == (("Steuerberaterin", "Steuerberatung"),)
    assert match.seek == "eine Steuerberaterin" and match.offer == "Steuerberatung für Gründer"


def test_warm_contacts_and_better_matches_rank_first(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="Steuerberaterin")
    cold = _contact("Cold", offers="Steuerberatung")
    warm = _contact("Warm", offers="Steuerberatung", keep_in_touch_days=30)
    vague = _contact("Vague", offers="Steuerfragen aller Art")
    _talked(warm, 3)
    _talked(vague, 3)
    found = intro.proposals(TODAY)
    assert _keys(found) == [intro.pair_key(anna.id, c.id) for c in (warm, cold, vague)]
    assert found[0].score > found[1].score > found[2].score


def test_both_directions_join_in_one_proposal(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="Investoren", offers="Datenanalyse")
    bernd = _contact("Bernd", seeks="Datenanalyse für ein Projekt", offers="Business Angels")
    (proposal,) = intro.proposals(TODAY)
    assert {(x.seeker_id, x.offerer_id) for x in proposal.matches} == {
        (anna.id, bernd.id),
        (bernd.id, anna.id),
    }


def test_archived_and_related_contacts_are_not_proposed(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="Steuerberaterin")
    _contact("Gone", offers="Steuerberatung", archived=True)
    known = _contact("Known", offers="Steuerberatung")
    m.Relationship.create(contact=anna, other=known, kind="knows")
    assert intro.proposals(TODAY) == []


def test_the_users_profile_meets_contacts(db: pw.SqliteDatabase) -> None:
    bernd = _contact("Bernd", offers="Steuerberatung")
    carla = _contact("Carla", seeks="Moderation für eine Podiumsdiskussion")
    found = intro.proposals(
        TODAY, my_offers="Workshops zu Moderation", my_seeks="Steuerberaterin", my_name="Ich"
    )
    assert sorted(_keys(found)) == sorted([f"me-{bernd.id}", f"me-{carla.id}"])
    assert all(p.with_me and p.first_name == "Ich" for p in found)


def test_dismissed_pairs_never_come_back_postponed_ones_do(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="Steuerberaterin")
    bernd = _contact("Bernd", offers="Steuerberatung")
    carla = _contact("Carla", offers="Steuerberatung")
    dismissed, postponed = intro.pair_key(anna.id, bernd.id), intro.pair_key(anna.id, carla.id)
    intro.dismiss(dismissed, now=NOW)
    until = intro.postpone(postponed, now=NOW)
    assert until == TODAY + dt.timedelta(days=intro.POSTPONE_DAYS)
    assert intro.proposals(TODAY) == []
    assert _keys(intro.proposals(until)) == [postponed]
    # New words on the dismissed pair do not bring it back; a new person does.
    m.Contact.update(offers="Steuerberatung, Buchhaltung").where(m.Contact.id == bernd.id).execute()
    dora = _contact("Dora", offers="Steuerberatung")
    later = intro.proposals(until + dt.timedelta(days=400))
    assert set(_keys(later)) == {postponed, intro.pair_key(anna.id, dora.id)}


def test_making_an_introduction_logs_it_on_both_contacts(db: pw.SqliteDatabase) -> None:
    anna = _contact("Anna", seeks="Steuerberaterin")
    bernd = _contact("Bernd", offers="Steuerberatung")
    key = intro.pair_key(anna.id, bernd.id)
    words = intro.Introduction(
        note="Anna und Bernd einander vorgestellt",
        outcome="Vorgestellt: Steuerberatung",
        follow_up={anna.id: "Anna fragen, wie es lief", bernd.id: "Bernd fragen, wie es lief"},
        due=TODAY + dt.timedelta(days=14),
    )
    conversation_id = intro.make(key, words, now=NOW)
    conversation = m.Conversation.get_by_id(conversation_id)
    assert {p.contact_id for p in conversation.participants} == {anna.id, bernd.id}
    assert [(o.kind, o.text) for o in conversation.outcomes] == [
        ("recommendation_given", "Vorgestellt: Steuerberatung")
    ]
    follow_ups = {f.contact_id: (f.text, f.due_date) for f in m.FollowUp.select()}
    assert follow_ups == {
        anna.id: ("Anna fragen, wie es lief", TODAY + dt.timedelta(days=14)),
        bernd.id: ("Bernd fragen, wie es lief", TODAY + dt.timedelta(days=14)),
    }
    assert intro.decision(key) == ("made", None)
    assert intro.proposals(TODAY + dt.timedelta(days=1000)) == []


def test_making_a_proposal_with_the_user_leaves_a_follow_up_only(db: pw.SqliteDatabase) -> None:
    bernd = _contact("Bernd", offers="Steuerberatung")
    words = intro.Introduction("", "", {bernd.id: "Bernd nach Steuerberatung fragen"}, TODAY)
    assert intro.make(f"me-{bernd.id}", words, now=NOW) is None
    assert m.Conversation.select().count() == 0
    assert [f.text for f in m.FollowUp.select()] == ["Bernd nach Steuerberatung fragen"]


@pytest.mark.parametrize("key", ["", "12", "12-", "x-3", "5-3", "3-3", "0-4", "me-x"])
def test_bad_keys_are_refused(db: pw.SqliteDatabase, key: str) -> None:
    with pytest.raises(intro.BadKey):
        intro.dismiss(key)
    assert m.IntroductionState.select().count() == 0


def test_a_key_of_contacts_that_are_gone_is_refused(db: pw.SqliteDatabase) -> None:
    from kontaktbuch.journal.snapshots import NotFound

    anna = _contact("Anna")
    with pytest.raises(NotFound):
        intro.dismiss(f"{anna.id}-{anna.id + 1}")


def test_who_offers_what_someone_seeks(db: pw.SqliteDatabase) -> None:
    bernd = _contact("Bernd", offers="Steuerberatung für Gründer")
    _contact("Carla", offers="Pitch-Training")
    journal = intro.read_journal(TODAY)
    found = intro.who_offers("sucht eine Steuerberaterin", journal)
    assert [(o.contact_id, o.offer) for o in found] == [(bernd.id, "Steuerberatung für Gründer")]
    assert intro.who_offers("sucht eine Steuerberaterin", journal, exclude=[bernd.id]) == []
    assert intro.who_offers("Feedback", journal) == []
