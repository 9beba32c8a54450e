"""Drafts inside the journal: kept, replaced, deleted; the model matches its table."""

from __future__ import annotations

import peewee as pw

from kontaktbuch.journal import drafts
from kontaktbuch.store import models as m


def test_the_draft_model_matches_its_table(db: pw.SqliteDatabase) -> None:
    columns = {c.name: c for c in db.get_columns("draft")}
    fields = {f.column_name: f for f in m.Draft._meta.sorted_fields}
    assert set(columns) == set(fields)
    assert all(columns[name].null == field.null for name, field in fields.items())
    assert m.Draft not in m.ALL_MODELS  # a draft is no part of an archive


def test_a_draft_is_kept_replaced_and_deleted(db: pw.SqliteDatabase) -> None:
    assert drafts.load_draft("capture") is None and not drafts.has_draft("capture")
    drafts.save_draft("capture", {"entries": [{"notes": "Halb getippt – Müller"}]})
    drafts.save_draft("capture", {"entries": [{"notes": "Fertig getippt"}]})
    assert drafts.load_draft("capture") == {"entries": [{"notes": "Fertig getippt"}]}
    assert m.Draft.select().count() == 1
    drafts.delete_draft("capture")
    assert not drafts.has_draft("capture")


def test_a_damaged_draft_is_no_draft(db: pw.SqliteDatabase) -> None:
    m.Draft.create(name="capture", state="{not json")
    assert drafts.load_draft("capture") is None
