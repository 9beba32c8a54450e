"""Settings → Reflection: how often to reflect, and when the panel raises a finding.

Installed into the main window by :func:`install`, which adds a page to the
settings dialog through the window's ``settings_pages`` hook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.settings_page import SettingsPage
from kontaktbuch.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kontaktbuch.ui.settings_dialog import SettingsDialog


@dataclass(frozen=True)
class _Limit:
    """One limit of the findings: the setting it keeps and the field that shows it.

    A share is shown in per cent (the setting holds a fraction), a rating as 1 to 5
    in half steps, a number of periods as it is. The page builds each field and
    writes it back through the same limit, so the two ways cannot drift apart.
    """

    setting: str  # the attribute of Settings
    name: str  # the field's object name; its sentence is named name + "Sentence"
    kind: Literal["share", "rating", "periods"]
    maximum: int = 100  # of a share, in per cent
    indent: bool = False  # the sentence goes on from the one above

    def field(self, value: float) -> QSpinBox | QDoubleSpinBox:
        """The field, showing the setting's ``value``."""
        if self.kind == "rating":
            rating = build.named(QDoubleSpinBox(), self.name)
            rating.setRange(1.0, 5.0)
            rating.setDecimals(1)
            rating.setSingleStep(0.5)
            rating.setValue(value)
            return rating
        spin = build.named(QSpinBox(), self.name)
        if self.kind == "share":
            spin.setRange(1, self.maximum)
            spin.setSuffix(" %")
            spin.setValue(round(value * 100))
        else:
            spin.setRange(2, 12)
            spin.setValue(max(2, min(12, int(value))))
        return spin

    def value(self, field: QSpinBox | QDoubleSpinBox) -> float:
        """What ``field`` shows, as the setting holds it."""
        return field.value() / 100.0 if self.kind == "share" else field.value()


# in the order the page shows them
_LIMITS = (
    _Limit("finding_network_share", "networkShare", "share"),
    _Limit("finding_low_enjoyment", "lowEnjoyment", "rating", indent=True),
    _Limit("finding_high_enjoyment", "highEnjoyment", "rating"),
    _Limit("finding_budget_overrun", "budgetOverrun", "share", maximum=1000),
    _Limit("finding_budget_underuse", "budgetUnderuse", "share", indent=True),
    _Limit("finding_no_goal_share", "noGoalShare", "share"),
    _Limit("finding_falling_periods", "fallingPeriods", "periods"),
)


class ReflectionSettingsPage(SettingsPage):
    """The reflection interval and, in plain sentences, when the panel asks a question."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "reflectionSettingsPage", parent)
        s = ctx.settings
        # Each threshold is a sentence that says what the panel will do, with the
        # value in it ("Ask about a network when it takes at least 25 % of your
        # time"), and its field beside it. The scroll area only matters on a very
        # small screen: fit() asks for the height the sentences need.
        self.grid = QGridLayout(build.scrolled_page(self))
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.interval = build.named(QComboBox(), "reflectionInterval")
        self.interval.addItem(self.tr("Every week (on Monday)"), "weekly")
        self.interval.addItem(self.tr("Every month (on the 1st)"), "monthly")
        self.interval.setCurrentIndex(max(0, self.interval.findData(s.reflection_interval)))
        interval_label = QLabel(self.tr("&Reflect:"))
        interval_label.setBuddy(self.interval)
        self.grid.addWidget(interval_label, 0, 0)
        self.grid.addWidget(self.interval, 0, 1, Qt.AlignmentFlag.AlignLeft)
        note = build.paragraph(
            self.tr(
                "The reflection asks you a question when a figure of a period crosses "
                "one of these limits:"
            )
        )
        self.grid.addWidget(note, 1, 0, 1, 2)
        # the sentences of the limits, in the order of _LIMITS
        sentences = (
            self.tr("Ask about a network when it takes at least %1 of your time"),
            self.tr("… and you enjoyed it no more than %1 of 5, or nothing came of it"),
            self.tr(
                "Point out a network with less of your time that you enjoyed at least "
                "%1 of 5 and that brought two outcomes or more"
            ),
            self.tr("Ask about a goal when it took more than %1 of its budget"),
            self.tr("… or, once the period is over, less than %1 of it"),
            self.tr("Ask about time without a goal when it is at least %1 of your time"),
            self.tr("Ask about your enjoyment when it fell over %1 periods in a row"),
        )
        # each limit's field, by the name of the setting it keeps
        self.limits: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for limit, sentence in zip(_LIMITS, sentences, strict=True):
            field = limit.field(getattr(s, limit.setting))
            self._sentence(sentence, field, indent=limit.indent)
            self.limits[limit.setting] = field
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
        label = build.paragraph(name=f"{field.objectName()}Sentence")
        label.setBuddy(field)

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

    def apply(self) -> None:
        s = self.ctx.settings
        s.reflection_interval = self.interval.currentData()
        for limit in _LIMITS:
            setattr(s, limit.setting, limit.value(self.limits[limit.setting]))
        self.ctx.events.notify("reflection")


def add_page(dialog: SettingsDialog, ctx: AppContext) -> ReflectionSettingsPage:
    page = ReflectionSettingsPage(ctx)
    dialog.add_page(translate("ReflectionSettingsPage", "Reflection"), page, page.apply)
    return page


def install(window: MainWindow, ctx: AppContext) -> None:
    """Add the Reflection page to the window's settings dialog."""
    window.settings_pages.append(lambda dialog: add_page(dialog, ctx))
