"""Files a user imports, as their machine really produces them (issue 16, points 1,
2, 3 and 11): re-saved by German Excel, with a stray NUL, empty, or no file at all
(a pipe, a device, a file far too large) — read right, or refused at once with
the reason, and nothing half imported."""

from __future__ import annotations

import csv
import io
import os
import time
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.exchange import importer, reading
from kontaktbuch.exchange.linkedin import parse_connections
from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.exchange.vcard import parse_vcard_bytes, read_vcards
from tests.reliability.conftest import make_journal, run_cli, run_cli_process

GERMAN_HEADER = ["Vorname", "Nachname", "URL", "E-Mail-Adresse", "Unternehmen", "Position",
                 "Verbunden am"]  # fmt: skip
EXPECTED = {"Anna Müller", "Jörg Schröder", "Sophie Wagner"}


def _rows(samples: Path) -> list[list[str]]:
    """The 2024 sample's header and rows (without LinkedIn's "Notes:" preamble)."""
    text = (samples / "linkedin-connections-2024.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    start = next(i for i, row in enumerate(rows) if row[:2] == ["First Name", "Last Name"])
    return rows[start:]


def _as_excel(rows: list[list[str]], delimiter: str, encoding: str, *, german: bool) -> bytes:
    """What Excel writes when the user opens the CSV and saves it again."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for number, row in enumerate(rows):
        if number == 0 and german:
            row = GERMAN_HEADER
        elif number and german and row[6]:  # Excel made "12 Mar 2024" a date: 12.03.2024
            day, month, year = row[6].split()
            months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                      "Nov", "Dec"]  # fmt: skip
            row = [*row[:6], f"{int(day):02d}.{months.index(month) + 1:02d}.{year}"]
        writer.writerow(row)
    return out.getvalue().encode(encoding, errors="replace")


@pytest.mark.parametrize(
    ("delimiter", "encoding", "german"),
    [
        (";", "cp1252", False),  # German Excel: "CSV (Trennzeichen-getrennt)"
        (";", "cp1252", True),  # … with LinkedIn's German header
        (";", "utf-8-sig", True),  # "CSV UTF-8"
        ("\t", "utf-16", False),  # "Unicode-Text": UTF-16 with BOM, tabs
        ("\t", "utf-16-le", True),  # UTF-16 without BOM
        (",", "cp1252", False),
    ],
)
def test_linkedin_csv_saved_again_by_excel(
    samples: Path, delimiter: str, encoding: str, german: bool
) -> None:
    data = _as_excel(_rows(samples), delimiter, encoding, german=german)
    parsed = parse_connections(data, "Connections.csv")
    names = {r.display_name for r in parsed.records}
    assert names >= EXPECTED and len(parsed.records) == 5
    assert [w.code for w in parsed.warnings] == ["nameless_row"]
    joerg = next(r for r in parsed.records if r.last_name == "Schröder")
    assert joerg.position == "Geschäftsführer, Inhaber"
    assert joerg.networks[0].since is not None and joerg.networks[0].since.year == 2024


def test_german_excel_csv_imports_on_the_command_line(
    capsys: pytest.CaptureFixture[str], samples: Path, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(_as_excel(_rows(samples), ";", "cp1252", german=True))
    code, out, err = run_cli(capsys, tmp_path / "data", "import", "linkedin", str(path))
    assert code == 0, err
    assert "5 new" in out


def test_a_nul_in_a_vcard_name_is_removed_and_said_and_the_rest_imported(samples: Path) -> None:
    raw = (samples / "apple-contacts-3.0.vcf").read_bytes()
    raw = raw.replace(b"N:M\xc3\xbcller;Anna", b"N:M\xc3\xbc\x00ller;An\x1bna", 1)
    parsed = parse_vcard_bytes(raw, "apple.vcf")
    names = [r.display_name for r in parsed.records]
    assert "Anna Müller" in names and len(names) == 2
    assert ("controls_removed", 1) in [(w.code, w.card) for w in parsed.warnings]


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00BEGIN:VCARD\x00\x00",
        b"BEGIN:VCARD\r\n" + b"\x00\x01\x02\x03" * 500,
    ],
)
def test_a_binary_file_is_still_refused(content: bytes) -> None:
    with pytest.raises(ExchangeError) as info:
        parse_vcard_bytes(content, "photo.vcf")
    assert info.value.code == "not_vcard"


def test_an_empty_vcf_says_it_is_empty(tmp_path: Path) -> None:
    for content in (b"", b"\r\n  \n", b"\xef\xbb\xbf"):
        path = tmp_path / "leer.vcf"
        path.write_bytes(content)
        with pytest.raises(ExchangeError) as info:
            read_vcards(path)
        assert info.value.code == "empty"


def test_a_folder_without_vcards_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "notizen"
    folder.mkdir()
    for i in range(5000):
        (folder / f"notiz-{i}.txt").write_text("Hallo", encoding="utf-8")
    code, _, err = run_cli(capsys, tmp_path / "data", "import", "vcard", str(folder))
    assert code == 1
    assert "no vCard (.vcf file) was found in this folder" in err
    assert "empty" not in err


def test_a_folder_skips_empty_vcf_files_and_pipes_and_says_so(
    db: pw.SqliteDatabase, samples: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "karten"
    folder.mkdir()
    (folder / "apple.vcf").write_bytes((samples / "apple-contacts-3.0.vcf").read_bytes())
    (folder / "leer.vcf").write_bytes(b"")
    os.mkfifo(folder / "pipe.vcf")
    parsed = read_vcards(folder)
    assert len(parsed.records) == 2
    assert {(w.code, w.source) for w in parsed.warnings} >= {
        ("empty_skipped", "leer.vcf"),
        ("not_regular_skipped", "pipe.vcf"),
    }


@pytest.mark.parametrize("kind", ["vcard", "linkedin", "archive"])
def test_a_pipe_is_refused_at_once_instead_of_waiting_forever(tmp_path: Path, kind: str) -> None:
    make_journal(tmp_path / "data", "Anna Müller")
    pipe = tmp_path / "import.pipe"
    os.mkfifo(pipe)
    started = time.monotonic()
    done = run_cli_process(tmp_path / "data", "import", kind, str(pipe), timeout=60)
    assert done.returncode == 1, done.stderr
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("kind", ["vcard", "linkedin", "archive"])
def test_a_device_without_end_is_refused_before_reading(tmp_path: Path, kind: str) -> None:
    make_journal(tmp_path / "data", "Anna Müller")
    done = run_cli_process(tmp_path / "data", "import", kind, "/dev/zero", memory_mib=1024)
    assert done.returncode == 1, done.stderr
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_a_pipe_offered_for_restore_is_refused(tmp_path: Path) -> None:
    make_journal(tmp_path / "data", "Anna Müller")
    pipe = tmp_path / "backup.sqlite"
    os.mkfifo(pipe)
    done = run_cli_process(tmp_path / "data", "restore", str(pipe), timeout=60)
    assert done.returncode == 3, done.stderr
    assert "not a regular file" in done.stderr


@pytest.mark.parametrize("kind", ["vcard", "linkedin", "archive"])
def test_a_file_over_the_limit_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    big = tmp_path / "big.file"
    with big.open("wb") as fh:  # sparse: no disk space, no time
        fh.truncate(reading.MAX_BYTES[kind] + 1)
    code, _, err = run_cli(capsys, tmp_path / "data", "import", kind, str(big))
    assert code == 1
    limit = str(reading.MAX_BYTES[kind] // reading.MIB)
    assert f"larger than {limit} MiB" in err


def test_an_overlong_value_in_an_import_names_the_card(tmp_path: Path) -> None:
    path = tmp_path / "lang.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Müller\r\nN:Müller;Anna;;;\r\nEND:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{'X' * 100_000};Bernd;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ExchangeError) as info:
        importer.read_file("vcard", path)
    assert info.value.code == "too_long_value" and info.value.card == 2
