"""The stored sort key of contacts' names (migration 4) sorts as people do and
stays in step with every writer: saving, renaming, deleting, undoing, raw SQL."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal.contacts import ContactData, ContactFilter
from kontaktbuch.journal.names import fold
from kontaktbuch.paths import Paths
from kontaktbuch.store import migrations
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database

NOW = dt.datetime(2026, 11, 26, 10, 0)

NAMES = [
    ("Anna", "Müller"),
    ("Bernd", "Mueller"),
    ("Carla", "MÜLLER"),
    ("Kemal", "Yıldız"),
    ("Zeynep", "İnce"),
    ("Ömer", "Şahin"),
    ("Jürgen", "Groß"),
    ("Émile", "Zola"),
    ("Łukasz", "Wałęsa"),
    ("Anna-Lena", "O'Brien"),
    ("Søren", "Kierkegaard"),
    ("Zoë", "Ångström"),
    ("Dörte", ""),
    ("", "Zimmermann"),
    ("Jiří", "Dvořák"),
]


def _keys() -> dict[int, str]:
    rows = m.database_proxy.execute_sql(
        f"SELECT contact_id, name FROM {migrations.CONTACT_SORT_TABLE}"
    ).fetchall()
    return {int(cid): name for cid, name in rows}


def _expected(first: str, last: str, organisation: str = "") -> str:
    source = f"{last} {first}" if last else (first or organisation)
    return fold(source) or "~"


def test_key_is_the_folded_name_for_every_writer(db: pw.SqliteDatabase) -> None:
    ids = {
        c.save_contact(ContactData(first_name=first, last_name=last)): (first, last)
        for first, last in NAMES
    }
    org = c.save_contact(ContactData(organisation="Rohde & Schwarz"))
    keys = _keys()
    for cid, (first, last) in ids.items():
        assert keys[cid] == _expected(first, last), (first, last)
    assert keys[org] == "rohde & schwarz"  # fold would drop "&": both sort the same place

    # A rename through the journal, and one through raw SQL (the CLI, an import).
    anna = next(i for i, n in ids.items() if n == ("Anna", "Müller"))
    data = c.load_contact(anna)
    data.last_name = "Çelik"
    c.save_contact(data)
    db.execute_sql("UPDATE contact SET first_name = 'Ünal' WHERE id = ?", (anna,))
    assert _keys()[anna] == "celik uenal"
    # Other changes leave the key alone; a name cleared falls back to the organisation.
    db.execute_sql(
        "UPDATE contact SET notes = 'x', first_name = '', last_name = '' WHERE id = ?", (anna,)
    )
    assert _keys()[anna] == "~"

    snapshot = c.delete_contacts([org, anna])
    assert org not in _keys() and anna not in _keys()
    c.restore(snapshot)  # undo
    assert _keys()[org] == "rohde & schwarz" and _keys()[anna] == "~"
    assert len(_keys()) == m.Contact.select().count()


def test_names_sort_with_their_spellings_and_no_name_last(db: pw.SqliteDatabase) -> None:
    for first, last in NAMES:
        c.save_contact(ContactData(first_name=first, last_name=last))
    c.save_contact(ContactData(organisation="😀"))  # no letters: after everyone
    names = [r.name for r in c.list_contacts(ContactFilter(), NOW)]
    assert names.index("Anna Müller") < names.index("Bernd Mueller") < names.index("Carla MÜLLER")
    assert names.index("Carla MÜLLER") < names.index("Zimmermann") < names.index("Émile Zola")
    assert names.index("Jiří Dvořák") < names.index("Jürgen Groß") < names.index("Zeynep İnce")
    assert names.index("Søren Kierkegaard") < names.index("Anna Müller")
    assert names[-1] == "😀"
    backwards = [r.name for r in c.list_contacts(ContactFilter(), NOW, descending=True)]
    assert backwards == names[::-1]


def test_first_page_is_read_from_the_index(
    db: pw.SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list must not fold and sort every contact for each page (10,000 of them)."""
    c.save_contact(ContactData(first_name="Anna", last_name="Müller"))
    plans: list[str] = []
    original = db.execute_sql

    def explain(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        if migrations.CONTACT_SORT_TABLE in sql and "ORDER BY" in sql:
            rows = original("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", explain)
    first = c.list_contacts(ContactFilter(), NOW, limit=1)
    c.list_contacts(ContactFilter(), NOW, after=(first[0].key, first[0].id), descending=True)
    assert len(plans) == 2
    for plan in plans:
        assert f"INDEX {migrations.CONTACT_SORT_TABLE}_name_id" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_an_older_journal_gets_the_keys_of_its_contacts(app_paths: Paths) -> None:
    shutil.copy(
        Path(__file__).parents[1] / "store" / "fixtures" / "schema1.sqlite", app_paths.database
    )
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    try:
        assert _keys()[1] == "schroeder joerg"  # Dr. Jörg Schröder
        assert len(_keys()) == m.Contact.select().count()
    finally:
        database.close()
