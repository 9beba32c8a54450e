"""Compound fields of the contact form: network memberships with roles, and a birthday
whose year may be unknown (a person tells the day and month far more often)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal.contacts import MembershipData
from kontaktbuch.ui.common.widgets import (
    ErrorLabel,
    mark_invalid,
)


class MembershipRows(QWidget):
    """The networks a contact belongs to, each with a role."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[int, str]] = []
        self._roles: list[str] = []
        self._rows: list[tuple[QWidget, QComboBox, QComboBox, list[dt.date | None]]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.error = ErrorLabel()
        self.add_button = QPushButton(self.tr("Add to network"))
        self.add_button.clicked.connect(lambda: self.add_row(None, "", focus=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        self._layout.addWidget(self.error)
        self._layout.addLayout(bottom)

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
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        network = QComboBox()
        network.setAccessibleName(self.tr("Network"))
        network.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        network.setMinimumContentsLength(12)
        for nid, name in self._choices:
            network.addItem(name, nid)
        if network_id is not None:
            index = network.findData(network_id)
            network.setCurrentIndex(max(index, 0))
        role_box = QComboBox()
        role_box.setEditable(True)
        role_box.addItems(self._roles)
        role_box.setCurrentText(role)
        role_box.setAccessibleName(self.tr("Role"))
        # An editable combo box always has a line edit; the stubs allow None.
        role_box.lineEdit().setPlaceholderText(self.tr("Role"))  # type: ignore[union-attr]
        role_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        role_box.setMinimumContentsLength(8)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Leave this network"))
        remove.setAccessibleName(self.tr("Leave this network"))
        layout.addWidget(network, 2)
        layout.addWidget(role_box, 1)
        layout.addWidget(remove)
        entry = (row, network, role_box, [since])
        self._rows.append(entry)
        self._layout.insertWidget(len(self._rows) - 1, row)
        network.currentIndexChanged.connect(lambda _i: self.changed.emit())
        role_box.currentTextChanged.connect(lambda _t: self.changed.emit())
        remove.clicked.connect(lambda: self._remove(entry))
        if focus:
            row.show()
            self.changed.emit()
            network.setFocus()

    def _drop(self, row: QWidget) -> None:
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()

    def _remove(self, entry: tuple[QWidget, QComboBox, QComboBox, list[dt.date | None]]) -> None:
        self._rows.remove(entry)
        self._drop(entry[0])
        self.changed.emit()

    def set_memberships(self, memberships: list[MembershipData]) -> None:
        for row, *_ in self._rows:
            self._drop(row)
        self._rows = []
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
        for i, (_row, network, _role, _since) in enumerate(self._rows):
            mark_invalid(network, errors.get(i))
        self.error.show_message("\n".join(errors[i] for i in sorted(errors)))


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        layout.addStretch(1)
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
