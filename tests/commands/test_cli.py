"""The command line: one grammar, clear output, exit codes scripts can rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontaktbuch import __version__
from kontaktbuch.app import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_json_on_a_new_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run_cli(capsys, "--data-dir", str(tmp_path / "x"), "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["database"] == str((tmp_path / "x" / "kontaktbuch.sqlite").resolve())
    assert info["schema_version"] >= 2
    assert info["counts"]["contacts"] == 0


def test_demo_fills_once_and_refuses_a_second_time(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--lang", "en", "demo")
    assert code == 0 and "60 contacts" in out
    code, out, _ = run_cli(capsys, "info", "--json")
    counts = json.loads(out)["counts"]
    assert counts["contacts"] == 60 and counts["networks"] == 10
    assert counts["events"] == 25 and counts["conversations"] == 400 and counts["goals"] == 5
    code, _, err = run_cli(capsys, "--lang", "en", "demo")
    assert code == 1 and "already holds data" in err
    assert json.loads(run_cli(capsys, "info", "--json")[1])["counts"]["contacts"] == 60


def test_check_backup_and_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    code, out, _ = run_cli(capsys, "--lang", "en", "check")
    assert code == 0 and "good order" in out
    target = tmp_path / "mine.sqlite"
    code, out, _ = run_cli(capsys, "--lang", "en", "backup", str(target))
    assert code == 0 and target.exists()
    code, _, err = run_cli(capsys, "--lang", "en", "restore", str(tmp_path / "missing.sqlite"))
    assert code == 3 and "not a usable Kontaktbuch backup" in err
    code, out, _ = run_cli(capsys, "--lang", "en", "restore", str(target))
    assert code == 0 and "Restored" in out


def test_damaged_journal_gives_a_clear_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "broken"
    data.mkdir()
    (data / "kontaktbuch.sqlite").write_text("hello", encoding="utf-8")
    code, _, err = run_cli(capsys, "--data-dir", str(data), "--lang", "en", "info")
    assert code == 3
    assert "damaged" in err and "has not been changed" in err
    assert (data / "kontaktbuch.sqlite").read_text(encoding="utf-8") == "hello"


def test_german_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "--lang", "de", "restore", "/nonexistent/file.sqlite")
    assert code == 3
    assert "Sicherung" in err


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KONTAKTBUCH_DATA_DIR"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_module_entry_point_version(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kontaktbuch", "--version"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"Kontaktbuch {__version__}"


def test_startup_check_prints_milliseconds(tmp_path: Path) -> None:
    env = _env(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "kontaktbuch", "demo"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = subprocess.run(
        [sys.executable, "-m", "kontaktbuch", "--startup-check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert 0 < int(result.stdout.strip().splitlines()[-1]) < 60_000


@pytest.mark.parametrize(
    "command",
    [["stats", "--period", "2026"], ["search", "a", "--json"], ["info"]],
    ids=["stats", "search", "info"],
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    """``kontaktbuch stats | head``: no BrokenPipeError traceback, for any command."""
    env = _env(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "kontaktbuch", "demo"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with subprocess.Popen(
        [sys.executable, "-m", "kontaktbuch", "--lang", "en", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line is written
        err = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""
    assert code == 141
