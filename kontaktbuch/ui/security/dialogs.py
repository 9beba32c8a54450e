"""The passphrase dialogs: unlock at start, choose a new one, confirm the current one.

The dialogs only collect and check what was typed (length, both entries alike, the
warning acknowledged); opening and converting the journal is the caller's work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.store.cipher import MIN_PASSPHRASE_LENGTH
from kontaktbuch.ui.security import keyring_store


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _bold(label: QLabel) -> QLabel:
    """Bold through the font (not a style sheet), so a wrapped label's height is
    measured with the bold glyphs and no line is cut."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _grown_to_fit(layout: QVBoxLayout) -> QVBoxLayout:
    """The dialog never smaller than its wrapped lines need (a longer translation,
    a message shown later)."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    return layout


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def forgotten_warning() -> str:
    from kontaktbuch.text.i18n import translate

    return translate(
        "security",
        "Nobody can recover a forgotten passphrase – not Kontaktbuch, not its makers, "
        "not anyone. Without it your journal and its backups cannot be opened. Keep it "
        "somewhere safe.",
    )


class UnlockDialog(QDialog):
    """Asked at start for an encrypted journal: the passphrase, and whether to
    remember it in the system keyring (off unless it was remembered before)."""

    def __init__(
        self, *, remembered: bool = False, note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Kontaktbuch"))
        self.setMinimumWidth(440)
        layout = _grown_to_fit(QVBoxLayout(self))
        layout.addWidget(
            _wrapped(self.tr("Your journal is encrypted. Enter its passphrase to open it."))
        )
        form = QFormLayout()
        self.passphrase = _secret_field("unlockPassphrase")
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
        self.remember.setObjectName("rememberPassphrase")
        self.remember.setChecked(remembered)
        self.remember.setEnabled(keyring_store.available())
        layout.addWidget(self.remember)
        self.remember_hint = _wrapped(
            self.tr(
                "Then Kontaktbuch opens without asking while you are logged in to this computer."
            )
            if keyring_store.available()
            else self.tr("There is no system keyring on this computer.")
        )
        layout.addWidget(self.remember_hint)
        self.message = _bold(_wrapped(note, "unlockMessage"))
        self.message.setVisible(bool(note))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.unlock_button: QPushButton = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.quit_button: QPushButton = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.unlock_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.unlock_button.setEnabled(bool(t)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.adjustSize()  # room for the message's lines


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (encrypt) or a new one (change, with the current one)."""

    def __init__(self, *, change: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(
            self.tr("Change the passphrase") if change else self.tr("Encrypt the journal")
        )
        self.setMinimumWidth(500)
        layout = _grown_to_fit(QVBoxLayout(self))
        if not change:
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "Your journal and its backups will be encrypted with a passphrase. "
                        "Without it nobody can read them – on a stolen laptop or in a "
                        "backup folder in the cloud."
                    )
                )
            )
        layout.addWidget(_bold(_wrapped(forgotten_warning(), "forgottenWarning")))
        form = QFormLayout()
        self.current: QLineEdit | None = None
        if change:
            self.current = _secret_field("currentPassphrase")
            form.addRow(self.tr("&Current passphrase:"), self.current)
        self.first = _secret_field("newPassphrase")
        self.second = _secret_field("repeatPassphrase")
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        layout.addLayout(form)
        self.understood = QCheckBox(self.tr("I have &understood the warning above"))
        self.understood.setObjectName("understoodForgotten")
        layout.addWidget(self.understood)
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
        self.remember.setObjectName("rememberPassphrase")
        self.remember.setEnabled(keyring_store.available())
        layout.addWidget(self.remember)
        layout.addWidget(
            _wrapped(self.tr("Exports (vCard, archive, calendar, CSV) are not encrypted."))
        )
        self.problem = _wrapped("", "passphraseProblem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Change") if change else self.tr("Encrypt"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("passphraseOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.first, self.second, *([self.current] if self.current else [])):
            widget.textChanged.connect(self._check)
        self.understood.toggled.connect(self._check)
        self._check()

    def problem_text(self) -> str:
        """Why OK is not possible yet ("" when it is)."""
        first, second = self.first.text(), self.second.text()
        if self.current is not None and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if len(first) < MIN_PASSPHRASE_LENGTH:
            return self.tr("A passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            )
        if first != second:
            return self.tr("The two entries differ.")
        if not self.understood.isChecked():
            return self.tr("Confirm that you understand the warning above.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():
            return
        super().accept()


class CurrentPassphraseDialog(QDialog):
    """Confirm the current passphrase before the encryption is removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currentPassphraseDialog")
        self.setWindowTitle(self.tr("Remove the encryption"))
        self.setMinimumWidth(440)
        layout = _grown_to_fit(QVBoxLayout(self))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Your journal and its backups will be stored unencrypted again: anyone "
                    "who can read your files can then read them. Enter the passphrase to "
                    "confirm."
                )
            )
        )
        form = QFormLayout()
        self.passphrase = _secret_field("currentPassphrase")
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.problem = _wrapped("", "passphraseProblem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Remove encryption"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("passphraseOk")
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
