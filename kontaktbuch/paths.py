"""Where Kontaktbuch keeps its files: the single authority on every path.

Tests, the command line and the window all ask this module, so redirecting the
data folder in one place (``--data-dir`` or ``KONTAKTBUCH_DATA_DIR``) redirects
everything. Nothing here touches the disk until :func:`ensure_dirs` is called.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kontaktbuch import APP_NAME

DATA_DIR_ENV = "KONTAKTBUCH_DATA_DIR"
CONFIG_DIR_ENV = "KONTAKTBUCH_CONFIG_DIR"
DB_FILENAME = "kontaktbuch.sqlite"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one Kontaktbuch installation."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    overridden: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "kontaktbuch.lock"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    def ensure_dirs(self) -> None:
        """Create the folders, readable by the owner only (a journal is private)."""
        for folder in (self.data_dir, self.config_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Decide the paths: argument, then environment, then platform defaults.

    When the data folder is overridden, settings and caches live inside it too, so a
    test or a portable installation never reads or writes the user's real
    configuration. ``KONTAKTBUCH_CONFIG_DIR`` can still move the settings explicitly.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or None
    config_env = os.environ.get(CONFIG_DIR_ENV) or None
    if chosen:
        base = Path(chosen).expanduser().resolve()
        config = Path(config_env).expanduser().resolve() if config_env else base / "config"
        return Paths(data_dir=base, config_dir=config, cache_dir=base / "cache", overridden=True)
    config = (
        Path(config_env).expanduser().resolve()
        if config_env
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=config,
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def with_data_dir(paths: Paths, data_dir: Path) -> Paths:
    """The same installation with the database moved (a data folder chosen in settings)."""
    return Paths(
        data_dir=data_dir,
        config_dir=paths.config_dir,
        cache_dir=paths.cache_dir,
        overridden=paths.overridden,
    )
