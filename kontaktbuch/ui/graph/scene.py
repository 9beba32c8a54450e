"""Drawing a :class:`~kontaktbuch.journal.graph.Picture` in a ``QGraphicsScene``.

Contacts are dots coloured by their last contact, networks are discs with their
name, relationships are coloured lines (dashed for "introduced by"). Items carry
what they stand for (``KIND_ROLE``/``ID_ROLE`` data), so the view knows what a
click hit. Names are drawn below the dots in the people picture; in a picture of
many people they appear only when zoomed in (see :meth:`GraphScene.show_names`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from kontaktbuch.journal.graph import Hub, Picture, hubs_by_id, nodes_by_id
from kontaktbuch.ui.common.palette import muted_color

KIND_ROLE = 0  # QGraphicsItem.data key: "contact" or "network"
ID_ROLE = 1

#: last-contact bucket -> colour: mid-tones that read on light and dark backgrounds
#: (data colours, the same in both palettes)  colour-ok
BUCKET_COLOURS: dict[str, str] = {
    "month": "#2e7d32",
    "quarter": "#7cb342",
    "year": "#f9a825",
    "old": "#e65100",
    "never": "#9e9e9e",
}
#: relationship kind -> line colour
LINK_COLOURS: dict[str, str] = {
    "introduced_by": "#1565c0",
    "works_with": "#00838f",
    "knows": "#6a1b9a",
    "family": "#ad1457",
    "other": "#5d4037",
    "shared": "#78909c",
}
DOT = 5.5
#: names are drawn for people pictures up to this many contacts (always), beyond
#: only when zoomed in
NAMED = 120


class GraphScene(QGraphicsScene):
    """The scene of one picture; rebuilt whenever the picture changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.picture: Picture | None = None
        self.name_items: list[QGraphicsSimpleTextItem] = []
        palette = QGuiApplication.palette()
        self._muted = muted_color()
        self._text = palette.color(QPalette.ColorRole.WindowText)
        self._hub_fill = palette.color(QPalette.ColorRole.Button)
        self._hub_line = palette.color(QPalette.ColorRole.Mid)
        self._base = palette.color(QPalette.ColorRole.Base)
        self.setBackgroundBrush(self._base)

    def set_picture(self, picture: Picture, *, hub_label: str, alone_label: str) -> None:
        self.clear()
        self.name_items = []
        self.picture = picture
        if picture.mode == "people":
            self._draw_people(picture, alone_label)
        else:
            self._draw_clusters(picture, hub_label, alone_label)
        rect = self.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.setSceneRect(rect)

    def show_names(self, visible: bool) -> None:
        for item in self.name_items:
            item.setVisible(visible)

    # --- people -------------------------------------------------------------------

    def _draw_people(self, picture: Picture, alone_label: str) -> None:
        hubs = hubs_by_id(picture)
        nodes = nodes_by_id(picture)
        member_pen = QPen(self._muted, 0.6)
        member_pen.setCosmetic(True)
        for node in picture.nodes:  # lines to the other networks, below everything
            for nid in node.networks:
                hub = hubs.get(nid)
                if hub is not None and nid != node.home:
                    line = self.addLine(node.x, node.y, hub.x, hub.y, member_pen)
                    line.setOpacity(0.45)
                    line.setZValue(-2)
        for link in picture.links:
            a, b = nodes.get(link.a), nodes.get(link.b)
            if a is None or b is None:
                continue
            colour = QColor(LINK_COLOURS.get(link.kind, "#5d4037"))
            colour.setAlphaF(0.6)
            pen = QPen(colour, 1.3)
            pen.setCosmetic(True)
            if link.kind == "introduced_by":
                pen.setStyle(Qt.PenStyle.DashLine)
            path = QPainterPath(QPointF(a.x, a.y))
            mid = QPointF(
                (a.x + b.x) / 2 + (b.y - a.y) * 0.12, (a.y + b.y) / 2 - (b.x - a.x) * 0.12
            )
            path.quadTo(mid, QPointF(b.x, b.y))
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setZValue(-1)
            self.addItem(item)
        for hub in picture.hubs:
            self._hub(hub, hub.name or alone_label, f"{hub.name or alone_label} ({hub.members})")
        font = QFont()
        font.setPointSizeF(8.0)
        for node in picture.nodes:
            dot = QGraphicsEllipseItem(QRectF(-DOT, -DOT, 2 * DOT, 2 * DOT))
            dot.setPos(node.x, node.y)
            dot.setBrush(QBrush(QColor(BUCKET_COLOURS[node.bucket])))
            pen = QPen(self._text if node.id == picture.centre else self._base)
            pen.setWidthF(2.5 if node.id == picture.centre else 1.0)
            dot.setPen(pen)
            dot.setData(KIND_ROLE, "contact")
            dot.setData(ID_ROLE, node.id)
            dot.setToolTip(node.name)
            dot.setCursor(Qt.CursorShape.PointingHandCursor)
            dot.setZValue(2)
            self.addItem(dot)
            label = QGraphicsSimpleTextItem(node.name)
            label.setFont(font)
            label.setBrush(QBrush(self._text))
            width = label.boundingRect().width()
            label.setPos(node.x - width / 2, node.y + DOT + 1)
            label.setZValue(3)
            label.setData(KIND_ROLE, "contact")
            label.setData(ID_ROLE, node.id)
            self.addItem(label)
            self.name_items.append(label)
        self.show_names(len(picture.nodes) <= NAMED)

    # --- clusters -----------------------------------------------------------------

    def _draw_clusters(self, picture: Picture, hub_label: str, alone_label: str) -> None:
        hubs = hubs_by_id(picture)
        strongest = max((link.weight for link in picture.links), default=1)
        for link in picture.links:
            a, b = hubs.get(link.a), hubs.get(link.b)
            if a is None or b is None:
                continue
            pen = QPen(QColor(LINK_COLOURS["shared"]), 0.5 + 4.0 * link.weight / strongest)
            pen.setCosmetic(True)
            line = self.addLine(a.x, a.y, b.x, b.y, pen)
            line.setOpacity(0.35 + 0.5 * link.weight / strongest)
            line.setZValue(-1)
        for hub in picture.hubs:
            name = hub.name or alone_label
            tip = hub_label.replace("%1", name).replace("%2", str(hub.members))
            self._hub(hub, name, tip, colour_by_recent=True)

    def _hub(self, hub: Hub, name: str, tip: str, *, colour_by_recent: bool = False) -> None:
        r = hub.radius
        disc = QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r))
        disc.setPos(hub.x, hub.y)
        if colour_by_recent:
            colour = QColor(BUCKET_COLOURS["month"])
            colour.setAlphaF(0.25 + 0.6 * hub.recent)
        else:
            colour = QColor(self._hub_fill)
            colour.setAlphaF(0.85)
        disc.setBrush(QBrush(colour))
        disc.setPen(QPen(self._hub_line, 1.2))
        disc.setData(KIND_ROLE, "network")
        disc.setData(ID_ROLE, hub.id)
        disc.setToolTip(tip)
        disc.setZValue(0 if not colour_by_recent else 1)
        disc.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        if hub.id:
            disc.setCursor(Qt.CursorShape.PointingHandCursor)
        self.addItem(disc)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(8.0)
        text = QGraphicsSimpleTextItem(_short(name))
        text.setFont(font)
        text.setBrush(QBrush(self._text))
        box = text.boundingRect()
        if colour_by_recent or not hub.reach:
            text.setPos(hub.x - box.width() / 2, hub.y - box.height() / 2)
        else:  # outside its people's spiral, away from the middle
            length = math.hypot(hub.x, hub.y) or 1.0
            ux, uy = (hub.x / length, hub.y / length) if hub.x or hub.y else (0.0, -1.0)
            cx = hub.x + ux * (hub.reach + 14 + box.width() / 2 * abs(ux))
            cy = hub.y + uy * (hub.reach + 10 + box.height())
            text.setPos(cx - box.width() / 2, cy - box.height() / 2)
        text.setZValue(4)
        text.setData(KIND_ROLE, "network")
        text.setData(ID_ROLE, hub.id)
        self.addItem(text)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
