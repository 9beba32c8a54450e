"""Drawing a :class:`~kontaktbuch.journal.graph.Picture` in a ``QGraphicsScene``.

Contacts are dots coloured by their last contact, networks are discs with their
name, relationships are coloured lines (dashed for "introduced by"). Items carry
what they stand for (``KIND_ROLE``/``ID_ROLE`` data), so the view knows what a
click hit. Names are drawn below the dots in the people picture; in a picture of
many people they appear only when zoomed in (see :meth:`GraphScene.show_names`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPainterPath,
    QPalette,
    QPen,
    QTransform,
)
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

# last-contact bucket -> colour: mid-tones that read on light and dark backgrounds
# (data colours, the same in both palettes)  colour-ok
BUCKET_COLOURS: dict[str, str] = {
    "month": "#2e7d32",
    "quarter": "#7cb342",
    "year": "#f9a825",
    "old": "#e65100",
    "never": "#9e9e9e",
}
# relationship kind -> line colour
LINK_COLOURS: dict[str, str] = {
    "introduced_by": "#1565c0",
    "works_with": "#00838f",
    "knows": "#6a1b9a",
    "family": "#ad1457",
    "other": "#5d4037",
    "shared": "#78909c",
}
DOT = 5.5
# names are drawn for people pictures up to this many contacts (always), beyond
# only when zoomed in
NAMED = 120


class GraphScene(QGraphicsScene):
    """The scene of one picture; rebuilt whenever the picture changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.picture: Picture | None = None
        self.name_items: list[QGraphicsSimpleTextItem] = []
        # names of the clusters, biggest first (shown where they do not overlap)
        self.minor_labels: list[QGraphicsSimpleTextItem] = []
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
        self.minor_labels = []
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
            height = label.boundingRect().height()
            label.setPos(node.x + DOT + 3, node.y - height / 2)
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
        for hub in picture.hubs:  # biggest first
            name = hub.name or alone_label
            tip = hub_label.replace("%1", name).replace("%2", str(hub.members))
            self.minor_labels.append(self._hub(hub, name, tip, colour_by_recent=True))

    def place_cluster_labels(self, zoom: float) -> None:
        """Show the clusters' names, biggest first, as long as none covers another.

        The names keep their size at any zoom, so how much of the scene one
        covers depends on ``zoom``: zooming in makes room for more of them.
        """
        kept: list[QRectF] = []
        for label in self.minor_labels:  # in order of size
            box = label.boundingRect()
            w, h = (box.width() + 6) / zoom, (box.height() + 2) / zoom
            rect = QRectF(label.pos().x() - w / 2, label.pos().y() - h / 2, w, h)
            free = not any(rect.intersects(other) for other in kept)
            label.setVisible(free)
            if free:
                kept.append(rect)

    def _hub(
        self, hub: Hub, name: str, tip: str, *, colour_by_recent: bool = False
    ) -> QGraphicsSimpleTextItem:
        """A cluster's bubble, or a network's block (a rounded box titled with its name)."""
        block = hub.width > 0 and not colour_by_recent
        shape: QGraphicsPathItem | QGraphicsEllipseItem
        if block:
            rect = QRectF(-hub.width / 2, -hub.height / 2, hub.width, hub.height)
            shape = QGraphicsPathItem()
            path = QPainterPath()
            path.addRoundedRect(rect, 8, 8)
            shape.setPath(path)
            fill = QColor(self._hub_fill)
            fill.setAlphaF(0.55)
        else:
            r = hub.radius
            shape = QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r))
            fill = QColor(BUCKET_COLOURS["month"])
            fill.setAlphaF(0.25 + 0.6 * hub.recent)
        shape.setPos(hub.x, hub.y)
        shape.setBrush(QBrush(fill))
        shape.setPen(QPen(self._hub_line, 1.2))
        shape.setData(KIND_ROLE, "network")
        shape.setData(ID_ROLE, hub.id)
        shape.setToolTip(tip)
        shape.setZValue(-3 if block else 1)
        if hub.id:
            shape.setCursor(Qt.CursorShape.PointingHandCursor)
        self.addItem(shape)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(8.5)
        text = QGraphicsSimpleTextItem(_short(name, 40 if block else 28))
        text.setFont(font)
        text.setBrush(QBrush(self._text))
        box = text.boundingRect()
        if block:  # the title, inside the block's top edge
            text.setPos(hub.x - hub.width / 2 + 8, hub.y - hub.height / 2 + 4)
        else:  # a cluster's name: readable at any zoom, centred on its bubble
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            text.setPos(hub.x, hub.y)
            text.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))
        text.setZValue(4)
        text.setData(KIND_ROLE, "network")
        text.setData(ID_ROLE, hub.id)
        self.addItem(text)
        return text


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
