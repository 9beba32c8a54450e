"""The import preview: who is new, who matches whom, and what to do with each.

Nothing is written before the user presses Import; every match offers merge,
keep both or skip, with "merge" preselected because it is what people usually
want when the same person comes from LinkedIn and the phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.exchange.importer import CHOICES, ImportPlan
from kontaktbuch.text.exchange_messages import describe_warning


class ImportPreviewDialog(QDialog):
    """Shows an :class:`ImportPlan` and records the user's choice per match in it."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        # Who comes in new, by name: the count alone said nothing about whom.
        new_people = [item.record for item in plan.items if not item.is_match]
        self.new_label = QLabel(self.tr("New in your journal:"))
        self.new_list = QListWidget()
        self.new_list.setObjectName("newContacts")
        self.new_list.setAccessibleName(self.tr("New in your journal"))
        for record in new_people:
            shown = record.display_name
            if record.organisation:
                shown += f" · {record.organisation}"
            self.new_list.addItem(shown)
        self.new_list.setMaximumHeight(130)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new_list)
        self.new_label.setVisible(bool(new_people))
        self.new_list.setVisible(bool(new_people))

        self._matches = plan.matches()
        self.matches_label = QLabel(self.tr("Perhaps already in your journal:"))
        layout.addWidget(self.matches_label)
        self.matches_label.setVisible(bool(self._matches))
        self.table = QTableWidget(len(self._matches), 4)
        self.table.setObjectName("matchTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("In the file"),
                self.tr("In your journal"),
                self.tr("Found by"),
                self.tr("What to do"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        reasons = {
            "email": self.tr("e-mail"),
            "link": self.tr("profile link"),
            "name": self.tr("similar name"),
        }
        choice_texts = {
            "merge": self.tr("Merge"),
            "keep": self.tr("Keep both"),
            "skip": self.tr("Skip"),
        }
        for row, item in enumerate(self._matches):
            record = item.record
            incoming = record.display_name
            if record.organisation:
                incoming += f" · {record.organisation}"
            self.table.setItem(row, 0, QTableWidgetItem(incoming))
            candidate = item.candidates[0]
            existing = candidate.name
            if candidate.organisation:
                existing += f" · {candidate.organisation}"
            if len(item.candidates) > 1:
                existing += " " + self.tr("(+%n more)", "", len(item.candidates) - 1)
            self.table.setItem(row, 1, QTableWidgetItem(existing))
            self.table.setItem(row, 2, QTableWidgetItem(reasons.get(candidate.reason, "")))
            combo = QComboBox()
            combo.setObjectName(f"choice_{row}")
            combo.setAccessibleName(
                self.tr("What to do with %1").replace("%1", record.display_name)
            )
            for code in CHOICES:
                combo.addItem(choice_texts[code], code)
            combo.setCurrentIndex(CHOICES.index(item.choice) if item.choice in CHOICES else 0)
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self._set_choice(r, c.currentData())
            )
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        layout.addWidget(self.table, 1)
        self.table.setVisible(bool(self._matches))

        if self._matches:
            all_row = QHBoxLayout()
            all_row.addWidget(QLabel(self.tr("For all matches:")))
            for code in CHOICES:
                button = QPushButton(choice_texts[code])
                button.setObjectName(f"all_{code}")
                button.clicked.connect(lambda _c=False, code=code: self.set_all(code))
                all_row.addWidget(button)
            all_row.addStretch(1)
            layout.addLayout(all_row)

        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        for warning in plan.warnings:
            self.warnings.addItem(describe_warning(warning))
        self.warnings.setMaximumHeight(110)
        if plan.warnings:
            layout.addWidget(QLabel(self.tr("Please note:")))
        layout.addWidget(self.warnings)
        self.warnings.setVisible(bool(plan.warnings))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_summary()

    def _set_choice(self, row: int, code: str) -> None:
        self._matches[row].choice = code
        self._update_summary()

    def set_all(self, code: str) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(CHOICES.index(code))

    def _update_summary(self) -> None:
        new = self.plan.new_count
        keep = sum(1 for i in self._matches if i.choice == "keep")
        merge = sum(1 for i in self._matches if i.choice == "merge")
        skip = sum(1 for i in self._matches if i.choice == "skip")
        lines = [
            self.tr("%n new contact(s)", "", new),
            self.tr("%n person(s) perhaps already in your journal", "", len(self._matches)),
        ]
        if self._matches:
            lines.append(
                self.tr("Will be merged: %1 · kept as new: %2 · skipped: %3")
                .replace("%1", str(merge))
                .replace("%2", str(keep))
                .replace("%3", str(skip))
            )
        self.summary.setText("<br>".join(lines))
        self.import_button.setEnabled(new + merge + keep > 0)


def ask_plan(parent: QWidget | None, plan: ImportPlan) -> bool:
    """Show the preview modally; True when the user pressed Import (tests replace this)."""
    dialog = ImportPreviewDialog(plan, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
