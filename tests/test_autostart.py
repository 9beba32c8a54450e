""" "Start with the session": the XDG autostart entry is written and removed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kontaktbuch import autostart


def test_entry_created_and_removed_in_xdg_config_home(tmp_path: Path) -> None:
    path = autostart.entry_path()
    assert path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / autostart.FILENAME
    assert not autostart.is_enabled()
    autostart.apply(True)
    assert autostart.is_enabled()
    text = path.read_text(encoding="utf-8")
    assert "Type=Application" in text and "Name=Kontaktbuch" in text
    assert f"{autostart.IN_TRAY_ENV}=1" in text
    autostart.apply(True)  # twice is harmless
    autostart.apply(False)
    assert not path.exists()
    assert autostart.disable() is False


def test_exec_line_quotes_paths_with_spaces(tmp_path: Path) -> None:
    autostart.enable(["/opt/Mein Kontaktbuch/kontaktbuch", "--lang", "de"])
    text = autostart.entry_path().read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == (
        f'Exec=env {autostart.IN_TRAY_ENV}=1 "/opt/Mein Kontaktbuch/kontaktbuch" --lang de'
    )
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run(
            [validator, str(autostart.entry_path())], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_relative_xdg_config_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/path")
    assert autostart.autostart_dir() == Path.home() / ".config" / "autostart"


def test_not_supported_on_windows_and_macos() -> None:
    assert not autostart.supported("win32")
    assert not autostart.supported("darwin")
    assert autostart.supported("linux")


def test_started_in_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(autostart.IN_TRAY_ENV, raising=False)
    assert not autostart.started_in_tray()
    monkeypatch.setenv(autostart.IN_TRAY_ENV, "1")
    assert autostart.started_in_tray()
