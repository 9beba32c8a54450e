"""``kontaktbuch import …`` and ``kontaktbuch export …`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontaktbuch.app import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _contacts(capsys: pytest.CaptureFixture[str]) -> int:
    return json.loads(run_cli(capsys, "info", "--json")[1])["counts"]["contacts"]


def test_import_all_samples_with_merges(capsys, samples):
    code, out, err = run_cli(
        capsys, "import", "linkedin", str(samples / "linkedin-connections-2024.csv")
    )
    assert code == 0 and "5 new, 0 merged, 0 skipped" in out
    assert "line 10" in err and "without a name" in err
    code, out, _ = run_cli(capsys, "import", "vcard", str(samples / "apple-contacts-3.0.vcf"))
    assert code == 0
    assert "Possible duplicate: Anna Müller" in out and "0 new, 2 merged" in out
    assert _contacts(capsys) == 5


@pytest.mark.parametrize(("choice", "total"), [("skip", 5), ("keep", 7)])
def test_on_duplicate(capsys, samples, choice, total):
    run_cli(capsys, "import", "linkedin", str(samples / "linkedin-connections-2024.csv"))
    code, _out, _ = run_cli(
        capsys, "import", "vcard", str(samples / "apple-contacts-3.0.vcf"), "--on-duplicate", choice
    )
    assert code == 0
    assert _contacts(capsys) == total


def test_dry_run_changes_nothing(capsys, samples):
    code, out, _ = run_cli(
        capsys, "import", "linkedin", str(samples / "linkedin-connections-2018.csv"), "--dry-run"
    )
    assert code == 0 and "Dry run" in out and "2 new" in out
    assert _contacts(capsys) == 0


def test_unreadable_file_is_named_with_reason(capsys, tmp_path):
    path = tmp_path / "leer.csv"
    path.write_text("x\n")
    code, _, err = run_cli(capsys, "import", "linkedin", str(path))
    assert code == 1
    assert "leer.csv" in err and "First Name" in err and "Nothing was changed" in err


def test_export_and_archive_round_trip(capsys, tmp_path: Path):
    assert run_cli(capsys, "demo")[0] == 0
    files = {kind: tmp_path / f"out.{ext}" for kind, ext in
             (("vcard", "vcf"), ("archive", "json"), ("ics", "ics"), ("csv", "csv"))}  # fmt: skip
    for kind, path in files.items():
        code, out, _ = run_cli(capsys, "export", kind, str(path))
        assert code == 0 and str(path) in out
    code, out, _ = run_cli(
        capsys, "export", "vcard", str(tmp_path / "v3.vcf"), "--vcard-version", "3.0"
    )
    assert code == 0 and "VERSION:3.0" in (tmp_path / "v3.vcf").read_text(encoding="utf-8")
    # into a journal with data: refused without --yes, nothing changed
    code, _, err = run_cli(capsys, "import", "archive", str(files["archive"]))
    assert code == 1 and "--yes" in err
    code, out, _ = run_cli(capsys, "import", "archive", str(files["archive"]), "--yes")
    assert code == 0 and "previous state was saved" in out
    assert _contacts(capsys) == 60
    # into an empty journal
    other = tmp_path / "other"
    code, out, _ = run_cli(
        capsys, "--data-dir", str(other), "import", "archive", str(files["archive"])
    )
    assert code == 0 and "Archive restored" in out
    code, out, _ = run_cli(capsys, "--data-dir", str(other), "info", "--json")
    assert json.loads(out)["counts"]["conversations"] == 400
