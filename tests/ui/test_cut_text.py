"""The cut-text finder itself: it must see cut text, and not cry wolf."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.cut_text import cut_texts

LONG = "Gesprächsprotokolle der Veranstaltungen und Netzwerke"


def show(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    top = QWidget()
    layout = QVBoxLayout(top)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(top)
    top.resize(600, 400)
    top.show()
    qtbot.waitExposed(top)
    return top


def test_whole_texts_pass(qtbot: QtBot) -> None:
    wrapped = QLabel(LONG * 3)
    wrapped.setWordWrap(True)
    top = show(qtbot, QLabel(LONG), QPushButton("OK"), wrapped)
    assert cut_texts(top) == []


def test_narrow_label_and_button_are_found(qtbot: QtBot) -> None:
    label = QLabel(LONG)
    label.setObjectName("narrowLabel")
    label.setFixedWidth(80)
    button = QPushButton(LONG)
    button.setFixedWidth(80)
    top = show(qtbot, label, button)
    problems = cut_texts(top)
    assert any("narrowLabel" in p for p in problems)
    assert any("QPushButton" in p for p in problems)


def test_squeezed_wrapped_label_is_found(qtbot: QtBot) -> None:
    label = QLabel(LONG * 4)
    label.setWordWrap(True)
    label.setFixedSize(200, 20)
    assert cut_texts(show(qtbot, label))


def test_unbreakable_word_in_wrapped_label_is_found(qtbot: QtBot) -> None:
    label = QLabel("Rechtsschutzversicherungsgesellschaften " * 2)
    label.setWordWrap(True)
    label.setFixedWidth(120)
    assert any("word" in p for p in cut_texts(show(qtbot, label)))


def test_cut_tab_and_column_header_are_found(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    tabs.setFixedWidth(200)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    tabs.tabBar().setExpanding(False)
    for _ in range(3):
        tabs.addTab(QWidget(), LONG)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels([LONG, "x"])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 40)
    top = show(qtbot, tabs, table)
    problems = cut_texts(top)
    assert any("tab" in p for p in problems)
    assert any("column" in p for p in problems)


def test_wrapping_list_items_pass_when_whole_and_fail_when_cut(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListWidget

    whole = QListWidget()
    whole.setWordWrap(True)
    whole.setFixedWidth(150)
    whole.addItems(["Kontakte", "Veranstaltungen & Netzwerke"])
    assert cut_texts(show(qtbot, whole), lists=(whole,)) == []
    narrow = QListWidget()
    narrow.setWordWrap(True)
    narrow.setFixedWidth(70)
    narrow.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    narrow.addItems(["Veranstaltungen & Netzwerke"])
    assert any("a word needs" in p for p in cut_texts(show(qtbot, narrow), lists=(narrow,)))
