"""Settings → Synchronisation: the server, the account, the collections, how often.

*Test connection* logs in and looks for an address book and calendars;
*Set up* finds Kontaktbuch's collections there (or creates them, when the box is
ticked) and keeps the password in the system keyring. Both talk to the server in
a worker thread, so a slow server never freezes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.settings_page import SettingsPage

if TYPE_CHECKING:
    from kontaktbuch.exchange.sync.client import Connection
    from kontaktbuch.ui.settings_dialog import SettingsDialog
    from kontaktbuch.ui.sync.runner import SyncController

# what a call to the server returns
T = TypeVar("T")


class _Task(QThread):
    """One call talking to the server, off the window's thread."""

    done = Signal(object, str)  # result, error reason ("" when fine)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        from kontaktbuch.exchange.sync.client import SyncError

        try:
            result = self.work()
        except SyncError as exc:
            self.done.emit(None, exc.reason)
            return
        except Exception as exc:  # never take the dialog down
            self.done.emit(None, type(exc).__name__)
            return
        self.done.emit(result, "")


class SyncSettingsPage(SettingsPage):
    """Server, user, password, CA file; test, set up, forget; interval and after changes."""

    def __init__(
        self, ctx: AppContext, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "syncSettingsPage", parent)
        from kontaktbuch.exchange.sync import state

        self.controller = controller
        self.task: _Task | None = None
        self._then: Callable[[Any], None] = lambda result: None
        account = state.account()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url = QLineEdit(account.url if account else "")
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/")
        form.addRow(self.tr("&Server:"), self.url)
        self.user = QLineEdit(account.username if account else "")
        self.user.setObjectName("syncUser")
        form.addRow(self.tr("&User name:"), self.user)
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept in the system keyring") if account else self.tr("an app password is best")
        )
        form.addRow(self.tr("&Password:"), self.password)
        self.ca_file = QLineEdit(account.ca_file if account else "")
        self.ca_file.setObjectName("syncCaFile")
        self.ca_file.setPlaceholderText(self.tr("only for a server with its own certificates"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.ca_file, 1)
        row.addWidget(browse)
        ca_label = QLabel(self.tr("&CA file:"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, row)

        self.create_box = QCheckBox(self.tr("Create the address book and calendars when missing"))
        self.create_box.setObjectName("syncCreate")
        self.create_box.setChecked(account is None)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("syncTest")
        self.test_button.clicked.connect(self.test_connection)
        self.setup_button = QPushButton(self.tr("Set up s&ync"))
        self.setup_button.setObjectName("syncSetup")
        self.setup_button.clicked.connect(self.set_up)
        self.forget_button = QPushButton(self.tr("Stop syncing"))
        self.forget_button.setObjectName("syncForget")
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.setup_button)
        buttons.addStretch(1)
        stop_row = QHBoxLayout()  # a row of its own: long words in German
        stop_row.addStretch(1)
        stop_row.addWidget(self.forget_button)

        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)

        options = QFormLayout()
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(0, 24 * 60)
        self.interval.setSpecialValueText(self.tr("only by hand"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(ctx.settings.sync_interval_minutes)
        options.addRow(self.tr("Sync &every:"), self.interval)
        self.after_changes = QCheckBox(self.tr("Sync a few seconds after each change"))
        self.after_changes.setObjectName("syncAfterChanges")
        self.after_changes.setChecked(ctx.settings.sync_after_changes)
        options.addRow(self.after_changes)

        hint = QLabel(
            self.tr(
                "Your journal stays on this computer; sync copies it to an address book "
                "and calendars on your own server (Nextcloud, Radicale, …), for your other "
                "computers and your phone."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.create_box)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addLayout(stop_row)
        layout.addLayout(options)
        layout.addStretch(1)
        self._show_account()

    # --- what is set up -----------------------------------------------------------------

    def _show_account(self) -> None:
        from kontaktbuch.exchange.sync import state

        account = state.account()
        self.forget_button.setEnabled(account is not None)
        if account is None:
            self.result.setText(self.tr("Sync is not set up."))
            return
        roles = {
            "contacts": self.tr("contacts and networks"),
            "events": self.tr("events"),
            "tasks": self.tr("follow-ups"),
            "journal": self.tr("conversations"),
            "internal": self.tr("goals, reflections, figure settings"),
        }
        lines = [
            self.tr("Set up with %1 as %2.")
            .replace("%1", account.url)
            .replace("%2", account.username)
        ]
        for collection in state.all_collections():
            what = ", ".join(roles.get(r, r) for r in collection.roles)
            lines.append(f"• {collection.display_name or collection.url}: {what}")
        self.result.setText("\n".join(lines))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA file"), self.ca_file.text(), self.tr("Certificates (*.pem *.crt)")
        )
        if name:
            self.ca_file.setText(name)

    def _password_now(self) -> str | None:
        from kontaktbuch.exchange.sync import credentials

        typed = self.password.text()
        if typed:
            return typed
        return self.controller.session_password or credentials.stored(
            self.url.text().strip(), self.user.text().strip()
        )

    def _run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        if self.task is not None:
            return
        self.test_button.setEnabled(False)
        self.setup_button.setEnabled(False)
        self.result.setText(self.tr("Asking the server…"))
        self._then = then
        self.task = _Task(work)
        # a method of this widget: Qt delivers it in the window's thread
        self.task.done.connect(self._finished)
        self.task.start()

    def _finished(self, result: Any, error: str) -> None:
        if self.task is not None:
            self.task.wait()
            self.task = None
        self.test_button.setEnabled(True)
        self.setup_button.setEnabled(True)
        if error:
            from kontaktbuch.text.sync import describe_error

            self.result.setText(describe_error(error))
        else:
            self._then(result)

    def _connection(self) -> Any | None:
        from kontaktbuch.exchange.sync.client import Connection

        password = self._password_now()
        if not password:
            self.result.setText(self.tr("Enter the password first."))
            return None
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url or not user:
            self.result.setText(self.tr("Enter the server's address and your user name first."))
            return None
        return Connection(url, user, password, ca_file=self.ca_file.text().strip())

    # --- buttons ----------------------------------------------------------------------------

    def _with_server(self, call: Callable[[Connection], T], then: Callable[[T], None]) -> None:
        """Connect with what the form says and run ``call`` off the window's thread,
        then ``then`` with its result; a form that cannot connect says why instead."""
        from kontaktbuch.exchange.sync.client import SyncError
        from kontaktbuch.text.sync import describe_error

        try:
            conn = self._connection()
        except SyncError as exc:
            self.result.setText(describe_error(exc.reason))
            return
        if conn is None:
            return

        def work() -> T:
            try:
                return call(conn)
            finally:
                conn.close()

        self._run(work, then)

    def test_connection(self) -> None:
        from kontaktbuch.exchange.sync import account

        self._with_server(
            lambda conn: len(account.discover(conn)),
            lambda count: self.result.setText(
                self.tr("Connected: %n address book(s) and calendar(s) found.", "", count)
            ),
        )

    def set_up(self) -> None:
        from kontaktbuch.exchange.sync import account
        from kontaktbuch.text.sync import collection_names

        password = self._password_now() or ""
        create = self.create_box.isChecked()
        names = collection_names()
        self._with_server(
            lambda conn: account.set_up(conn, create=create, names=names),
            lambda result: self._save_account(result, password),
        )

    def _save_account(self, result: Any, password: str) -> None:
        from kontaktbuch.exchange.sync import credentials, state
        from kontaktbuch.store.models import database_proxy
        from kontaktbuch.text.sync import describe_error

        if result.missing:
            self.result.setText(describe_error("missing"))
            return
        url, user = self.url.text().strip(), self.user.text().strip()
        with database_proxy.atomic():
            state.save_account(url, user, self.ca_file.text().strip(), result.collections)
        if not credentials.store(url, user, password):
            self.controller.session_password = password
        self.password.clear()
        self._show_account()
        if not credentials.stored(url, user):
            self.result.setText(
                self.result.text()
                + "\n"
                + self.tr(
                    "There is no system keyring here: the password is asked for once "
                    "each time Kontaktbuch starts."
                )
            )
        self.controller.apply_settings()
        self.controller.state_changed.emit()

    def forget(self) -> None:
        from kontaktbuch.exchange.sync import credentials, state
        from kontaktbuch.store.models import database_proxy

        answer = QMessageBox.question(
            self,
            self.tr("Stop syncing"),
            self.tr(
                "Stop syncing with this server? Your journal stays as it is; what is on "
                "the server stays there too."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        account = state.account()
        with database_proxy.atomic():
            state.forget_everything()
        if account is not None:
            credentials.forget(account.url, account.username)
        self.controller.session_password = None
        self.controller.apply_settings()
        self.controller.state_changed.emit()
        self._show_account()

    def apply(self) -> None:
        self.ctx.settings.sync_interval_minutes = self.interval.value()
        self.ctx.settings.sync_after_changes = self.after_changes.isChecked()
        self.controller.apply_settings()


def add_page(dialog: SettingsDialog, ctx: AppContext, controller: SyncController) -> None:
    page = SyncSettingsPage(ctx, controller)
    dialog.add_page(translate("SyncSettingsPage", "Synchronisation"), page, page.apply)
    # a fifth tab: the dialog grows so that every tab stays in sight
    bar = dialog.tabs.tabBar()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 48
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))
