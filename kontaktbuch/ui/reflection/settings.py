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
    """The reflection interval and, in plain sentences, when the panel asks a question."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionSettingsPage")
        self.ctx = ctx
        s = ctx.settings
        # Each threshold is a sentence that says what the panel will do, with the
        # value in it ("Ask about a network when it takes at least 25 % of your
        # time"), and its field beside it. The scroll area only matters on a very
        # small screen: fit() asks for the height the sentences need.
        self.content = QWidget()
        self.grid = QGridLayout(self.content)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.interval = QComboBox()
        self.interval.setObjectName("reflectionInterval")
        self.interval.addItem(self.tr("Every week (on Monday)"), "weekly")
        self.interval.addItem(self.tr("Every month (on the 1st)"), "monthly")
        self.interval.setCurrentIndex(max(0, self.interval.findData(s.reflection_interval)))
        interval_label = QLabel(self.tr("&Reflect:"))
        interval_label.setBuddy(self.interval)
        self.grid.addWidget(interval_label, 0, 0)
        self.grid.addWidget(self.interval, 0, 1, Qt.AlignmentFlag.AlignLeft)
        note = QLabel(
            self.tr(
                "The reflection asks you a question when a figure of a period crosses "
                "one of these limits:"
            )
        )
        note.setWordWrap(True)
        self.grid.addWidget(note, 1, 0, 1, 2)
        self.network_share = self._percent(s.finding_network_share, "networkShare")
        self._sentence(
            self.tr("Ask about a network when it takes at least %1 of your time"),
            self.network_share,
        )
        self.low_enjoyment = self._rating(s.finding_low_enjoyment, "lowEnjoyment")
        self._sentence(
            self.tr("… and you enjoyed it no more than %1 of 5, or nothing came of it"),
            self.low_enjoyment,
            indent=True,
        )
        self.high_enjoyment = self._rating(s.finding_high_enjoyment, "highEnjoyment")
        self._sentence(
            self.tr(
                "Point out a network with less of your time that you enjoyed at least "
                "%1 of 5 and that brought two outcomes or more"
            ),
            self.high_enjoyment,
        )
        self.budget_overrun = self._percent(s.finding_budget_overrun, "budgetOverrun", 1000)
        self._sentence(
            self.tr("Ask about a goal when it took more than %1 of its budget"),
            self.budget_overrun,
        )
        self.budget_underuse = self._percent(s.finding_budget_underuse, "budgetUnderuse")
        self._sentence(
            self.tr("… or, once the period is over, less than %1 of it"),
            self.budget_underuse,
            indent=True,
        )
        self.no_goal_share = self._percent(s.finding_no_goal_share, "noGoalShare")
        self._sentence(
            self.tr("Ask about time without a goal when it is at least %1 of your time"),
            self.no_goal_share,
        )
        self.falling = QSpinBox()
        self.falling.setObjectName("fallingPeriods")
        self.falling.setRange(2, 12)
        self.falling.setValue(max(2, min(12, s.finding_falling_periods)))
        self._sentence(
            self.tr("Ask about your enjoyment when it fell over %1 periods in a row"),
            self.falling,
        )
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.fit(560)

    def _sentence(
        self, text: str, field: QSpinBox | QDoubleSpinBox, *, indent: bool = False
    ) -> None:
        """The rule as a sentence with the field's value in it, the field beside it.

        The sentence follows the field ("… at least 30 % of your time"), so it
        always says in plain words what the panel will do. Alt+letter reaches the
        field.
        """
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(field)
        label.setObjectName(f"{field.objectName()}Sentence")

        def update() -> None:
            label.setText(text.replace("%1", field.text().strip()))

        field.textChanged.connect(lambda _text: update())
        update()
        row = self.grid.rowCount()
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if indent:
            label.setIndent(18)

    def fit(self, width: int) -> None:
        """Ask for the height the sentences need at ``width``: the dialog opens without
        scrolling (a settings dialog sizes itself to the page in front)."""
        margins = self.grid.contentsMargins()
        inner = width - margins.left() - margins.right()
        if self.grid.hasHeightForWidth():
            self.setMinimumHeight(self.grid.heightForWidth(inner) + 2)

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
        s.finding_budget_underuse = self.budget_underuse.value() / 100.0
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
