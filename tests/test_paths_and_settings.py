"""Where data lives, how it is overridden, and settings with typed defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontaktbuch import paths
from kontaktbuch.settings import Settings


def test_argument_beats_environment(tmp_path: Path) -> None:
    chosen = paths.resolve(tmp_path / "mine")
    assert chosen.data_dir == (tmp_path / "mine").resolve()
    assert chosen.database.name == "kontaktbuch.sqlite"
    assert chosen.backups_dir == chosen.data_dir / "backups"


def test_environment_overrides_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    monkeypatch.delenv(paths.CONFIG_DIR_ENV)
    resolved = paths.resolve()
    assert resolved.overridden
    assert resolved.data_dir == (tmp_path / "env").resolve()
    # Settings follow an overridden data folder, never the user's real config.
    assert resolved.config_dir == resolved.data_dir / "config"


def test_platform_default_uses_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.delenv(paths.CONFIG_DIR_ENV)
    resolved = paths.resolve()
    assert not resolved.overridden
    assert str(resolved.data_dir).startswith(str(tmp_path / "xdg-data"))
    assert resolved.data_dir.name == "Kontaktbuch"
    assert str(resolved.config_dir).startswith(str(tmp_path / "xdg-config"))


def test_nothing_is_created_by_resolving(tmp_path: Path) -> None:
    resolved = paths.resolve(tmp_path / "nothing-yet")
    assert not resolved.data_dir.exists()
    resolved.ensure_dirs()
    assert resolved.backups_dir.is_dir()


def test_settings_round_trip_and_typed_defaults(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    s = Settings.load(file)
    assert s.backups_to_keep == 10 and s.language == "auto"
    s.language = "de"
    s.backups_to_keep = 5
    s.save(file)
    assert Settings.load(file).language == "de"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["backups_to_keep"] = "many"
    data["language"] = "klingon"
    file.write_text(json.dumps(data), encoding="utf-8")
    loaded = Settings.load(file)
    assert loaded.backups_to_keep == 10
    assert loaded.language == "auto"


def test_damaged_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    file.write_text("{ not json", encoding="utf-8")
    assert Settings.load(file) == Settings()
