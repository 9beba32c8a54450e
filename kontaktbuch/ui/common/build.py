"""Builders for what every view, form and dialog puts together the same way.

Widgets: a button with its name and action, a named line edit, a combo box that
does not ask for its longest choice's width, a minutes field. Layouts: a row of
widgets (a button row, a filter bar), a column of them with its margins, a panel
(a widget holding such a column), a list beside its detail in a splitter, and a
form that puts a field under its label in a narrow pane. One call says what the
screen shows, where the views used to spell out each setter and ``addWidget``;
the widgets and layouts are the same Qt ones with the same settings.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QWidget)
C = TypeVar("C", bound=QComboBox)
E = TypeVar("E", bound=QLineEdit)
# what a button runs: a function, or a signal it passes the click on to
Action = Callable[[], object] | SignalInstance
# ``set_choices``: choose again what was chosen before
KEEP = object()
# where :func:`add_item` keeps a line's data (an id, mostly)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


# --- widgets ---------------------------------------------------------------------


def named(widget: W, name: str, accessible: str = "", *, tip: str = "") -> W:
    """``widget`` with its object name (tests and style find it by it), the name a
    screen reader says, and a tooltip."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
    return widget


def heading(text: str = "", *, wrap: bool = True) -> QLabel:
    """A title above a form or a list, larger and bold so it reads as one."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def paragraph(text: str = "", *, name: str = "") -> QLabel:
    """A label that wraps its text onto as many lines as the width allows."""
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def button(
    text: str,
    action: Action | None = None,
    *,
    name: str = "",
    tip: str = "",
    icon: QIcon | None = None,
) -> QPushButton:
    """A push button that runs ``action`` when clicked."""
    widget = QPushButton(text) if icon is None else QPushButton(icon, text)
    if name:
        widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    if action is not None:
        widget.clicked.connect(action)
    return widget


def action_button(
    action: QAction, *, name: str, tip: str = "", icon: QIcon | None = None
) -> QPushButton:
    """A push button for a view's ``action`` (its shortcut, its context menu entry):
    the action's text, a click triggers it, and it is enabled when the action is, so
    button and key never disagree."""
    widget = button(action.text(), action.trigger, name=name, tip=tip, icon=icon)
    widget.setEnabled(action.isEnabled())
    action.enabledChanged.connect(widget.setEnabled)
    return widget


@overload
def line_edit(
    name: str, placeholder: str = "", accessible: str = "", *, clearable: bool = False
) -> QLineEdit: ...


@overload
def line_edit(
    name: str, placeholder: str = "", accessible: str = "", *, clearable: bool = False, edit: E
) -> E: ...


def line_edit(
    name: str,
    placeholder: str = "",
    accessible: str = "",
    *,
    clearable: bool = False,
    edit: QLineEdit | None = None,
) -> QLineEdit:
    """A one-line field (``edit``, or a new plain one) with its name and the grey text
    that says what to type; ``clearable`` adds the ✕ that empties it (filters)."""
    edit = edit if edit is not None else QLineEdit()
    named(edit, name, accessible)
    edit.setPlaceholderText(placeholder)
    if clearable:
        edit.setClearButtonEnabled(True)
    return edit


def compact(combo: C, chars: int = 14) -> C:
    """A combo box as wide as ``chars`` characters, not as its longest choice: a long
    network or event title would otherwise widen the whole pane."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def select_data(combo: QComboBox, data: object) -> None:
    """Select the choice that carries ``data``, or the first when none does."""
    combo.setCurrentIndex(max(0, combo.findData(data)))


def set_choices(
    combo: QComboBox,
    first: str,
    items: Iterable[tuple[object, str]],
    selected: object = KEEP,
) -> None:
    """Fill ``combo`` anew: ``first`` (all, none; its data is None), then ``items`` as
    (data, text). ``selected`` is chosen again, by default what was chosen before (the
    first when it is gone). Quietly: filling is not the user choosing."""
    if selected is KEEP:
        selected = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for data, text in items:
        combo.addItem(text, data)
    select_data(combo, selected)
    combo.blockSignals(False)


def spin_box(
    name: str, maximum: int, *, step: int = 1, suffix: str = "", accessible: str = ""
) -> QSpinBox:
    """A whole-number field from 0 to ``maximum`` (minutes, a count)."""
    spin = named(QSpinBox(), name, accessible)
    spin.setRange(0, maximum)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    return spin


def add_item(
    widget: QListWidget,
    text: str,
    data: object = None,
    *,
    checked: bool | None = None,
    role: int = ITEM_ROLE,
) -> QListWidgetItem:
    """Append a line carrying ``data`` (under ``role``) to a list; with ``checked``,
    a line the user ticks (checked or not to start with)."""
    item = QListWidgetItem(text)
    item.setData(role, data)
    if checked is not None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)
    return item


def checked_data(widget: QListWidget, role: int = ITEM_ROLE) -> list[Any]:
    """The data of the lines ticked in a list, top to bottom."""
    return [
        widget.item(i).data(role)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def say_if_empty(widget: QListWidget, text: str) -> None:
    """An empty list says why (greyed, not selectable) instead of being a blank box."""
    if not widget.count():
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)


def dialog_buttons(
    dialog: QDialog,
    action: str = "",
    *,
    refuse: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
    accept: Callable[[], object] | None = None,
) -> tuple[QDialogButtonBox, QPushButton]:
    """The row of a dialog's buttons: ``action`` (OK when none is named), which runs
    ``accept`` (the dialog's own by default), and ``refuse`` (Cancel), which rejects.
    Returns the row and the accepting button."""
    box = QDialogButtonBox(refuse)
    if action:
        ok = box.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    else:
        ok = box.addButton(QDialogButtonBox.StandardButton.Ok)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


# --- layouts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Stretch:
    """Empty room that grows (``QBoxLayout.addStretch``)."""

    factor: int = 1


@dataclass(frozen=True)
class Space:
    """A fixed gap in pixels (``QBoxLayout.addSpacing``)."""

    pixels: int


# the usual growing gap: what is after it goes to the far end of the row
STRETCH = Stretch()

# what a row or a column holds: a widget or a layout, either with a stretch
# factor as ``(item, factor)``, a growing gap or a fixed one
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | Stretch | Space

# margins of a layout: one number for all four sides, or (left, top, right, bottom)
Margins = int | tuple[int, int, int, int]


def fill(layout: QBoxLayout, items: Iterable[Item]) -> QBoxLayout:
    """Add ``items`` to ``layout`` in order; returns the layout."""
    for item in items:
        if isinstance(item, Stretch):
            layout.addStretch(item.factor)
        elif isinstance(item, Space):
            layout.addSpacing(item.pixels)
        else:
            widget, factor = item if isinstance(item, tuple) else (item, 0)
            if isinstance(widget, QLayout):
                layout.addLayout(widget, factor)
            else:
                layout.addWidget(widget, factor)
    return layout


def _margins(layout: QLayout, margins: Margins | None) -> None:
    if margins is None:  # the style's own
        return
    if isinstance(margins, int):
        layout.setContentsMargins(margins, margins, margins, margins)
    else:
        layout.setContentsMargins(*margins)


def row(*items: Item, margins: Margins | None = None, parent: QWidget | None = None) -> QHBoxLayout:
    """Widgets side by side: a button row, a filter bar (the layout of ``parent`` if one
    is given)."""
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _margins(layout, margins)
    fill(layout, items)
    return layout


def column(
    *items: Item, margins: Margins | None = None, parent: QWidget | None = None
) -> QVBoxLayout:
    """Widgets one above the other (the layout of ``parent`` if one is given)."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _margins(layout, margins)
    fill(layout, items)
    return layout


def panel(*items: Item, margins: Margins | None = 0) -> QWidget:
    """A widget holding ``items`` in a column: one side of a splitter, a stack's page
    (``margins=None``: the style's own, as a tab's page has)."""
    widget = QWidget()
    column(*items, margins=margins, parent=widget)
    return widget


def side_by_side(
    *widgets: QWidget,
    sizes: Sequence[int],
    stretch: Sequence[int] = (),
    collapsible: bool = False,
) -> QSplitter:
    """A list beside its detail: the user can move the border, never hide a side."""
    splitter = QSplitter()
    for widget in widgets:
        splitter.addWidget(widget)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(collapsible)
    return splitter


def scrolled(widget: QWidget, *, sideways: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its width; without
    ``sideways`` it never scrolls sideways (a narrow pane wraps its lines instead)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def scrolled_page(page: QWidget) -> QWidget:
    """Make ``page`` a scroll area (never sideways) around a widget of its own, and
    return that widget to put the page's contents in. A tab page gets no height for
    its wrapped lines from the tab widget; the scroll area gives them what they need
    however short the dialog is."""
    content = QWidget()
    column(scrolled(content, sideways=False), margins=0, parent=page)
    return content


def form(parent: QWidget | None = None, *, wrap: bool = True) -> QFormLayout:
    """Label and field in rows, the fields taking the width there is (on every style);
    with ``wrap``, a narrow pane puts a field under its label rather than cutting it off."""
    layout = QFormLayout(parent)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if wrap:
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout


def tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab walks ``widgets`` in the order given."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
