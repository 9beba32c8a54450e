"""Messages in the user's language (issue 16, point 14): in the German interface a
problem is said in German; the technical words of Python, SQLite or the operating
system (English) only behind "Details" in the window, or in the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.store.errors import DamagedDatabaseError, StorageError
from kontaktbuch.text.i18n import install_translators
from tests.reliability.conftest import make_journal, run_cli

ENGLISH = ("Expecting value", "codec can't decode", "attempt to write", "Details:",
           "readonly database", "Nothing was changed", "malformed")  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "content", "german"),
    [
        ("archive", b"{kaputt", "kein Kontaktbuch-Archiv"),
        ("vcard", b"\xff\xfeB\x00E\x00G", "keine vCard-Datei"),
        ("vcard", b"BEGIN:VCARD\r\nFN:A\r\nohne Doppelpunkt\r\nEND:VCARD\r\n", "ohne „:“"),
        ("linkedin", b"Name;Firma\r\nAnna;X\r\n", "Kopfzeile"),
    ],
)
def test_import_problems_are_said_in_german_without_python_s_words(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    kind: str,
    content: bytes,
    german: str,
) -> None:
    bad = tmp_path / "kaputt.datei"
    bad.write_bytes(content)
    with caplog.at_level(logging.INFO):
        code, _, err = run_cli(capsys, tmp_path / "data", "import", kind, str(bad), lang="de")
    assert code == 1
    assert german in err and "Es wurde nichts geändert" in err
    assert not [word for word in ENGLISH if word in err], err


def test_storage_problems_are_said_in_german(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    path = make_journal(data, "Anna Müller")
    path.chmod(0o400)
    with caplog.at_level(logging.INFO):
        code, _, err = run_cli(capsys, data, "log", "--with", "Anna Müller", lang="de")
    assert code == 3
    assert "ist schreibgeschützt" in err and "chmod u+w" in err
    assert not [word for word in ENGLISH if word in err], err
    assert "read_only_file" not in err
    assert any("opened read-only" in r.getMessage() for r in caplog.records)  # the details


def test_the_window_shows_german_words_and_the_technical_ones_behind_details(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kontaktbuch.ui.common.errors import show_store_error
    from kontaktbuch.ui.exchange import _exchange_problem

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText()))
    )
    install_translators("de", tmp_path / "cache")
    full = StorageError(tmp_path / "j.sqlite", "database or disk is full", reason="full")
    show_store_error(None, full)
    damaged = DamagedDatabaseError(tmp_path / "j.sqlite", "database disk image is malformed")
    show_store_error(None, damaged)
    bad_json = ExchangeError(tmp_path / "a.json", "not_archive", line=1, detail="Expecting value")
    _exchange_problem(None, "Import", bad_json)  # type: ignore[arg-type]
    texts = [text for text, _ in shown]
    assert "Datenträger" in texts[0] and "ist voll" in texts[0]
    assert "beschädigt" in texts[1]
    assert "kein Kontaktbuch-Archiv" in texts[2]
    for text in texts:
        assert not [word for word in ENGLISH if word in text], text
    details = [d for _, d in shown]
    assert "database or disk is full" in details[0]
    assert "malformed" in details[1]
    assert details[2] == "Expecting value"
