"""Icons from the desktop theme, with our own fallbacks from ``resources/icons``."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kontaktbuch.resources_path import icon_path

# our name -> (freedesktop theme name, standard pixmap if no file ships)
_THEME = {
    "app": ("kontaktbuch", QStyle.StandardPixmap.SP_DesktopIcon),
    "contacts": ("x-office-address-book", QStyle.StandardPixmap.SP_DirHomeIcon),
    "conversations": ("mail-message", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    "events": ("x-office-calendar", QStyle.StandardPixmap.SP_FileDialogListView),
    "goals": ("emblem-important", QStyle.StandardPixmap.SP_DialogApplyButton),
    "reflection": ("office-chart-bar", QStyle.StandardPixmap.SP_FileDialogInfoView),
    "reminders": ("appointment-soon", QStyle.StandardPixmap.SP_MessageBoxInformation),
    "capture": ("document-new", QStyle.StandardPixmap.SP_FileIcon),
    "search": ("edit-find", QStyle.StandardPixmap.SP_FileDialogContentsView),
}


def icon(name: str) -> QIcon:
    theme_name, standard = _THEME.get(name, (name, QStyle.StandardPixmap.SP_FileIcon))
    for suffix in (".svg", ".png"):
        path = icon_path(name + suffix)
        if path.exists():
            fallback = QIcon(str(path))
            break
    else:
        style = QApplication.style()
        fallback = style.standardIcon(standard) if style is not None else QIcon()
    return QIcon.fromTheme(theme_name, fallback)
