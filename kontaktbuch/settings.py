"""User settings: one JSON file in the config folder, read through typed defaults.

Qt's QSettings would do, but a plain file keeps the settings readable by the CLI
and the tests without a QApplication, and a damaged file simply falls back to the
defaults instead of stopping the app.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kontaktbuch.paths import private_folder

log = logging.getLogger(__name__)

LANGUAGES = ("auto", "de", "en")


@dataclass
class Settings:
    """Every setting with its default. Later features add their fields here."""

    language: str = "auto"
    data_dir: str = ""
    backups_to_keep: int = 10
    window_geometry: str = ""
    window_state: str = ""
    last_view: str = "contacts"
    # Reminders and tray.
    keep_running_in_tray: bool = True
    tray_hint_shown: bool = False
    start_with_session: bool = False
    reminders_paused_until: str = ""
    # Reflection.
    reflection_interval: str = "monthly"
    finding_network_share: float = 0.25
    finding_low_enjoyment: float = 2.5
    finding_no_goal_share: float = 0.4
    finding_budget_overrun: float = 1.2
    # Reflection findings (goals and reflection panel).
    finding_high_enjoyment: float = 4.0
    finding_falling_periods: int = 3
    # Introductions: what the user offers and seeks (the profile proposals meet).
    profile_offers: str = ""
    profile_seeks: str = ""
    finding_budget_underuse: float = 0.5
    # Sync with the user's own server (the account itself lives in the journal).
    sync_interval_minutes: int = 15
    sync_after_changes: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; anything missing, mistyped or unreadable keeps its default."""
        settings = cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return settings
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s unreadable, using defaults: %s", path, exc)
            return settings
        if not isinstance(raw, dict):
            return settings
        for f in dataclasses.fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            default = getattr(settings, f.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool)
                value = float(value) if ok else value
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool)
            else:
                ok = isinstance(value, type(default))
            if ok:
                setattr(settings, f.name, value)
            else:
                log.warning("Setting %s has a wrong type, using default", f.name)
        if settings.language not in LANGUAGES:
            settings.language = "auto"
        settings.backups_to_keep = max(1, min(settings.backups_to_keep, 1000))
        return settings

    def save(self, path: Path) -> None:
        """Write atomically, so a crash or a full disk never leaves half a file."""
        private_folder(path.parent)
        data = json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
