"""The reflection panel's charts (Qt Charts): pictures a person would rather look at than read.

* :class:`GoalBudgetChart` – time per goal beside its budget, as horizontal bars;
* :class:`EnjoymentScatterChart` – time against enjoyment per network, so what
  costs much and feels bad stands out at the bottom right;
* :class:`TrendChart` – time (bars) and enjoyment (line) over the last 12 months.

Every chart has axis titles, a legend and translated labels, and elides long
names so nothing overlaps at the window's default size (1100 × 720).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kontaktbuch.journal import reflection as R
from kontaktbuch.text import formatting as F
from kontaktbuch.text import reflection as T
from kontaktbuch.ui.common import palette

NAME_WIDTH_PX = 210


def _nice_max(value: float) -> float:
    """A round upper bound for an axis (1, 2, 5, 10, 20 …) a little above ``value``."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 2.5, 5, 10):
        if step * factor >= value * 1.1:
            return step * factor
    return step * 10


def _elide(text: str, font: QFont, width: int = NAME_WIDTH_PX) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class _ChartView(QChartView):
    """A chart view with the common look: antialiased, no animation, legend below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 300)
        self._new_chart()

    def _new_chart(self) -> QChart:
        chart = QChart()
        # The chart's background and texts follow the desktop's light or dark
        # palette, and the series colours below are picked for that background.
        theme = QChart.ChartTheme
        chart.setTheme(theme.ChartThemeDark if palette.is_dark(self) else theme.ChartThemeLight)
        self.colors = palette.chart_colors(self)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setLocale(QLocale())  # decimal comma on the axes in German
        chart.setLocalizeNumbers(True)
        title_font = chart.titleFont()
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
        chart.setTitleFont(title_font)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _value_axis(self, title: str, maximum: float, decimals: int = 0) -> QValueAxis:
        axis = QValueAxis()
        axis.setTitleText(title)
        axis.setRange(0, maximum)
        axis.setLabelFormat(f"%.{decimals}f")
        axis.setTickCount(6)
        return axis


class GoalBudgetChart(_ChartView):
    """Hours per goal in the period beside the goal's budget for that period."""

    def set_goals(self, goals: list[R.GoalFigures]) -> None:
        chart = self._new_chart()
        chart.setTitle(self.tr("Time per goal against budget"))
        shown = list(reversed(goals))  # the first goal at the top
        time_set = QBarSet(self.tr("Time invested"))
        time_set.setColor(self.colors.time)
        budget_set = QBarSet(self.tr("Budget"))
        budget_set.setColor(self.colors.budget)
        time_set.setSelectedColor(self.colors.warning)
        names = []
        over: list[int] = []
        top = 0.0
        for index, goal in enumerate(shown):
            if goal.budget_ratio is not None and goal.budget_ratio > 1:
                over.append(index)
            hours = goal.minutes / 60.0
            budget = (goal.budget_minutes or 0.0) / 60.0
            time_set.append(hours)
            budget_set.append(budget)
            top = max(top, hours, budget)
            names.append(_elide(goal.title, self.font()))
        time_set.selectBars(over)  # over budget: shown in red
        series = QHorizontalBarSeries()
        series.append(budget_set)
        series.append(time_set)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names or [self.tr("No goals")])
        value_axis = self._value_axis(self.tr("Hours"), _nice_max(top), 1 if top < 5 else 0)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(value_axis)
        categories.setTitleText(self.tr("Goal"))
        self.series = series
        self.over_marker: QLineSeries | None = None
        if over:
            # An empty series whose legend entry explains the red bars.
            marker = QLineSeries()
            marker.setName(self.tr("Over budget"))
            marker.setColor(self.colors.warning)
            chart.addSeries(marker)
            marker.attachAxis(categories)
            marker.attachAxis(value_axis)
            self.over_marker = marker


class EnjoymentScatterChart(_ChartView):
    """One point per network: hours spent (x) against mean enjoyment (y)."""

    def set_networks(self, networks: list[R.NetworkFigures], low_enjoyment: float) -> None:
        chart = self._new_chart()
        chart.setTitle(self.tr("Enjoyment against time per network"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        rated = [n for n in networks if n.enjoyment is not None]
        top = _nice_max(max((n.minutes / 60.0 for n in rated), default=1.0))
        x_axis = self._value_axis(self.tr("Hours"), top, 1 if top < 5 else 0)
        y_axis = self._value_axis(self.tr("Enjoyment (1–5)"), 5.0, 0)
        y_axis.setRange(0.5, 5.5)
        y_axis.setTickCount(6)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(1.0)
        y_axis.setTickInterval(1.0)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.points: list[QScatterSeries] = []
        for index, network in enumerate(rated):
            series = QScatterSeries()
            series.setName(_elide(T.network_name(network), self.font(), 180))
            series.setMarkerSize(min(28.0, 11.0 + 2.0 * network.outcomes))
            color = palette.series_color(index, self)
            series.setColor(color)
            series.setBorderColor(color.darker(130))
            series.append(QPointF(network.minutes / 60.0, float(network.enjoyment or 0)))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self.points.append(series)
        threshold = QLineSeries()
        threshold.setName(self.tr("Low enjoyment (%1)").replace("%1", F.number(low_enjoyment, 1)))
        pen = QPen(self.colors.warning)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        threshold.setPen(pen)
        threshold.append(0.0, low_enjoyment)
        threshold.append(top, low_enjoyment)
        chart.addSeries(threshold)
        threshold.attachAxis(x_axis)
        threshold.attachAxis(y_axis)
        self.setToolTip(
            self.tr(
                "Each point is a network: further right means more time, lower means less "
                "enjoyment. Bigger points brought more outcomes."
            )
        )


class TrendChart(_ChartView):
    """Hours per month as bars and mean enjoyment as a line, for the last 12 months."""

    def set_points(self, points: list[R.TrendPoint]) -> None:
        chart = self._new_chart()
        chart.setTitle(self.tr("Time and enjoyment over the last 12 months"))
        locale = QLocale()
        months = [
            f"{locale.standaloneMonthName(p.month.month, QLocale.FormatType.ShortFormat)} "
            f"{p.month.year % 100:02d}"
            for p in points
        ]
        bars = QBarSet(self.tr("Time invested"))
        bars.setColor(self.colors.time)
        top = 0.0
        for p in points:
            bars.append(p.minutes / 60.0)
            top = max(top, p.minutes / 60.0)
        bar_series = QBarSeries()
        bar_series.append(bars)
        chart.addSeries(bar_series)
        line = QLineSeries()
        line.setName(self.tr("Average enjoyment"))
        pen = QPen(self.colors.enjoyment)
        pen.setWidthF(2.5)
        line.setPen(pen)
        line.setPointsVisible(True)
        for index, p in enumerate(points):
            if p.enjoyment is not None:
                line.append(float(index), p.enjoyment)
        chart.addSeries(line)
        categories = QBarCategoryAxis()
        categories.append(months)
        categories.setTitleText(self.tr("Month"))
        hours_axis = self._value_axis(self.tr("Hours"), _nice_max(top), 0)
        enjoy_axis = self._value_axis(self.tr("Enjoyment (1–5)"), 5.0, 0)
        enjoy_axis.setTickCount(6)
        enjoy_axis.setLinePenColor(self.colors.enjoyment)
        enjoy_axis.setLabelsColor(self.colors.enjoyment)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(enjoy_axis, Qt.AlignmentFlag.AlignRight)
        bar_series.attachAxis(categories)
        bar_series.attachAxis(hours_axis)
        line.attachAxis(categories)
        line.attachAxis(enjoy_axis)
        self.bars, self.line = bars, line
