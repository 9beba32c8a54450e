"""Restore from backup: the automatic backups with date and size, and a safe restore.

Restoring replaces the whole journal, so the dialog asks once more and the store
takes a backup of the current state first (which then appears in this list, so
a restore can itself be undone).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.store import backup, migrations
from kontaktbuch.text.formatting import datetime_text
from kontaktbuch.ui.common.context import AppContext


class RestoreDialog(QDialog):
    """Lists the backups, newest first; Restore asks and then replaces the journal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored = False
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup. Restoring replaces everything in your journal with the "
                "state of that backup; the current state is saved as a backup first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = backup.list_backups(ctx.paths.backups_dir)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("File")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, info in enumerate(self.backups):
            self.table.setItem(row, 0, QTableWidgetItem(datetime_text(info.created)))
            size = QTableWidgetItem(locale.formattedDataSize(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, QTableWidgetItem(info.path.name))
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("There are no backups yet."))
        layout.addWidget(self.empty_label)
        self.empty_label.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()))
        )
        if self.backups:
            self.table.selectRow(0)

    def restore_selected(self) -> bool:
        from kontaktbuch.store.errors import StoreError
        from kontaktbuch.ui.common.errors import show_store_error

        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return False
        info = self.backups[min(rows)]
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in your journal with the backup of %1? "
                "The current state is saved as a backup first."
            ).replace("%1", datetime_text(info.created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            safety = backup.restore_backup(
                self.ctx.db,
                info.path,
                self.ctx.paths.backups_dir,
                max_schema=migrations.SCHEMA_VERSION,
                keep=self.ctx.settings.backups_to_keep,
            )
            migrations.migrate(self.ctx.db)
        except StoreError as exc:
            show_store_error(self, exc, self.tr("Restore failed"), critical=False)
            return False
        self.ctx.undo_stack.clear()
        self.ctx.events.notify("*")
        self.restored = True
        self.safety_backup = safety
        self.accept()
        return True
