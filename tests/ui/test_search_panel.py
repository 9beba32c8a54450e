"""The search field: German text with umlauts, grouped results, highlights, Enter opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.search_panel import MARK, ROLE_HIT, ROLE_RUNS, marked_html

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.usefixtures("english"),
]


def test_marked_html_escapes_and_highlights() -> None:
    text = marked_html("<b>München</b> & Köln", ((3, 10),))
    assert text.startswith("&lt;b&gt;<span") and "München</span>" in text and "&amp;" in text


def test_search_finds_umlauts_groups_highlights_and_opens(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    joerg = m.Contact.create(
        first_name="Jörg", last_name="Schröder", position="Geschäftsführer", organisation="Bäckerei"
    )
    conv_id = cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 11, 20, 19),
            contact_ids=[joerg.id],
            notes="Über die Bürofläche in München gesprochen",
        )
    )
    m.Network.create(name="Gründerinnen München")
    window = make_window(ctx)
    panel = window.search_panel  # type: ignore[attr-defined]
    field = window.search_field  # type: ignore[attr-defined]
    field.setText("munchen")
    qtbot.waitUntil(lambda: panel.results.count() > 0)
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert texts[0] == "Conversations (1)" and texts[2] == "Networks (1)"
    item = panel.results.item(1)
    assert item.data(ROLE_HIT) == ("conversation", conv_id)
    assert "München</span>" in panel.item_html(item)
    field.setText("gesch")
    qtbot.waitUntil(
        lambda: panel.results.count() > 0 and "Contacts" in panel.results.item(0).text()
    )
    assert "Geschäftsführer</span>" in panel.item_html(panel.results.item(1))
    # Down walks the results, Enter opens the current one in its view.
    field.setText("münchen")
    qtbot.waitUntil(lambda: panel.results.count() == 4)
    assert panel.results.currentRow() == 1
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 3  # the network, skipping the heading
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_view_key() == "conversations"  # type: ignore[attr-defined]
    assert window.view("conversations").current_id() == conv_id  # type: ignore[attr-defined]


def test_odd_queries_show_nothing_found(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(ctx)
    panel = window.search_panel  # type: ignore[attr-defined]
    for query in ('AND ( * "', '"-', "NEAR("):
        assert panel.run(query) == []
        assert "Nothing found" in panel.heading.text()


def test_result_rows_are_sized_to_their_highlighted_text(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    """Rows are drawn piece by piece and sized once, from font metrics.

    The size must hold the whole text as Qt's rich text would lay it out, and the
    matching words must be the marked pieces.
    """
    from PySide6.QtGui import QTextDocument

    m.Contact.create(first_name="Jürgen", last_name="Groß", organisation="Großhandel Groß & Söhne")
    cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 11, 20, 19),
            contact_ids=[m.Contact.get().id],
            notes="Mit Jürgen über den Großhandel gesprochen; Groß denkt an einen Umzug. " * 3,
        )
    )
    window = make_window(ctx)
    panel = window.search_panel  # type: ignore[attr-defined]
    assert panel.run("groß")
    rows = [panel.results.item(i) for i in range(panel.results.count())]
    hits = [item for item in rows if item.data(ROLE_HIT)]
    assert len(hits) == 2
    for item in hits:
        doc = QTextDocument()
        doc.setDefaultFont(panel.results.font())
        doc.setDocumentMargin(2)
        doc.setHtml(panel.item_html(item))
        size = item.sizeHint()
        assert size.width() >= doc.idealWidth() + 8
        assert size.height() >= doc.size().height()
        runs = item.data(ROLE_RUNS)
        assert "".join(text for _x, _w, text, _kind in runs) == doc.toPlainText()
        marked = {text for _x, _w, text, kind in runs if kind == MARK}
        assert marked and all(text.lower().startswith("groß") for text in marked)


def test_first_search_builds_the_results_with_keyboard_walking(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    """The results are built at the first search (not at start) and still walk with Down."""
    m.Contact.create(first_name="Jörg", last_name="Schröder", organisation="Bäckerei München")
    m.Network.create(name="Gründerinnen München")
    window = make_window(ctx)
    assert window._search_panel is None  # type: ignore[attr-defined]
    field = window.search_field  # type: ignore[attr-defined]
    field.setText("münchen")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window._search_panel)  # type: ignore[attr-defined]
    panel = window.search_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.results.count() == 4)
    assert panel.results.currentRow() == 1
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 3
    field.clear()
    assert window.stack.currentWidget() is not panel  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text", ["Jürgen Schröder", "Yıldız – Öztürk", "<b>Kunst & Bau</b>  e.V.", "東京 😀 …"]
)
def test_a_result_piece_is_drawn_laid_out_once_exactly_as_drawn_text(
    qapp: object, text: str
) -> None:
    """Rows draw their pieces from text laid out once (``QStaticText``): to the pixel
    what ``QPainter.drawText`` at the baseline drew, markup shown as written."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QImage, QPainter

    from kontaktbuch.ui.search_panel import PLAIN, TITLE, _Measure

    measure = _Measure(QFont())
    for kind in (TITLE, MARK, PLAIN):
        images = []
        for laid_out in (False, True):
            image = QImage(400, 40, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setFont(measure.fonts[kind])
            baseline = 4 + measure.ascent
            if laid_out:
                top_left = QPointF(7.5, baseline - measure.ascents[kind])
                painter.drawStaticText(top_left, measure.static(text, kind))
            else:
                painter.drawText(QPointF(7.5, baseline), text)
            painter.end()
            images.append(image)
        assert images[0] == images[1]
        assert measure.static(text, kind) is measure.static(text, kind)  # kept


def test_a_fonts_measure_keeps_a_bounded_number_of_pieces(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing for hours must not grow the measured pieces without end: the least
    recently used go first, and every width is still the font's own."""
    from PySide6.QtGui import QFont

    from kontaktbuch.ui import search_panel
    from kontaktbuch.ui.search_panel import PLAIN, _Measure

    monkeypatch.setattr(search_panel, "_WIDTHS_KEPT", 3)
    measure = _Measure(QFont())
    words = ["Anna", "Bernd", "Clara", "Dieter", "Anna"]
    widths = [measure.width(word, PLAIN) for word in words]
    assert widths == [measure.metrics[PLAIN].horizontalAdvance(w) for w in words]
    assert measure.width.cache_info().currsize == 3
    first = measure.static("Anna", PLAIN)
    for word in words[1:4]:
        measure.static(word, PLAIN)
    assert measure.static.cache_info().currsize == 3
    assert measure.static("Anna", PLAIN) is not first  # laid out again after it went
