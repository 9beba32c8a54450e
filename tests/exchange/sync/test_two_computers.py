"""Two computers, A and B, working on one journal through the server.

Changes on either side arrive on the other; the same field changed on both sides
ends with nothing lost and one entry in the conflicts list; an edit beats a
deletion, whichever side deleted.
"""

from __future__ import annotations

from pathlib import Path

from kontaktbuch.exchange.sync import state
from kontaktbuch.journal import contacts as jc
from kontaktbuch.store import models as m
from tests.exchange.sync.archive_compare import canonical_archive, differences
from tests.exchange.sync.helpers import Journal, one, small_journal
from tests.exchange.sync.servers import DavServer, User


def _same(a: Journal, b: Journal) -> None:
    with a.open():
        left = canonical_archive()
    with b.open():
        right = canonical_archive()
    assert left == right, "\n".join(differences(left, right))


def _edit_contact(first_name: str, **changes: object) -> None:
    contact = m.Contact.get(m.Contact.first_name == first_name)
    data = jc.load_contact(contact.id)
    for key, value in changes.items():
        setattr(data, key, value)
    jc.save_contact(data)


def _field(first_name: str, name: str) -> object:
    return getattr(m.Contact.get(m.Contact.first_name == first_name), name)


def test_two_computers_exchange_changes_conflicts_and_deletions(
    server: DavServer, user: User, tmp_path: Path
) -> None:
    a, b = Journal(tmp_path / "a"), Journal(tmp_path / "b")
    with a.open():
        small_journal()
    a.set_up(server, user, create=True)
    a.sync(server, user)
    b.set_up(server, user, create=False)
    assert b.sync(server, user).down["contact"] == 3
    _same(a, b)

    # --- changes on either side arrive on the other ---------------------------------
    with a.open():
        _edit_contact("Anna", position="CEO", tags=["Mentor", "Investorin"])
        jc.save_contact(jc.ContactData(first_name="Dora", last_name="Neu", offers="Design"))
        jc.delete_contacts([m.Contact.get(m.Contact.first_name == "Clara").id])
    with b.open():
        event = m.Event.get()
        event.title = "Stammtisch Januar"
        event.save()
        m.FollowUp.update(text="Folien und Angebot schicken").execute()
        m.Goal.update(budget_hours=6.5).execute()
    report_a = a.sync(server, user)
    assert report_a.up == {"contact": 2} and report_a.deleted_there == {"contact": 1}
    report_b = b.sync(server, user)
    assert report_b.down["contact"] == 2 and report_b.deleted_here == {"contact": 1}
    assert report_b.up["event"] == 1 and report_b.up["follow_up"] == 1
    a.sync(server, user)
    _same(a, b)
    with a.open():
        assert m.Event.get().title == "Stammtisch Januar"
        assert m.Goal.get().budget_hours == 6.5
        assert one("SELECT count(*) FROM contact WHERE first_name = 'Clara'") == 0
    with b.open():
        assert _field("Anna", "position") == "CEO"
        assert one("SELECT count(*) FROM contact WHERE first_name = 'Dora'") == 1
        tags = {t.tag.name for t in m.Contact.get(m.Contact.first_name == "Anna").contact_tags}
        assert tags == {"Mentor", "Investorin"}

    # --- the same field on both sides: both values kept, one conflict ----------------
    with a.open():
        _edit_contact("Bernd", notes="A: trifft sich gern früh", organisation="Müller AG")
    with b.open():
        _edit_contact("Bernd", notes="B: lieber abends", seeks="Nachfolger")
    a.sync(server, user)
    report_b = b.sync(server, user)
    assert report_b.conflicts == 1
    with b.open():
        conflicts = state.conflicts()
        assert [(c.kind, c.field) for c in conflicts] == [("contact", "notes")]
        assert conflicts[0].local == "B: lieber abends"
        assert conflicts[0].remote == "A: trifft sich gern früh"
        # the other fields merged without a conflict
        assert _field("Bernd", "organisation") == "Müller AG"
        assert _field("Bernd", "seeks") == "Nachfolger"
        assert _field("Bernd", "notes") == "B: lieber abends"
    a.sync(server, user)
    with a.open():
        assert state.conflicts() == []
        assert _field("Bernd", "notes") == "B: lieber abends"
        assert _field("Bernd", "seeks") == "Nachfolger"
    _same(a, b)

    # --- an edit beats a deletion, on whichever side the deletion was -----------------
    with a.open():
        jc.delete_contacts([m.Contact.get(m.Contact.first_name == "Anna").id])
    with b.open():
        _edit_contact("Anna", offers="Kontakte zu Investoren")
    a.sync(server, user)  # A's deletion reaches the server first
    b.sync(server, user)  # B's edit wins: Anna goes up again
    a.sync(server, user)  # and comes back to A, with B's edit
    with a.open():
        assert _field("Anna", "offers") == "Kontakte zu Investoren"
    with b.open():
        assert _field("Anna", "offers") == "Kontakte zu Investoren"
        b_conversations = one(
            "SELECT count(*) FROM conversation_contact cc JOIN contact c ON c.id = cc.contact_id "
            "WHERE c.first_name = 'Anna'"
        )
    assert b_conversations == 1  # B never lost Anna's conversation

    with b.open():
        jc.delete_contacts([m.Contact.get(m.Contact.first_name == "Bernd").id])
    with a.open():
        _edit_contact("Bernd", position="Vorstand")
    b.sync(server, user)  # B's deletion first
    a.sync(server, user)  # A edited: Bernd goes up again
    b.sync(server, user)  # B gets him back, with his conversation
    with b.open():
        assert _field("Bernd", "position") == "Vorstand"
        bernd_talks = one(
            "SELECT count(*) FROM conversation_contact cc JOIN contact c ON c.id = cc.contact_id "
            "WHERE c.first_name = 'Bernd'"
        )
    assert bernd_talks == 1
    a.sync(server, user)
    _same(a, b)
