"""The network graph: people around their networks, filters, colours, clicks,
clusters for many contacts, a contact's neighbourhood."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import graph
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.graph.scene import ID_ROLE, KIND_ROLE
from kontaktbuch.ui.graph.view import GraphView
from tests.ui.conftest import show_active

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("english"),
]


def _dots(view: GraphView) -> dict[int, object]:
    return {
        int(item.data(ID_ROLE)): item
        for item in view.scene.items()
        if item.data(KIND_ROLE) == "contact" and item.toolTip()
    }


def test_the_demo_draws_every_active_contact_around_its_networks(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    view = show_active(qtbot, GraphView(demo_ctx))
    active = m.Contact.select().where(m.Contact.archived == False).count()  # noqa: E712
    assert view.picture.mode == "people" and len(_dots(view)) == active
    assert view.status.text() == f"{active} contacts. Click one to open it."
    names = {n.name for n in view.picture.nodes}
    shown = {i.text() for i in view.scene.name_items if i.isVisible()}
    assert shown == names  # legible: every name is written at 60 contacts
    # no two dots on top of each other
    points = [(round(n.x), round(n.y)) for n in view.picture.nodes]
    assert len(set(points)) == len(points)
    active_ids = {n.id for n in view.picture.nodes}
    relations = [r for r in m.Relationship.select() if {r.contact_id, r.other_id} <= active_ids]
    assert len(view.picture.links) == len(relations) > 0


def test_a_click_on_a_person_opens_the_contact(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = show_active(qtbot, GraphView(demo_ctx))
    qtbot.waitUntil(lambda: not view._relayout.isActive())
    node = view.picture.nodes[0]
    opened: list[tuple[str, int]] = []
    demo_ctx.events.open_item.connect(lambda kind, item: opened.append((kind, item)))
    point = view.canvas.mapFromScene(node.x, node.y)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert opened == [("contact", node.id)]


def test_filters_choose_the_people(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = show_active(qtbot, GraphView(demo_ctx))
    network = m.Network.get(m.Network.name == "Tafel München")
    view.network.setCurrentIndex(view.network.findData(network.id))
    members = {
        ms.contact_id
        for ms in m.Membership.select()
        .join(m.Contact)
        .where(
            (m.Membership.network == network) & (m.Contact.archived == False)  # noqa: E712
        )
    }
    assert set(_dots(view)) == members
    view.network.setCurrentIndex(0)
    view.period.setCurrentIndex(view.period.findData(30))
    recent = set(_dots(view))
    assert 0 < len(recent) < 55
    today = demo_ctx.today()
    assert all(n.bucket == "month" for n in view.picture.nodes), today
    goal = m.Goal.get(m.Goal.title == "Ehrenamt bei der Tafel")
    view.period.setCurrentIndex(0)
    view.goal.setCurrentIndex(view.goal.findData(goal.id))
    assert set(_dots(view)) == set(graph.matching_contacts(graph.Filters(goal_id=goal.id), today))


def test_colour_follows_the_last_contact() -> None:
    today = dt.date(2026, 11, 26)
    at = dt.datetime(2026, 11, 20, 18)
    assert graph.bucket(at, today) == "month"
    assert graph.bucket(at - dt.timedelta(days=60), today) == "quarter"
    assert graph.bucket(at - dt.timedelta(days=200), today) == "year"
    assert graph.bucket(at - dt.timedelta(days=800), today) == "old"
    assert graph.bucket(None, today) == "never"


def test_a_neighbourhood_centres_one_contact(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = show_active(qtbot, GraphView(demo_ctx))
    relation = m.Relationship.select().order_by(m.Relationship.id).first()
    view.show_neighbourhood(relation.contact_id)
    centre = next(n for n in view.picture.nodes if n.id == relation.contact_id)
    assert (centre.x, centre.y) == (0.0, 0.0)
    assert relation.other_id in _dots(view)
    assert view.overview.isVisible()
    view.overview.click()
    assert view.picture.centre is None and not view.overview.isVisible()


def test_many_contacts_become_clusters(
    qtbot: QtBot, ctx: AppContext, db: pw.SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graph, "PEOPLE_LIMIT", 5)
    big = m.Network.create(name="Big", kind="other")
    small = m.Network.create(name="Small", kind="other")
    for i in range(12):
        contact = m.Contact.create(first_name=f"P{i}")
        m.Membership.create(contact=contact, network=big if i < 9 else small)
        if i in (0, 1):
            m.Membership.create(contact=contact, network=small)
    view = show_active(qtbot, GraphView(ctx))
    assert view.picture.mode == "clusters"
    assert [(h.name, h.members) for h in view.picture.hubs] == [("Big", 9), ("Small", 5)]
    assert [(link.kind, link.weight) for link in view.picture.links] == [("shared", 2)]
    assert "12 contacts in 2 networks" in view.status.text()
    view.activate("network", small.id)  # a click on a cluster shows its people
    assert view.picture.mode == "people" and len(view.picture.nodes) == 5


def test_a_hidden_view_waits_to_be_shown_before_it_draws_again(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """A resize while the view is hidden (another view is in front, or the window
    is closing and its journal already closed) must not read the journal."""
    view = show_active(qtbot, GraphView(demo_ctx))
    qtbot.waitUntil(lambda: not view._relayout.isActive())
    drawn = view.picture
    view.resize(view.width() * 2, max(200, view.height() // 2))  # another shape
    assert view._relayout.isActive()
    view.hide()
    demo_ctx.db.close()  # as when the window closes within that moment
    qtbot.waitUntil(lambda: not view._relayout.isActive())
    assert view.picture is drawn  # nothing read; an error here fails the test
    demo_ctx.db.connect()
    view.show()
    qtbot.waitUntil(lambda: view.picture is not drawn)  # drawn for its new shape
