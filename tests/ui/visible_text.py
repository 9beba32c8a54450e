"""Every text a window shows, and what is wrong with it: shared by the mnemonic
and the visible-words tests.

:func:`shown_texts` walks a window (or dialog) and yields each text the user can
see — labels, buttons, group boxes, tabs, menus, column headers, list rows,
placeholders, tool tips — saying whether Qt reads an ``&`` in it as a mnemonic
marker. :func:`tour` puts the main window through every view, with an item
open where a view has one, so the walk sees the detail editors too.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # mightBeRichText lives here
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
#: rows of a list or table looked at (the first screenful is what a user sees)
ROWS = 40


@dataclass(frozen=True)
class Shown:
    """One text on screen."""

    where: str
    widget: str
    text: str
    #: Qt reads "&x" in it as a mnemonic (buttons, buddied labels, tabs, menus)
    mnemonic: bool


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def plain(text: str) -> str:
    """The text as read: rich text without its tags."""
    if QtGuiNamespace.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def without_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield Shown(where, f"QMenu({menu.title()})", action.text(), True)
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub, where)


def _item_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    name = _name(view)
    root = QModelIndex()
    # a list model's column count is private in Qt: one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(min(model.rowCount(root), ROWS)):
        for column in range(columns):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                continue
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value.strip():
                    yield Shown(where, name, value, False)


def shown_texts(top: QWidget, where: str) -> Iterator[Shown]:
    """Every text ``top`` shows, with its menus (a main window's) and column headers."""
    if top.windowTitle():
        yield Shown(where, "window title", top.windowTitle(), False)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            yield Shown(where, "QMenuBar", action.text(), True)
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from _menu_texts(sub, where)
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or isinstance(widget, QMenu):
            continue
        name = _name(widget)
        if widget.toolTip():
            yield Shown(where, name, widget.toolTip(), False)
        if isinstance(widget, QLabel):
            yield Shown(where, name, widget.text(), widget.buddy() is not None)
        elif isinstance(widget, QAbstractButton):
            yield Shown(where, name, widget.text(), True)
        elif isinstance(widget, QGroupBox):
            yield Shown(where, name, widget.title(), True)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield Shown(where, name, widget.tabText(index), True)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                value = model.headerData(section, widget.orientation())
                if isinstance(value, str):
                    yield Shown(where, name, value, False)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield Shown(where, name, widget.itemText(index), False)
        elif isinstance(widget, QAbstractItemView):
            yield from _item_texts(widget, where)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield Shown(where, name, widget.placeholderText(), False)


# --- what is wrong with a text ------------------------------------------------------


def stray_marker(shown: Shown) -> str | None:
    """A mnemonic marker the user sees: "Ziel&wert" where Qt does not read "&", or
    "& " (an underlined space, "_Netzwerke") where it does."""
    text = plain(shown.text)
    if shown.mnemonic:
        bare = shown.text.replace("&&", "")
        if re.search(r"&(\s|$)", bare):
            return "“& ” shows as an underlined space; write “&&” for an ampersand"
        return None
    if re.search(r"\w&\w", text) or re.search(r"(^|\s)&\w", text):
        return "a mnemonic marker “&” shown as it is"
    return None


def _normal(text: str) -> str:
    return without_mnemonic(text).strip().rstrip(":").strip()


def english_sources() -> dict[str, str]:
    """English source texts with a German translation of their own, mnemonics and
    colons removed, with that translation: a German window showing one of them shows
    English. (Words that are German too — "Name", "Import" — are left out: they are
    some text's German translation.)"""
    found: dict[str, str] = {}
    german_texts: set[str] = set()
    tree = ET.parse(I18N / "kontaktbuch_de.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        source, german = _normal(message.findtext("source") or ""), _normal(translation.text or "")
        german_texts.add(german)
        if len(source) < 3 or "%" in source or not german or german == source:
            continue
        found.setdefault(source, german)
    return {k: v for k, v in found.items() if k not in german_texts}


def _pieces(text: str) -> set[str]:
    """A text and its parts: rich text's elements, and the parts between separators."""
    pieces = {text}
    if QtGuiNamespace.mightBeRichText(text):
        pieces |= set(re.findall(r">([^<>]+)<", text))
        text = plain(text)
    pieces.add(text)
    for piece in list(pieces):
        pieces |= set(re.split(r"\s*(?:[·–|\n]|: )\s*", piece))
    return {_normal(p) for p in pieces}


def untranslated(shown: Shown, sources: dict[str, str]) -> str | None:
    """The English text of a German window, when a German one exists for it."""
    for piece in _pieces(shown.text):
        if piece in sources:
            return f"English “{piece}” (German: “{sources[piece]}”)"
    return None


def mnemonic_clashes(texts: list[Shown]) -> list[str]:
    """Alt+letters claimed twice in one window (menus' own entries are apart)."""
    seen: dict[str, Shown] = {}
    clashes: list[str] = []
    for shown in texts:
        if not shown.mnemonic or shown.widget.startswith("QMenu("):
            continue
        letter = mnemonic_of(shown.text)
        if letter is None:
            continue
        if letter in seen:
            first = seen[letter]
            clashes.append(
                f"{shown.where}: Alt+{letter.upper()} is “{first.text}” ({first.widget}) "
                f"and “{shown.text}” ({shown.widget})"
            )
        else:
            seen[letter] = shown
    return clashes


def menu_clashes(top: QMainWindow, where: str) -> list[str]:
    """Letters claimed twice inside one menu."""
    clashes: list[str] = []
    menus = [a.menu() for a in top.menuBar().actions()]
    for menu in menus:
        if not isinstance(menu, QMenu):
            continue
        texts = [Shown(where, menu.title(), a.text(), True) for a in menu.actions()]
        clashes += [c.replace("Alt+", "in the menu, ") for c in mnemonic_clashes(texts)]
        menus += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return clashes


# --- a tour of the window -------------------------------------------------------------


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _tab_pages(top: QWidget, where: str) -> Iterator[str]:
    """Each further page of the tab widgets ``top`` shows (the first is shown already)."""
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top) or tabs.count() < 2:
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            yield f"{where}, tab “{without_mnemonic(tabs.tabText(index))}”"
        tabs.setCurrentIndex(current)
        settle()


def tour(window: QMainWindow) -> Iterator[str]:
    """Show every view of the main window in turn (with an item open where the view has
    a detail pane, and each page of every tab widget); yields a name for each state."""
    first = {
        "contacts": [("contact", m.Contact)],
        "conversations": [("conversation", m.Conversation)],
        "goals": [("goal", m.Goal)],
    }
    for spec in VIEWS:
        view = window.show_view(spec.key)  # type: ignore[attr-defined]
        settle()
        yield spec.key
        yield from _tab_pages(view, spec.key)
        items = list(first.get(spec.key, ()))
        if spec.key == "events":
            items = [("event", m.Event), ("network", m.Network)]
        for kind, model in items:
            row = model.select().order_by(model.id).first()
            if row is not None and view.open_item(kind, row.id):
                settle()
                where = f"{spec.key} with the {kind} {row.id} open"
                yield where
                yield from _tab_pages(view, where)


def walk(window: QMainWindow, check: Callable[[list[Shown]], list[str]]) -> list[str]:
    """``check`` applied to every state of :func:`tour`."""
    problems: list[str] = []
    for where in tour(window):
        problems += check(list(shown_texts(window, where)))
    return problems


def dialogs(window: QMainWindow, ctx: AppContext) -> Iterator[tuple[str, QDialog]]:
    """The dialogs the window opens, each shown and filled as a user meets it: quick
    capture (a new event with goals to tick; editing), the goal form, merging and
    possible duplicates, an import's preview, the settings with every feature's
    pages."""
    from kontaktbuch.exchange import importer
    from kontaktbuch.journal import goals as G
    from kontaktbuch.ui.capture.dialog import CaptureDialog
    from kontaktbuch.ui.contacts.merge_dialog import DuplicatesDialog, MergeDialog
    from kontaktbuch.ui.exchange.preview import ImportPreviewDialog
    from kontaktbuch.ui.goals.dialog import GoalDialog
    from kontaktbuch.ui.settings_dialog import SettingsDialog

    def shown(dialog: QDialog) -> QDialog:
        dialog.show()
        settle()
        return dialog

    capture = CaptureDialog(ctx, window)
    capture.event_edit.setText("Stammtisch Gründerinnen")
    capture.event_fields.title_edit.textEdited.emit("Stammtisch Gründerinnen")
    yield "quick capture", shown(capture)
    capture.dirty = False
    capture.reject()
    conversation = m.Conversation.select().order_by(m.Conversation.id).first()
    if conversation is not None:
        edit = CaptureDialog(ctx, window, edit_id=conversation.id)
        yield "editing a conversation", shown(edit)
        edit.dirty = False
        edit.reject()
    goal = m.Goal.select().order_by(m.Goal.id).first()
    form = GoalDialog(G.get_goal(goal.id) if goal is not None else None, window)
    yield "the goal form", shown(form)
    form.reject()
    first, second = [c.id for c in m.Contact.select().order_by(m.Contact.id).limit(2)]
    merge = MergeDialog(first, second, window)
    yield "merging two contacts", shown(merge)
    merge.reject()
    twins = DuplicatesDialog(window)
    yield "possible duplicates", shown(twins)
    twins.reject()
    with tempfile.TemporaryDirectory() as folder:
        cards = Path(folder) / "cards.vcf"
        cards.write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yıldız;Kemal;;;\r\nFN:Kemal Yıldız\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Neu;Nora;;;\r\nFN:Nora Neu\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
        plan = importer.plan_import(importer.read_file("vcard", cards))
    preview = ImportPreviewDialog(plan, window)
    yield "the import preview", shown(preview)
    preview.reject()
    settings = SettingsDialog(ctx, window)
    for add_page in getattr(window, "settings_pages", []):
        add_page(settings)
    yield "settings", shown(settings)
    yield from ((f"settings, {where}", settings) for where in _tab_pages(settings, "settings"))
    settings.reject()
