"""Settings → Reflection: how often to reflect, and when the panel raises a finding.

Installed into the main window by :func:`install`, which adds a page to the
settings dialog through the window's ``settings_pages`` hook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kontaktbuch.ui.settings_dialog import SettingsDialog


class ReflectionSettingsPage(QWidget):
    """The reflection interval and the thresholds of the findings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionSettingsPage")
        self.ctx = ctx
        s = ctx.settings
        # Questions left, fields right; a long question (German ones especially)
        # wraps instead of widening the dialog, and the scroll area gives the
        # wrapped lines the height they need however short the dialog is.
        content = QWidget()
        self.grid = QGridLayout(content)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.interval = QComboBox()
        self.interval.setObjectName("reflectionInterval")
        self.interval.addItem(self.tr("Every week (on Monday)"), "weekly")
        self.interval.addItem(self.tr("Every month (on the 1st)"), "monthly")
        self.interval.setCurrentIndex(max(0, self.interval.findData(s.reflection_interval)))
        self._row(self.tr("&Reflect:"), self.interval)
        note = QLabel(
            self.tr("A finding is a question the panel asks when a figure crosses these limits:")
        )
        note.setWordWrap(True)
        self.grid.addWidget(note, self.grid.rowCount(), 0, 1, 2)
        self.network_share = self._percent(s.finding_network_share, "networkShare")
        self._row(self.tr("A network takes at least this &share of the time:"), self.network_share)
        self.low_enjoyment = self._rating(s.finding_low_enjoyment, "lowEnjoyment")
        self._row(self.tr("…and its enjoyment is at most (1–5):"), self.low_enjoyment)
        self.high_enjoyment = self._rating(s.finding_high_enjoyment, "highEnjoyment")
        self._row(self.tr("A network is worth more from enjoyment (1–5):"), self.high_enjoyment)
        self.budget_overrun = self._percent(s.finding_budget_overrun, "budgetOverrun", 1000)
        self._row(self.tr("A goal is over &budget above:"), self.budget_overrun)
        self.no_goal_share = self._percent(s.finding_no_goal_share, "noGoalShare")
        self._row(self.tr("Time without a &goal is much from:"), self.no_goal_share)
        self.falling = QSpinBox()
        self.falling.setObjectName("fallingPeriods")
        self.falling.setRange(2, 12)
        self.falling.setValue(max(2, min(12, s.finding_falling_periods)))
        self.falling.setSuffix(self.tr(" periods"))
        self._row(self.tr("Enjoyment &falling over:"), self.falling)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _row(self, text: str, field: QWidget) -> None:
        """A question beside its field, wrapped when long; Alt+letter reaches the field."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(field)
        row = self.grid.rowCount()
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)

    def _percent(self, value: float, name: str, maximum: int = 100) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, maximum)
        spin.setSuffix(" %")
        spin.setValue(round(value * 100))
        return spin

    def _rating(self, value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(1.0, 5.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        return spin

    def apply(self) -> None:
        s = self.ctx.settings
        s.reflection_interval = self.interval.currentData()
        s.finding_network_share = self.network_share.value() / 100.0
        s.finding_low_enjoyment = self.low_enjoyment.value()
        s.finding_high_enjoyment = self.high_enjoyment.value()
        s.finding_budget_overrun = self.budget_overrun.value() / 100.0
        s.finding_no_goal_share = self.no_goal_share.value() / 100.0
        s.finding_falling_periods = self.falling.value()
        self.ctx.events.notify("reflection")


def add_page(dialog: SettingsDialog, ctx: AppContext) -> ReflectionSettingsPage:
    page = ReflectionSettingsPage(ctx)
    dialog.add_page(translate("ReflectionSettingsPage", "Reflection"), page, page.apply)
    return page


def install(window: MainWindow, ctx: AppContext) -> None:
    """Add the Reflection page to the window's settings dialog."""
    window.settings_pages.append(lambda dialog: add_page(dialog, ctx))
