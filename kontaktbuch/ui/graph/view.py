"""The "Network" view: contacts, networks and relationships as a picture.

Filters (network, goal, period) choose the contacts; up to
:data:`~kontaktbuch.journal.graph.PEOPLE_LIMIT` are drawn as people, more as
network clusters — a click on a cluster shows its people, "Around a contact"
shows one person's neighbourhood. A click on a person opens the contact; the
context menu also offers their neighbourhood. The wheel zooms, dragging pans.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from kontaktbuch.journal import choices, graph
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.view import View
from kontaktbuch.ui.events.contact_picker import ContactPicker
from kontaktbuch.ui.graph.scene import BUCKET_COLOURS, ID_ROLE, KIND_ROLE, NAMED, GraphScene

# the period filter's choices: days, or None for any time
PERIOD_DAYS: tuple[int | None, ...] = (None, 30, 90, 365)


class GraphCanvas(QGraphicsView):
    """The picture: zoom with the wheel, pan by dragging, click an item."""

    def __init__(self, view: GraphView) -> None:
        super().__init__(view.scene)
        self.owner = view
        self.setObjectName("graphCanvas")
        self.setAccessibleName(QCoreApplication.translate("GraphView", "Network graph"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._press: tuple[int, int] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.owner.resized()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        self.scale(factor, factor)
        self.owner.zoom_changed()

    def item_at(self, event: QMouseEvent | QContextMenuEvent) -> tuple[str, int] | None:
        pos = event.position().toPoint() if isinstance(event, QMouseEvent) else event.pos()
        for item in self.items(pos):
            kind = item.data(KIND_ROLE)
            if kind in ("contact", "network"):
                return str(kind), int(item.data(ID_ROLE))
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._press = (pos.x(), pos.y())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        pos = event.position().toPoint()
        moved = abs(pos.x() - self._press[0]) + abs(pos.y() - self._press[1])
        self._press = None
        hit = self.item_at(event)
        if hit is not None and moved < 6:  # a click, not the end of a drag
            self.owner.activate(*hit)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.item_at(event)
        if hit is None or hit[0] != "contact":
            return
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("GraphView", "Open contact"),
            lambda: self.owner.activate(*hit),
        )
        menu.addAction(
            QCoreApplication.translate("GraphView", "Show neighbourhood"),
            lambda: self.owner.show_neighbourhood(hit[1]),
        )
        menu.exec(event.globalPos())


class GraphView(View):
    """The network as a picture (see the module's docstring)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("graphView")
        self.centre: int | None = None
        self.scene = GraphScene(self)

        self.network = QComboBox()
        self.network.setObjectName("graphNetwork")
        self.network.setAccessibleName(self.tr("Network"))
        self.goal = QComboBox()
        self.goal.setObjectName("graphGoal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.period = QComboBox()
        self.period.setObjectName("graphPeriod")
        self.period.setAccessibleName(self.tr("Met within"))
        for days, text in zip(
            PERIOD_DAYS,
            (
                self.tr("Any time"),
                self.tr("Last month"),
                self.tr("Last quarter"),
                self.tr("Last year"),
            ),
            strict=True,
        ):
            self.period.addItem(text, days)
        self.picker = ContactPicker()
        self.picker.setObjectName("graphContact")
        self.picker.setPlaceholderText(self.tr("Around a contact…"))
        self.picker.setAccessibleName(self.tr("Around a contact…"))
        self.picker.picked.connect(self.show_neighbourhood)
        self.overview = QPushButton(self.tr("Whole network"))
        self.overview.clicked.connect(self.show_overview)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole picture"))
        self.fit_button.clicked.connect(self.fit)
        for combo in (self.network, self.goal, self.period):
            build.compact(combo, 10)
            combo.currentIndexChanged.connect(self._filters_changed)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Network:"), self.network),
            (self.tr("Goal:"), self.goal),
            (self.tr("Met:"), self.period),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        self.status = QLabel()
        self.status.setObjectName("graphStatus")
        self.status.setWordWrap(True)
        second = QHBoxLayout()
        second.addWidget(self.status, 3)
        second.addWidget(self.picker, 1)
        second.addWidget(self.overview)
        second.addWidget(self.fit_button)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(10)
        self.picture = graph.Picture("people")
        self._drawn_aspect = 1.6
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._relayout_if_needed)
        self._needs_draw = True
        self.canvas = GraphCanvas(self)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(self.legend)
        self._build_legend()
        self._loading = False
        self.refresh()

    # --- filters ------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self._loading = True
        for combo, first, items in (
            (self.network, self.tr("All networks"), choices.network_choices()),
            (self.goal, self.tr("All goals"), choices.active_goals()),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for choice in items:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = False

    def filters(self) -> graph.Filters:
        return graph.Filters(
            self.network.currentData(), self.goal.currentData(), self.period.currentData()
        )

    def _filters_changed(self) -> None:
        if not self._loading:
            self.centre = None
            self._draw()

    def refresh(self) -> None:
        self._fill_choices()
        self.picker.mark_stale()
        if self.isVisible():
            self._draw()
        else:  # drawn when shown, for the pane's real size (and only once)
            self._needs_draw = True

    # --- drawing ------------------------------------------------------------------

    def _draw(self) -> None:
        self._needs_draw = False
        self._drawn_aspect = self._aspect()
        picture = graph.picture_for(
            self.filters(), self.ctx.today(), centre=self.centre, aspect=self._drawn_aspect
        )
        self.picture = picture
        self.scene.set_picture(
            picture, hub_label=self.tr("%1: %2 contacts"), alone_label=self.tr("No network")
        )
        self.overview.setVisible(self.centre is not None)
        self.status.setText(self._status_text(picture))
        self._update_legend()
        self.fit()

    def _status_text(self, picture: graph.Picture) -> str:
        if picture.centre is not None:
            name = next((n.name for n in picture.nodes if n.id == picture.centre), "")
            return (
                self.tr("%1 and %2 people around them: relationships and fellow members.")
                .replace("%1", name)
                .replace("%2", str(len(picture.nodes) - 1))
            )
        if picture.mode == "clusters":
            return (
                self.tr(
                    "%1 contacts in %2 networks: too many to draw one by one. Click a "
                    "network to see its people, or pick a contact."
                )
                .replace("%1", f"{picture.matching:,}".replace(",", "."))
                .replace("%2", str(len(picture.hubs)))
            )
        if picture.matching > len(picture.nodes):
            return (
                self.tr("%1 contacts match; the %2 met most recently are shown.")
                .replace("%1", str(picture.matching))
                .replace("%2", str(len(picture.nodes)))
            )
        if not picture.nodes:
            return self.tr("No contact matches these filters.")
        return self.tr("%n contact(s). Click one to open it.", None, len(picture.nodes))

    def _build_legend(self) -> None:
        """One wrapping line: the colours of the last contact, and what lines mean."""
        parts = [
            f'<font color="{BUCKET_COLOURS[bucket]}">■</font>&nbsp;{html.escape(text)}'
            for bucket, text in (
                ("month", self.tr("met this month")),
                ("quarter", self.tr("within 3 months")),
                ("year", self.tr("within a year")),
                ("old", self.tr("longer ago")),
                ("never", self.tr("never")),
            )
        ]
        self._colours = " &nbsp; ".join(parts)
        legend = QLabel()
        legend.setObjectName("graphLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        self.legend.addWidget(legend, 1)
        self.legend_label = legend

    def _update_legend(self) -> None:
        if self.picture.mode == "clusters":
            lines = self.tr("Lines: networks that share members; colour: share met within 3 months")
        else:
            lines = self.tr("Lines: dashed = introduced by; coloured = related")
        self.legend_label.setText(self._colours + " &nbsp; " + html.escape(lines))

    def fit(self) -> None:
        rect = self.scene.sceneRect()
        if rect.isEmpty():
            return
        self.canvas.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.canvas.transform().m11() > 1.6:  # a few dots: not blown up
            self.canvas.resetTransform()
            self.canvas.scale(1.6, 1.6)
            self.canvas.centerOn(rect.center())
        self.zoom_changed()

    def zoom_changed(self) -> None:
        zoom = self.canvas.transform().m11()
        if self.picture.mode == "people" and len(self.picture.nodes) > NAMED:
            self.scene.show_names(zoom >= 1.2)
        elif self.picture.mode == "clusters":
            self.scene.place_cluster_labels(zoom)

    def resized(self) -> None:
        """Fit at once; lay the people out anew for the pane's shape a moment later."""
        self.fit()
        if self.picture.mode == "people":
            self._relayout.start()

    def _aspect(self) -> float:
        size = self.canvas.viewport().size()
        return size.width() / size.height() if size.height() > 50 else 1.6

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self._needs_draw:
            self._draw()

    def _relayout_if_needed(self) -> None:
        """People spread to the pane's shape; clusters do not depend on it.

        A hidden view only notes it: it is drawn when shown, for the size it has
        then (and the journal may be closed by now, when the window closes).
        """
        if self.picture.mode != "people":
            return
        if not self.isVisible():
            self._needs_draw = True
            return
        if abs(self._aspect() - self._drawn_aspect) > 0.15 * self._drawn_aspect:
            self._draw()

    # --- acting -------------------------------------------------------------------

    def activate(self, kind: str, item_id: int) -> None:
        if kind == "contact":
            self.ctx.events.open_item.emit("contact", item_id)
        elif kind == "network" and item_id:
            index = self.network.findData(item_id)
            if index >= 0:
                self.centre = None
                self.network.setCurrentIndex(index)  # redraws

    def show_neighbourhood(self, contact_id: int) -> None:
        """One contact and the people around them (the filters do not apply)."""
        self.centre = contact_id
        self.picker.clear()
        self._unfiltered()

    def show_overview(self) -> None:
        self.centre = None
        self._unfiltered()

    def _unfiltered(self) -> None:
        """Draw again with every filter back at "all"."""
        self._loading = True
        for combo in (self.network, self.goal, self.period):
            combo.setCurrentIndex(0)
        self._loading = False
        self._draw()

    def focus_primary(self) -> None:
        self.network.setFocus()
