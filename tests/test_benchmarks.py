"""The benchmark's generator and helpers, at a tiny scale (no timings asserted)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import peewee as pw
import pytest

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


def test_nothing_slower_is_judged_against_the_code_before_in_the_same_run() -> None:
    """Import, archive and memory compare with the commit before issue 20 measured
    in the same run: a slower machine slows both, and only a real slowdown misses."""
    from benchmarks.run import judge_against

    rows = [
        Row("6 exchange", "import 10,000 vCards (empty journal), CPU", 6.0, "s", "", "miss"),
        Row("6 exchange", "archive export + restore (large), CPU", 13.0, "s", "", "pass"),
        Row("7 memory", "peak RSS, every view visited", 150.0, "MB", "", "pass"),
        Row("2 search", "search() per keystroke", 9.0, "ms", "< 50 ms", "pass"),
    ]
    before = {"vcard_import_cpu_s": 7.5, "archive_round_trip_cpu_s": 11.0, "peak_rss_mb": 150.0}
    judge_against(rows, before, "09d1236")
    assert [r.status for r in rows] == ["pass", "miss", "pass", "pass"]
    assert "11.0 s, same run" in rows[1].target and rows[1].note.startswith("1.18 × before")
    assert rows[3].target == "< 50 ms"


def test_the_code_before_is_taken_from_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import run

    root = Path(run.__file__).resolve().parents[1]
    known = subprocess.run(
        ["git", "-C", str(root), "cat-file", "-e", f"{run.BEFORE_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    if known.returncode != 0:
        pytest.skip("no git history in this checkout (a shallow clone or a tarball)")
    monkeypatch.setattr(generate, "OUT_DIR", tmp_path)
    code = run.before_root()
    assert code == tmp_path / f"before-{run.BEFORE_COMMIT}"
    assert (code / "kontaktbuch" / "exchange" / "vcard.py").exists()
    assert not (code / "kontaktbuch" / "exchange" / "vcard_component.py").exists()
