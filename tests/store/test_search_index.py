"""The live search-index definition agrees with migration 3, and bulk writes keep it right."""

from __future__ import annotations

import pytest

from kontaktbuch.journal.search import search
from kontaktbuch.store import models as m
from kontaktbuch.store import search_index
from kontaktbuch.store.models import database_proxy


def _triggers(db) -> dict[str, str]:
    """The search index's triggers (other triggers, e.g. the sort names', are not its)."""
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'fts%'"
    )
    return dict(rows.fetchall())


def _index_content(db) -> dict[str, list[tuple]]:
    return {
        index: db.execute_sql(f"SELECT rowid, * FROM {index} ORDER BY rowid").fetchall()
        for index in search_index.FTS_TABLES
    }


def test_live_triggers_are_the_migrated_ones(db):
    """Triggers created again after a bulk write are exactly what migration 3 made."""
    migrated = _triggers(db)
    live = {name: sql.replace(" IF NOT EXISTS", "", 1) for name, sql in search_index.TRIGGERS}
    assert live == migrated


def test_rebuild_gives_what_the_triggers_gave(demo_db):
    """The one-statement rebuild fills the index exactly as the per-row triggers did."""
    before = _index_content(demo_db)
    assert before["fts_contact"] and before["fts_conversation"]
    with database_proxy.atomic():
        search_index.rebuild(demo_db)
    assert _index_content(demo_db) == before
    # The fill's settings are FTS5's defaults again for the writes that follow.
    for index in search_index.FTS_TABLES:
        settings = dict(demo_db.execute_sql(f"SELECT k, v FROM {index}_config").fetchall())
        assert (settings["automerge"], settings["hashsize"]) == (4, 1 << 20)


def test_rebuild_spells_out_what_the_triggers_spell_out(db):
    """The fill looks for the letters the tokenizer keeps its own way (``fill_sql``);
    it must find exactly the entries the triggers give an ``alt``."""
    texts = ["Yıldız", "Søren Ærø", "Œuvre", "ØRESUND", "æ", "Straße", "Ä ö ü", "", "ı"]
    for number, text in enumerate(texts):
        contact = m.Contact.create(first_name=text, notes=texts[-1 - number])
        conversation = m.Conversation.create(notes=f"x{text}y", occurred_at="2026-01-01 11:00")
        m.ConversationContact.create(conversation=conversation, contact=contact)
        m.Outcome.create(conversation=conversation, text=texts[number - 1])
        m.Event.create(title=text, place="Ø" if number % 2 else "", starts_at="2026-01-01 10:00")
    before = _index_content(db)
    # six notes, and the conversation "xStraßey" with the outcome "æ"
    assert sum(1 for row in before["fts_conversation"] if row[-1]) == 7
    for index in search_index.FTS_TABLES:
        assert "GLOB" not in search_index.fill_sql(index)
    with database_proxy.atomic():
        search_index.rebuild(db)
    assert _index_content(db) == before


def test_bulk_write_updates_the_index_once_and_restores_the_triggers(db):
    with database_proxy.atomic(), search_index.deferred_index(db) as index:
        assert not any(n.startswith("fts_") for n in _triggers(db))
        contact = m.Contact.create(first_name="Jürgen", last_name="Großmann")
        m.ContactEmail.create(contact=contact, address="jg@beispiel.de")
        index.touch("fts_contact", contact.id)
    assert [h.item_id for h in search("Großmann") if h.kind == "contact"] == [contact.id]
    assert [h.item_id for h in search("beispiel") if h.kind == "contact"] == [contact.id]
    assert set(_triggers(db)) == {name for name, _sql in search_index.TRIGGERS}
    # The triggers work again: a later edit is found without any rebuild.
    m.Contact.update(last_name="Kleinmann").where(m.Contact.id == contact.id).execute()
    assert [h.item_id for h in search("Kleinmann") if h.kind == "contact"] == [contact.id]
    assert search("Großmann") == []


def test_failed_bulk_write_keeps_the_old_index_and_triggers(db):
    m.Contact.create(first_name="Anna", last_name="Alt")
    with (
        pytest.raises(RuntimeError),
        database_proxy.atomic(),
        search_index.deferred_index(db) as index,
    ):
        index.everything()
        m.Contact.delete().execute()
        raise RuntimeError("cancelled")
    assert set(_triggers(db)) == {name for name, _sql in search_index.TRIGGERS}
    assert [h.title for h in search("Alt")] == ["Anna Alt"]
    m.Contact.create(first_name="Bert", last_name="Neu")
    assert [h.title for h in search("Neu")] == ["Bert Neu"]


def test_bulk_write_needs_a_transaction(db):
    with pytest.raises(RuntimeError), search_index.deferred_index(db):
        pass  # pragma: no cover
