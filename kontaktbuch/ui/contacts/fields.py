"""Compound fields of the contact form: network memberships with roles, and a birthday
whose year may be unknown (a person tells the day and month far more often)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from kontaktbuch.journal.contacts import MembershipData
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.widgets import EditableRows, remove_button


class MembershipRows(EditableRows[tuple[QWidget, QComboBox, QComboBox, list[dt.date | None]]]):
    """The networks a contact belongs to, each with a role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add to network"), parent)
        self._choices: list[tuple[int, str]] = []
        self._roles: list[str] = []
        self.add_button.clicked.connect(lambda: self.add_row(None, "", focus=True))

    def set_choices(self, choices: list[tuple[int, str]], roles: list[str]) -> None:
        self._choices = choices
        defaults = [self.tr("Member"), self.tr("Board")]
        self._roles = list(dict.fromkeys([*defaults, *roles]))
        self.add_button.setEnabled(bool(choices))

    def add_row(
        self,
        network_id: int | None,
        role: str,
        since: dt.date | None = None,
        *,
        focus: bool = False,
    ) -> None:
        row = QWidget()
        network = build.named(build.compact(QComboBox(), 12), "", self.tr("Network"))
        for nid, name in self._choices:
            network.addItem(name, nid)
        if network_id is not None:
            build.select_data(network, network_id)
        role_box = build.named(build.compact(QComboBox(), 8), "", self.tr("Role"))
        role_box.setEditable(True)
        role_box.addItems(self._roles)
        role_box.setCurrentText(role)
        # An editable combo box always has a line edit; the stubs allow None.
        role_box.lineEdit().setPlaceholderText(self.tr("Role"))  # type: ignore[union-attr]
        remove = remove_button(self.tr("Leave this network"))
        build.row((network, 2), (role_box, 1), remove, margins=0, parent=row)
        self._append((row, network, role_box, [since]), remove)
        network.currentIndexChanged.connect(lambda _i: self.changed.emit())
        role_box.currentTextChanged.connect(lambda _t: self.changed.emit())
        if focus:
            row.show()
            self.changed.emit()
            network.setFocus()

    def set_memberships(self, memberships: list[MembershipData]) -> None:
        self._clear()
        for ms in memberships:
            if not any(nid == ms.network_id for nid, _ in self._choices):
                self._choices.append((ms.network_id, ms.network_name))
            self.add_row(ms.network_id, ms.role, ms.since)
        self.show_errors({})

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for _row, network, role, _since in self._rows:
            chain += [network, role]
        return [*chain, self.add_button]

    def memberships(self) -> list[MembershipData]:
        result = []
        for _row, network, role, since in self._rows:
            if network.currentData() is not None:
                result.append(
                    MembershipData(
                        int(network.currentData()),
                        role.currentText(),
                        since[0],
                        network.currentText(),
                    )
                )
        return result

    def show_errors(self, errors: dict[int, str]) -> None:
        self._show_problems([network for _row, network, _role, _since in self._rows], errors)


class BirthdayEdit(QWidget):
    """Day and month, and the year only if known (29 February needs no year)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QSpinBox()
        self.day.setRange(0, 31)
        self.day.setSpecialValueText("–")
        self.day.setAccessibleName(self.tr("Day"))
        self.month = QComboBox()
        self.month.addItem("–", None)
        locale = QLocale()
        for month in range(1, 13):
            self.month.addItem(
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month
            )
        self.month.setAccessibleName(self.tr("Month"))
        self.year = QSpinBox()
        self.year.setRange(1899, dt.date.today().year)
        self.year.setSpecialValueText(self.tr("no year"))
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setGroupSeparatorShown(False)
        build.row(self.day, self.month, self.year, build.STRETCH, margins=0, parent=self)
        self.setFocusProxy(self.day)
        self.day.valueChanged.connect(lambda _v: self.changed.emit())
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())

    def set_value(self, day: int | None, month: int | None, year: int | None) -> None:
        self.day.setValue(day or 0)
        self.month.setCurrentIndex(month or 0)
        self.year.setValue(year or self.year.minimum())

    def value(self) -> tuple[int | None, int | None, int | None]:
        year = self.year.value()
        return (
            self.day.value() or None,
            self.month.currentData(),
            None if year == self.year.minimum() else year,
        )
