"""The main window: navigation between the views, the search field, menus.

Views are created the first time they are shown (see ``ui/views``), so opening
the window costs only the first view. Size, position and the last view are
remembered in the settings.

A little over 500 lines: the window's own actions (backup, settings, help,
about), the search field and the start's two steps (the first paint, then the
journal and the rest, see ``ui/application.py``) belong to the window itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kontaktbuch import __version__
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.icons import icon
from kontaktbuch.ui.common.undo import redo_action, undo_action
from kontaktbuch.ui.common.view import View
from kontaktbuch.ui.views import VIEWS, ViewSpec, spec_for
from kontaktbuch.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from kontaktbuch.ui.search_panel import SearchPanel
    from kontaktbuch.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    """The journal's window. ``ctx`` carries the store, settings and services."""

    view_changed = Signal(str)

    def __init__(self, ctx: AppContext, *, first_start: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle("Kontaktbuch")
        self.setWindowIcon(icon("app"))
        self._views: dict[str, View] = {}
        self._current_key = ""
        # extra File-menu entries added by features: (menu path, action)
        self.import_handler: Callable[[], None] | None = None
        # a feature may keep the app running on close (the tray): True = handled
        self.close_handler: Callable[[QCloseEvent], bool] | None = None
        # features' settings pages: each gets the dialog and calls ``add_page``
        self.settings_pages: list[Callable[[SettingsDialog], object]] = []

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setAccessibleName(self.tr("Views"))
        for spec in VIEWS:
            item = QListWidgetItem(icon(spec.icon), spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.translated_title()} ({spec.shortcut})")
            self.nav.addItem(item)
        # Long titles ("Veranstaltungen & Netzwerke") wrap onto two lines rather
        # than widening the navigation for every view.
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        metrics = self.nav.fontMetrics()
        widest_word = max(
            metrics.horizontalAdvance(word)
            for spec in VIEWS
            for word in spec.translated_title().split()
        )
        longest_title = max(metrics.horizontalAdvance(s.translated_title()) for s in VIEWS)
        text_width = min(longest_title, max(widest_word, metrics.averageCharWidth() * 16))
        self.nav.setFixedWidth(text_width + self.nav.iconSize().width() + 40)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        self._search_panel: SearchPanel | None = None  # built at the first search
        self.welcome: WelcomePage | None = None

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.nav.minimumWidth(), 10_000])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_search()
        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        ctx.events.changed.connect(lambda _kinds: self.update_status())
        ctx.events.open_item.connect(self.open_item)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        self.restore_window_state()
        if first_start:
            self.show_welcome()
        else:
            start = ctx.settings.last_view if spec_for(ctx.settings.last_view) else VIEWS[0].key
            self.show_view(start)
        self.update_status()

    # --- building -------------------------------------------------------------

    def _build_search(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.toolbar = toolbar
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("Search contacts, conversations, notes… (Ctrl+K)")
        )
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.search_field.setMaximumWidth(520)
        self.search_field.textChanged.connect(self._on_search_text)
        self.search_field.returnPressed.connect(self._on_search_return)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar_spacer = toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)

    def _action(
        self,
        text: str,
        slot: Callable[..., object],  # no argument, or triggered's "checked"
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(
            self.tr("&Backup now"), self.backup_now, "Ctrl+Shift+S", "backupAction"
        )
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settingsAction",
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit, "quitAction"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = undo_action(self.ctx.undo_stack, self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = redo_action(self.ctx.undo_stack, self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Search…"), self.focus_search, "Ctrl+K", "findAction"
        )
        self.edit_menu.addAction(self.find_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for spec in VIEWS:
            action = self._action(
                # "Events & networks": a menu reads "&" as a mnemonic marker
                spec.translated_title().replace("&", "&&"),
                lambda _checked=False, key=spec.key: self.go_to_view(key),
                spec.shortcut,
                f"viewAction_{spec.key}",
            )
            action.setIcon(icon(spec.icon))
            self.view_menu.addAction(action)
            self.view_actions[spec.key] = action

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("Kontaktbuch &Help"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
            "helpAction",
        )
        self.about_action = self._action(self.tr("&About Kontaktbuch"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    # --- views ----------------------------------------------------------------

    def view(self, key: str) -> View:
        """The view for ``key``, created on first use."""
        existing = self._views.get(key)
        if existing is not None:
            return existing
        spec = spec_for(key)
        if spec is None:
            raise KeyError(key)
        created = spec.create(self.ctx)
        created.setObjectName(f"view_{key}")
        self._views[key] = created
        self.stack.addWidget(created)
        return created

    def created_views(self) -> dict[str, View]:
        return dict(self._views)

    def journal_opened(self) -> None:
        """The journal is open now: what showed the remembered first view
        (``ctx.first_view``) reads from it from here on."""
        self.ctx.first_view = None
        for view in list(self._views.values()):
            view.refresh()
        self.update_status()

    def build_deferred(self) -> None:
        """Once the window has painted: what its views left out of the first paint."""
        for view in list(self._views.values()):
            view.build_deferred()

    def show_view(self, key: str) -> View:
        spec: ViewSpec | None = spec_for(key)
        if spec is None:
            key = VIEWS[0].key
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        self._current_key = key
        row = next(i for i, s in enumerate(VIEWS) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.ctx.settings.last_view = key
        self.view_changed.emit(key)
        return view

    def go_to_view(self, key: str) -> View:
        """Ctrl+1…: show a view and put the focus into its main list, so the next ↓
        moves in the list, not to another view in the navigation."""
        view = self.show_view(key)
        view.focus_primary()
        return view

    def current_view_key(self) -> str:
        return self._current_key

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            self.show_view(VIEWS[row].key)
            if self.search_field.text():
                self.search_field.blockSignals(True)
                self.search_field.clear()
                self.search_field.blockSignals(False)

    def open_item(self, kind: str, item_id: int) -> None:
        """Show one item in the view that owns its kind."""
        owner = {
            "contact": "contacts",
            "conversation": "conversations",
            "event": "events",
            "network": "events",
            "goal": "goals",
            "reflection": "reflection",
            "follow_up": "conversations",
        }.get(kind, "contacts")
        view = self.show_view(owner)
        if not view.open_item(kind, item_id):
            self.statusBar().showMessage(self.tr("This item cannot be shown here yet."), 4000)

    # --- welcome --------------------------------------------------------------

    def show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomePage(can_import=self.import_handler is not None)
            self.welcome.start_empty.connect(self._leave_welcome)
            self.welcome.open_demo.connect(self._open_demo)
            self.welcome.import_requested.connect(self._welcome_import)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.empty_button.setFocus()

    def set_import_handler(self, handler: Callable[[], None]) -> None:
        self.import_handler = handler
        if self.welcome is not None:
            self.welcome.import_button.setVisible(True)

    def _leave_welcome(self) -> None:
        self.show_view(VIEWS[0].key)
        self.view(VIEWS[0].key).focus_primary()

    def _open_demo(self) -> None:
        from kontaktbuch.journal import demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.create_demo(today=self.ctx.today())
        except demo.JournalNotEmptyError:
            pass
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx.events.notify("*")
        self._leave_welcome()

    def _welcome_import(self) -> None:
        if self.import_handler is not None:
            self.import_handler()

    # --- search ---------------------------------------------------------------

    @property
    def search_panel(self) -> SearchPanel:
        """The search results, built at the first search: the start does without
        their module and widgets (about 10 ms)."""
        if self._search_panel is None:
            from kontaktbuch.ui.search_panel import SearchPanel

            panel = SearchPanel()
            panel.open_item.connect(self.open_item)
            panel.attach_field(self.search_field)  # Up/Down walk the results
            self.stack.addWidget(panel)
            self._search_panel = panel
        return self._search_panel

    def _on_search_return(self) -> None:
        if self._search_panel is not None:
            self._search_panel.activate_current()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            if self._search_panel is not None and self.stack.currentWidget() is self._search_panel:
                self.show_view(self._current_key or VIEWS[0].key)

    def _run_search(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            return
        self.search_panel.run(query)
        self.stack.setCurrentWidget(self.search_panel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            return
        super().keyPressEvent(event)

    # --- status ---------------------------------------------------------------

    def update_status(self) -> None:
        if self.ctx.first_view is not None:  # the journal is being opened
            counts = self.ctx.first_view.counts
        else:
            from kontaktbuch.journal import overview

            counts = overview.counts()
        self.statusBar().showMessage(
            "  ·  ".join(
                (
                    self.tr("%n contact(s)", "", counts["contacts"]),
                    self.tr("%n conversation(s)", "", counts["conversations"]),
                    self.tr("%n event(s)", "", counts["events"]),
                )
            )
        )

    # --- actions --------------------------------------------------------------

    def backup_now(self) -> None:
        from kontaktbuch.store import backup
        from kontaktbuch.store.errors import StoreError
        from kontaktbuch.ui.common.errors import show_store_error

        try:
            dest = backup.make_backup(
                self.ctx.db,
                self.ctx.paths.backups_dir,
                keep=self.ctx.settings.backups_to_keep,
                reason=backup.MANUAL,
            )
        except StoreError as exc:
            show_store_error(self, exc, self.tr("Backup failed"), critical=False)
            return
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(dest)), 8000)

    def open_settings(self) -> None:
        from kontaktbuch.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        for add_page in self.settings_pages:
            add_page(dialog)
        dialog.exec()

    def show_help(self) -> None:
        from kontaktbuch.ui.help import help_html

        QMessageBox.information(self, self.tr("Kontaktbuch Help"), help_html())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kontaktbuch"),
            self.tr(
                "<h3>Kontaktbuch %1</h3><p>A journal for your professional network: "
                "conversations, contacts, goals and reflection. Your data stays on your "
                "computer.</p><p>Journal: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.paths.database)),
        )

    def choose_file(self, title: str, filters: str, save: bool = False) -> str:
        """A file dialog (kept in one place so tests can replace it)."""
        from PySide6.QtWidgets import QFileDialog

        if save:
            return QFileDialog.getSaveFileName(self, title, "", filters)[0]
        return QFileDialog.getOpenFileName(self, title, "", filters)[0]

    def quit_app(self) -> None:
        self.save_window_state()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # --- window state ---------------------------------------------------------

    def restore_window_state(self) -> None:
        geometry = self.ctx.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1280, 820
            if screen is not None:
                width = min(width, int(screen.width() * 0.9))
                height = min(height, int(screen.height() * 0.9))
            self.resize(width, height)
        state = self.ctx.settings.window_state
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_window_state(self) -> None:
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.ctx.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        try:
            self.ctx.save_settings()
        except OSError as exc:
            log.warning("Could not save settings: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        if self.close_handler is not None and self.close_handler(event):
            return
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Called when a second start asks this window to come forward."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
