"""Icons from the desktop theme, with our own fallbacks from ``resources/icons``.

The fallbacks are SVGs (sharp at any scale and device pixel ratio) in mid-tone
colours with a dark outline, so they read on light and on dark palettes. The app
icon also carries a variant drawn for 16 px, used where Qt asks for tiny sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from kontaktbuch.resources_path import icon_path

APP_ID = "de.kontaktbuch.Kontaktbuch"

# our name -> (freedesktop theme name, QStyle's standard pixmap if no file ships;
# named, not QStyle's enum: QStyle's type costs 5 ms of the start, and files ship)
_THEME = {
    "app": (APP_ID, "SP_DesktopIcon"),
    "contacts": ("x-office-address-book", "SP_DirHomeIcon"),
    "conversations": ("mail-message", "SP_FileDialogDetailedView"),
    "events": ("x-office-calendar", "SP_FileDialogListView"),
    "goals": ("emblem-important", "SP_DialogApplyButton"),
    "reflection": ("office-chart-bar", "SP_FileDialogInfoView"),
    "reminders": ("appointment-soon", "SP_MessageBoxInformation"),
    "capture": ("document-new", "SP_FileIcon"),
    "search": ("edit-find", "SP_FileDialogContentsView"),
    "introductions": ("system-users", "SP_DialogYesButton"),
    "graph": ("network-workgroup", "SP_DriveNetIcon"),
}
# our name -> file stem in resources/icons, where it differs
_FILES = {"app": "kontaktbuch"}


def app_icon() -> QIcon:
    """Our own app icon: the SVG, plus the variant drawn for 16–24 px."""
    result = QIcon(str(icon_path("kontaktbuch.svg")))
    small = icon_path("kontaktbuch-16.svg")
    if small.exists():
        for size in (16, 22, 24):
            result.addFile(str(small), QSize(size, size))
    return result


def icon(name: str) -> QIcon:
    theme_name, standard = _THEME.get(name, (name, "SP_FileIcon"))
    if name == "app":
        # the app's identity: never replaced by a theme's generic icon
        # (installed by packaging/install-linux.sh or a package, else our own files)
        return QIcon.fromTheme(theme_name) if QIcon.hasThemeIcon(theme_name) else app_icon()
    stem = _FILES.get(name, name)
    for suffix in (".svg", ".png"):
        path = icon_path(stem + suffix)
        if path.exists():
            fallback = QIcon(str(path))
            break
    else:
        from PySide6.QtWidgets import QApplication, QStyle

        style = QApplication.style()
        pixmap = getattr(QStyle.StandardPixmap, standard)
        fallback = style.standardIcon(pixmap) if style is not None else QIcon()
    return QIcon.fromTheme(theme_name, fallback)
