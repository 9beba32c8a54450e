"""Where Kontaktbuch keeps its files: the single authority on every path.

Tests, the command line and the window all ask this module, so redirecting the
data folder in one place (``--data-dir`` or ``KONTAKTBUCH_DATA_DIR``) redirects
everything. Nothing here touches the disk until :func:`ensure_dirs` is called.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, overload

import platformdirs

from kontaktbuch import APP_NAME

DATA_DIR_ENV = "KONTAKTBUCH_DATA_DIR"
CONFIG_DIR_ENV = "KONTAKTBUCH_CONFIG_DIR"
DB_FILENAME = "kontaktbuch.sqlite"


class _Inside:
    """A file or folder of fixed name inside one of a :class:`Paths`' folders.

    Every such path is the same rule (folder / name), so each is one line naming
    its folder and its name, not a property each spelling the rule again.
    """

    def __init__(self, folder: Literal["data_dir", "config_dir", "cache_dir"], name: str) -> None:
        self.folder = folder
        self.name = name

    @overload
    def __get__(self, paths: None, owner: type[Paths]) -> _Inside: ...
    @overload
    def __get__(self, paths: Paths, owner: type[Paths]) -> Path: ...
    def __get__(self, paths: Paths | None, owner: type[Paths]) -> Path | _Inside:
        if paths is None:
            return self
        folder: Path = getattr(paths, self.folder)
        return folder / self.name


@dataclass(frozen=True)
class Paths:
    """The folders and files of one Kontaktbuch installation."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    overridden: bool = False

    database = _Inside("data_dir", DB_FILENAME)
    backups_dir = _Inside("data_dir", "backups")
    settings_file = _Inside("config_dir", "settings.json")
    lock_file = _Inside("data_dir", "kontaktbuch.lock")
    drafts_dir = _Inside("data_dir", "drafts")
    # The window's remembered first view (``ui/first_view.py``): names in plain
    # text, so encrypting the journal removes it (command line and window alike).
    first_view_file = _Inside("cache_dir", "first-view.json")

    def ensure_dirs(self) -> None:
        """Create the folders, readable by the owner only (a journal is private).

        Raises ``OSError`` when the data folder cannot be made. A settings or
        backups folder that cannot be made (a read-only data folder) is left out:
        reading the journal works without them, and what would write there says
        why it cannot.
        """
        private_folder(self.data_dir)
        if not os.stat(self.data_dir).st_mode & stat.S_IWUSR:
            return  # the user made it read-only: nothing is made in it (root could)
        for folder in (self.config_dir, self.backups_dir):
            try:
                private_folder(folder)
            except OSError:
                continue
            restrict_to_owner(folder)  # ours alone, whatever made it before


def private_folder(folder: Path) -> None:
    """Create ``folder`` and each missing parent, readable by the owner only.

    (``mkdir(parents=True)`` would make the parents with the default mode, 0755:
    the data folder was readable by everyone when the cache inside it came first.)
    """
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for part in reversed(missing):
        part.mkdir(mode=0o700, exist_ok=True)


def restrict_to_owner(path: Path) -> None:
    """Take group's and others' rights away from ``path`` (when it exists); never
    give any (a file the user made read-only stays read-only)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:  # e.g. a file system without modes, or not ours
        pass


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
