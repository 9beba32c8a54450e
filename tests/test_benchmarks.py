"""The benchmark's generator and helpers, at a tiny scale (no timings asserted)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import peewee as pw

from benchmarks import generate, probes
from benchmarks.queries import QUERIES, keystrokes
from benchmarks.run import Row, format_table
from kontaktbuch.store import migrations
from kontaktbuch.store.db import open_database

SCALE = 0.01


def _fingerprint(path: Path) -> str:
    db = pw.SqliteDatabase(str(path))
    rows = db.execute_sql("SELECT id, occurred_at, notes FROM conversation ORDER BY id").fetchall()
    db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_generator_writes_the_scaled_counts_through_the_real_store(tmp_path: Path) -> None:
    path = tmp_path / "small.sqlite"
    summary = generate.generate(path, scale=SCALE)
    expected = generate.counts_for(SCALE)
    db = open_database(path)
    try:
        counts = {
            table: db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("contact", "network", "event", "conversation", "goal")
        }
        assert migrations.schema_version(db) == migrations.SCHEMA_VERSION
        notes = db.execute_sql("SELECT avg(length(notes)) FROM conversation").fetchone()[0]
        span = db.execute_sql(
            "SELECT min(occurred_at), max(occurred_at) FROM conversation"
        ).fetchone()
        linked = db.execute_sql("SELECT count(*) FROM goal_conversation").fetchone()[0]
        orphans = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    finally:
        db.close()
    assert counts == {
        "contact": expected["contacts"],
        "network": expected["networks"],
        "event": expected["events"],
        "conversation": expected["conversations"],
        "goal": expected["goals"],
    }
    assert summary.conversations == expected["conversations"]
    assert 250 <= notes <= 350  # "about 300 characters"
    assert span[0][:4] <= str(generate.TODAY.year - 9) and span[1][:4] == str(generate.TODAY.year)
    assert linked > 0 and summary.outcomes > 0 and summary.follow_ups > 0
    assert orphans == []


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    generate.generate(first, scale=SCALE)
    generate.generate(second, scale=SCALE)
    assert _fingerprint(first) == _fingerprint(second)


def test_cache_is_keyed_by_generator_scale_and_schema(tmp_path: Path) -> None:
    path = generate.ensure_journal(SCALE, tmp_path)
    assert f"g{generate.GENERATOR_VERSION}" in path.name
    assert f"s{migrations.SCHEMA_VERSION}" in path.name
    stamp = path.stat().st_mtime_ns
    assert generate.ensure_journal(SCALE, tmp_path) == path
    assert path.stat().st_mtime_ns == stamp  # reused, not regenerated


def test_vcards_file_has_every_card(tmp_path: Path) -> None:
    path = generate.write_vcards(tmp_path / "cards.vcf", count=25)
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 25 == text.count("END:VCARD")


def test_queries_and_fts_expressions() -> None:
    assert len(QUERIES) == 30
    assert keystrokes("Müller") == ["M", "Mü", "Mül", "Müll", "Mülle", "Müller"]
    assert probes.fts_match_expression('Rohde & "Schwarz') == '"Rohde"* "Schwarz"*'
    assert probes.fts_match_expression("-") == ""


def test_table_marks_missing_features() -> None:
    table = format_table(
        [
            Row("1 cold start", "ratio", 2.1, "x", "≤ 2.5 x", "pass"),
            Row("6 exchange", "import", None, "s", "< 10 s", "n/a (not available)"),
        ]
    )
    assert "pass" in table and "n/a (not available)" in table and "–" in table
