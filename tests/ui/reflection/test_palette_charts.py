"""Chart colours stay visible on a light and on a dark desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kontaktbuch.ui.common import palette
from kontaktbuch.ui.reflection.charts import TrendChart


def _palettes() -> dict[str, QPalette]:
    light = QPalette(QColor("#f0f0f0"))
    dark = QPalette(QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    return {"light": light, "dark": dark}


@pytest.mark.parametrize("kind", ["light", "dark"])
def test_chart_series_stand_out_from_the_background(kind: str, qapp: QApplication) -> None:
    widget = QWidget()
    widget.setPalette(_palettes()[kind])
    assert palette.is_dark(widget) == (kind == "dark")
    base = widget.palette().color(QPalette.ColorRole.Base)
    colors = palette.chart_colors(widget)
    for name in ("time", "enjoyment", "warning"):
        assert palette.contrast(getattr(colors, name), base) >= 3.0, name
    assert colors.time != colors.enjoyment != colors.warning
    series = [palette.series_color(i, widget) for i in range(12)]
    assert len({c.name() for c in series}) == 12
    assert all(palette.contrast(c, base) >= 2.0 for c in series)


def test_a_chart_on_a_dark_palette_is_dark(qapp: QApplication) -> None:
    chart = TrendChart()
    chart.setPalette(_palettes()["dark"])
    chart.set_points([])
    assert chart.chart().theme() == chart.chart().ChartTheme.ChartThemeDark
