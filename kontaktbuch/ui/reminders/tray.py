"""How reminders reach the user: the tray icon, notifications, the window title.

Where the desktop has a system tray, Kontaktbuch keeps running there when the
window is closed (a setting, explained once), shows a notification when
something becomes due, and offers quick capture and the due reminders in the
tray menu. Where there is none (GNOME without an extension, some Wayland
desktops), closing quits as usual, and due reminders show in the window title,
the status bar and the Reminders view, and the window asks for attention.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QSystemTrayIcon

from kontaktbuch import autostart
from kontaktbuch.journal import reminders
from kontaktbuch.journal.reminders import Agenda, Reminder
from kontaktbuch.text import reminders as text
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.icons import icon
from kontaktbuch.ui.main_window import MainWindow
from kontaktbuch.ui.reminders.scheduler import ReminderScheduler

if TYPE_CHECKING:
    from kontaktbuch.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

# how many due reminders the tray menu lists before "All reminders"
MENU_REMINDERS = 5
# more new reminders than this at once become one summary notification
SINGLE_NOTIFICATIONS = 1
NOTIFICATION_MS = 10_000
START_DELAY_MS = 400


def open_reminder(window: MainWindow, ctx: AppContext, reminder: Reminder) -> None:
    """Bring the window forward and show the reminder's item."""
    window.bring_to_front()
    if reminder.item_kind == "reflection":
        window.show_view("reflection")
    else:
        ctx.events.open_item.emit(reminder.item_kind, reminder.item_id)


def show_all_reminders(window: MainWindow) -> None:
    window.bring_to_front()
    window.show_view("reminders")


class ReminderTray(QObject):
    """The tray icon with its menu and notifications."""

    def __init__(self, window: MainWindow, ctx: AppContext, scheduler: ReminderScheduler) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.scheduler = scheduler
        self.agenda: Agenda | None = None
        self._clicked: Sequence[Reminder] = ()
        # every notification shown, as (title, text): for the curious and for tests
        self.shown: list[tuple[str, str]] = []

        self.icon = QSystemTrayIcon(icon("app"), self)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        scheduler.agenda_changed.connect(self._on_agenda)
        window.destroyed.connect(self.menu.deleteLater)
        self.rebuild_menu()
        self.update_tooltip()
        self.icon.show()

    # --- menu -------------------------------------------------------------------

    def _action(self, label: str, name: str, slot: object) -> QAction:
        action = QAction(label, self.menu)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def rebuild_menu(self) -> None:
        """Fill the menu anew: quick capture, the first due reminders, the rest."""
        self.menu.clear()
        capture = self.window.findChild(QAction, "captureAction")
        if capture is not None:
            self.menu.addAction(capture)
            self.menu.addSeparator()
        due = self.agenda.due if self.agenda is not None else ()
        if not due:
            nothing = QAction(self.tr("Nothing is due"), self.menu)
            nothing.setObjectName("trayNothingDue")
            nothing.setEnabled(False)
            self.menu.addAction(nothing)
        for reminder in due[:MENU_REMINDERS]:
            self._action(
                text.menu_text(reminder, due=True),
                f"trayReminder:{reminder.key}",
                lambda _checked=False, r=reminder: open_reminder(self.window, self.ctx, r),
            ).setIcon(icon("reminders"))
        self._action(
            self.tr("All reminders (%n due)…", "", len(due)),
            "trayAllReminders",
            lambda: show_all_reminders(self.window),
        )
        self.menu.addSeparator()
        self._action(self.tr("Open Kontaktbuch"), "trayOpen", self.window.bring_to_front)
        pause = self._action(self.tr("Pause reminders for today"), "trayPause", self.set_paused)
        pause.setCheckable(True)
        pause.setChecked(self.scheduler.paused())
        self.menu.addSeparator()
        self._action(self.tr("Quit"), "trayQuit", self.window.quit_app)

    def set_paused(self, paused: bool) -> None:
        """No notifications until tomorrow (the lists still show what is due)."""
        now = self.ctx.clock()
        self.ctx.settings.reminders_paused_until = (
            reminders.pause_end(now, self.scheduler.tz).isoformat() if paused else ""
        )
        try:
            self.ctx.save_settings()
        except OSError as exc:
            log.warning("Could not save settings: %s", exc)
        self.scheduler.check()

    def update_tooltip(self) -> None:
        count = len(self.agenda.due) if self.agenda is not None else 0
        if count:
            tip = self.tr("Kontaktbuch – %n reminder(s) due", "", count)
        else:
            tip = self.tr("Kontaktbuch – nothing is due")
        if self.scheduler.paused():
            tip += "\n" + self.tr("Reminders paused for today")
        self.icon.setToolTip(tip)

    def _on_agenda(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.update_tooltip()
        if not self.menu.isVisible():
            self.rebuild_menu()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.window.isVisible() and self.window.isActiveWindow():
                self.window.hide()
            else:
                self.window.bring_to_front()

    # --- notifications ----------------------------------------------------------

    def notify(self, fresh: Sequence[Reminder]) -> None:
        """One notification for what newly became due; clicking it opens it."""
        if not fresh:
            return
        today = self.ctx.clock().date()
        if len(fresh) <= SINGLE_NOTIFICATIONS:
            title, body = text.notification(fresh[0], today)
        else:
            title, body = text.summary_notification(fresh)
        self._clicked = tuple(fresh)
        self.show_message(title, body)
        self.scheduler.mark_announced(fresh)

    def show_message(self, title: str, body: str) -> None:
        self.shown.append((title, body))
        self.icon.showMessage(title, body, icon("app"), NOTIFICATION_MS)

    def _on_message_clicked(self) -> None:
        clicked, self._clicked = self._clicked, ()
        if len(clicked) == 1:
            open_reminder(self.window, self.ctx, clicked[0])
        elif clicked:
            show_all_reminders(self.window)
        else:
            self.window.bring_to_front()


class RemindersFeature(QObject):
    """Wires the scheduler, the tray (if any), the window title and the settings page."""

    def __init__(
        self, window: MainWindow, ctx: AppContext, *, tray_available: bool | None = None
    ) -> None:
        super().__init__(window)
        self.setObjectName("remindersFeature")
        self.window = window
        self.ctx = ctx
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.scheduler = ReminderScheduler(ctx, self)
        self.indicator = QPushButton()
        self.indicator.setObjectName("dueIndicator")
        self.indicator.setFlat(True)
        self.indicator.setIcon(icon("reminders"))
        self.indicator.setCursor(Qt.CursorShape.PointingHandCursor)
        self.indicator.setToolTip(self.tr("Show the reminders"))
        self.indicator.clicked.connect(lambda: window.show_view("reminders"))
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self.tray: ReminderTray | None = None
        if tray_available:
            self.tray = ReminderTray(window, ctx, self.scheduler)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                # Dialogs closed while the window is hidden must not end the app.
                app.setQuitOnLastWindowClosed(False)
        self.scheduler.agenda_changed.connect(self._on_agenda)
        self.scheduler.announce.connect(self._on_announce)
        window.close_handler = self.handle_close
        window.settings_pages.append(self.add_settings_page)
        self.scheduler.start(START_DELAY_MS)
        if self.tray is not None and autostart.started_in_tray():
            QTimer.singleShot(0, window.hide)

    def _on_agenda(self, agenda: Agenda) -> None:
        count = len(agenda.due)
        label = text.due_count_text(count)
        self.indicator.setText(label)
        self.indicator.setVisible(count > 0)
        self.window.setWindowTitle(
            self.tr("Kontaktbuch (%1)").replace("%1", label) if count else "Kontaktbuch"
        )

    def _on_announce(self, fresh: Sequence[Reminder]) -> None:
        if self.tray is not None and self.tray.icon.isVisible():
            self.tray.notify(fresh)
            return
        # No tray: the window title and the status bar show it; ask for attention once.
        if self.window.isVisible():
            QApplication.alert(self.window)
        self.scheduler.mark_announced(fresh)

    def handle_close(self, event: QCloseEvent) -> bool:
        """Keep running in the tray (if there is one and the user wants it).

        Only a close by the user (a spontaneous event from the window manager)
        goes to the tray: the closes Qt sends when quitting (Quit in a menu, the
        session ending) must go through, or the app could never quit.
        """
        keep = self.ctx.settings.keep_running_in_tray
        if event.spontaneous() and self.tray is not None and self.tray.icon.isVisible() and keep:
            event.ignore()
            self.window.hide()
            if not self.ctx.settings.tray_hint_shown:
                self.ctx.settings.tray_hint_shown = True
                try:
                    self.ctx.save_settings()
                except OSError as exc:
                    log.warning("Could not save settings: %s", exc)
                self.tray.show_message(
                    self.tr("Kontaktbuch keeps running"),
                    self.tr(
                        "Kontaktbuch stays in the tray so your reminders arrive. To quit, "
                        "choose Quit in its menu; you can change this in the settings."
                    ),
                )
            return True
        self.scheduler.stop()  # the window goes for good: no more checks behind its back
        app = QApplication.instance()
        if self.tray is not None and app is not None and not QApplication.quitOnLastWindowClosed():
            QTimer.singleShot(0, app.quit)
        return False

    def add_settings_page(self, dialog: SettingsDialog) -> None:
        from kontaktbuch.ui.reminders.settings import add_page

        add_page(dialog, self)


def install(window: MainWindow, ctx: AppContext) -> RemindersFeature:
    """Called from ``ui.plugins.install_features``."""
    feature = RemindersFeature(window, ctx)
    # A feature hangs itself onto the window, which does not declare it (ui.plugins).
    window.reminders_feature = feature  # type: ignore[attr-defined]
    return feature
