"""Start Kontaktbuch with the desktop session, so reminders arrive without a server.

On Linux and other freedesktop systems this is an XDG autostart entry in
``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``), written and removed by
the setting "Start with the session". Windows (a Run key or a Startup-folder
shortcut) and macOS (a login item) are not supported yet; :func:`supported`
tells the settings page to say so. No Qt here: the CLI and tests use it too.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

DESKTOP_ID = "de.kontaktbuch.Kontaktbuch"
FILENAME = f"{DESKTOP_ID}.desktop"
# set in the autostart entry so the app starts quietly in the tray
IN_TRAY_ENV = "KONTAKTBUCH_START_IN_TRAY"


def supported(platform: str | None = None) -> bool:
    """True where XDG autostart entries work (Linux and the BSDs)."""
    platform = platform or sys.platform
    return not platform.startswith(("win", "cygwin", "darwin"))


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart``, or ``~/.config/autostart`` (an empty or relative
    XDG_CONFIG_HOME is ignored, as the XDG specification says)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return config / "autostart"


def entry_path() -> Path:
    return autostart_dir() / FILENAME


def _quote(arg: str) -> str:
    """Quote one argument of an ``Exec`` line as the Desktop Entry spec wants."""
    if arg and all(c.isalnum() or c in "-_./=:+,@" for c in arg):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


def command() -> list[str]:
    """How to start this very installation: the frozen executable, the installed
    script, or the interpreter running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("kontaktbuch")
    if script:
        return [script]
    return [sys.executable, "-m", "kontaktbuch"]


def entry_text(cmd: list[str] | None = None) -> str:
    argv = ["env", f"{IN_TRAY_ENV}=1", *(cmd or command())]
    # Quoting first, then the string escape of the file format doubles backslashes.
    exec_line = " ".join(_quote(a).replace("%", "%%") for a in argv).replace("\\", "\\\\")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Kontaktbuch\n"
        "Comment=Reminders of your professional network\n"
        "Comment[de]=Erinnerungen an dein berufliches Netzwerk\n"
        f"Exec={exec_line}\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;ContactManagement;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(cmd: list[str] | None = None) -> Path:
    """Write the autostart entry (atomically); returns its path."""
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".desktop.part")
    tmp.write_text(entry_text(cmd), encoding="utf-8")
    tmp.replace(path)
    return path


def disable() -> bool:
    """Remove the autostart entry; True if there was one."""
    path = entry_path()
    if path.is_file():
        path.unlink()
        return True
    return False


def apply(enabled: bool) -> None:
    """Make the autostart entry match the setting (nothing happens where unsupported).

    Raises OSError when the folder cannot be written; the caller says so.
    """
    if not supported():
        return
    if enabled:
        enable()
    else:
        disable()


def started_in_tray() -> bool:
    """True when the session started us (the window then stays in the tray)."""
    return os.environ.get(IN_TRAY_ENV) == "1"
