"""Sync in the window against a real Radicale: set-up page, status, conflicts, names."""

from __future__ import annotations

import base64
import urllib.request
import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from kontaktbuch.exchange.sync import credentials, state
from kontaktbuch.journal import contacts as jc
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.settings_dialog import SettingsDialog
from kontaktbuch.ui.sync.review import ReviewDialog
from kontaktbuch.ui.sync.runner import SyncController
from kontaktbuch.ui.sync.settings_page import SyncSettingsPage
from tests.exchange.sync.conftest import _stop_servers, radicale  # noqa: F401 - fixtures
from tests.exchange.sync.helpers import small_journal
from tests.exchange.sync.proxy import Fault
from tests.exchange.sync.servers import DavServer, User


def _put(server: DavServer, user: User, path: str, text: str, **headers: str) -> int:
    token = base64.b64encode(f"{user.name}:{user.password}".encode()).decode()
    request = urllib.request.Request(
        server.url.rstrip("/") + path,
        data=text.encode(),
        method="PUT",
        headers={"Authorization": f"Basic {token}", **headers},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return int(answer.status)


def _get(server: DavServer, user: User, path: str) -> tuple[str, str]:
    token = base64.b64encode(f"{user.name}:{user.password}".encode()).decode()
    request = urllib.request.Request(
        server.url.rstrip("/") + path, headers={"Authorization": f"Basic {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.headers.get("ETag", ""), answer.read().decode()


def _sync(qtbot: QtBot, controller: SyncController) -> None:
    assert controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running(), timeout=30000)


def test_set_up_in_the_settings_then_sync_review_and_go_offline(
    qtbot: QtBot,
    ctx: AppContext,
    make_window: Callable[..., object],
    radicale: DavServer,  # noqa: F811
) -> None:
    ids = small_journal()
    user = radicale.new_user()
    window = make_window(ctx)
    controller = window.findChild(SyncController)  # type: ignore[attr-defined]
    status = window.findChild(QLabel, "syncStatusLabel")  # type: ignore[attr-defined]
    assert controller is not None and status.isHidden()

    # --- Settings → Synchronisation ----------------------------------------------------
    dialog = SettingsDialog(ctx, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for add_page in window.settings_pages:  # type: ignore[attr-defined]
        add_page(dialog)
    page = dialog.findChild(SyncSettingsPage)
    assert page is not None and "not set up" in page.result.text()
    page.url.setText(radicale.url)
    page.user.setText(user.name)
    page.password.setText(user.password)
    page.create_box.setChecked(True)
    page.findChild(QPushButton, "syncSetup").click()
    qtbot.waitUntil(lambda: page.task is None and state.account() is not None, timeout=20000)
    assert "kontaktbuch-journal" in page.result.text() or "conversations" in page.result.text()
    # the password went into the (test's) keyring, nowhere else
    assert credentials.stored(radicale.url, user.name) == user.password
    assert controller.session_password is None
    page.interval.setValue(30)
    dialog.accept()
    assert ctx.settings.sync_interval_minutes == 30 and controller.every.isActive()

    # --- the first sync, shown in the status bar ---------------------------------------
    _sync(qtbot, controller)
    assert controller.outcome is not None and controller.outcome.error == ""
    assert controller.outcome.report["up"]["contact"] == 3
    assert status.text().startswith("Synced")

    # --- a change here starts a sync a few seconds later -------------------------------
    ctx.events.notify("contact")
    assert controller.after_change.isActive()
    controller.after_change.stop()

    # --- the same field changed on the phone and here: one conflict to review ----------
    item = state.item_by_local("contact", ids["anna"])
    assert item is not None and item.href
    etag, card = _get(radicale, user, item.href)
    phone = card.replace("END:VCARD", "NOTE:Vom Telefon\r\nEND:VCARD")
    assert _put(
        radicale, user, item.href, phone, **{"If-Match": etag, "Content-Type": "text/vcard"}
    ) in (200, 201, 204)
    data = jc.load_contact(ids["anna"])
    data.notes = "Vom Schreibtisch"
    jc.save_contact(data)
    # … and a journal entry from the phone naming someone unknown
    folder = state.item_by_local("conversation", ids["conversation"]).href.rsplit("/", 1)[0]  # type: ignore[union-attr]
    entry = str(uuid.uuid4())
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jtx//EN\r\nBEGIN:VJOURNAL\r\n"
        f"UID:{entry}\r\nDTSTAMP:20261210T090000Z\r\nDTSTART:20261210T183000\r\n"
        "DESCRIPTION:Messe\r\nATTENDEE;CN=Egon Unbekannt:mailto:egon@example.org\r\n"
        "END:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )
    assert _put(radicale, user, f"{folder}/{entry}.ics", text, **{"If-None-Match": "*"}) in (
        200,
        201,
        204,
    )
    _sync(qtbot, controller)
    button = window.findChild(QToolButton, "syncReviewButton")  # type: ignore[attr-defined]
    assert not button.isHidden() and button.text() == "2 to review"

    review = ReviewDialog(ctx, controller, window)  # type: ignore[arg-type]
    qtbot.addWidget(review)
    assert review.conflicts.rowCount() == 1
    assert review.conflicts.item(0, 2).text() == "Vom Schreibtisch"
    assert review.conflicts.item(0, 3).text() == "Vom Telefon"
    review.take.click()
    assert m.Contact.get_by_id(ids["anna"]).notes == "Vom Telefon"
    assert review.conflicts.rowCount() == 0
    assert review.names.rowCount() == 1 and review.names.item(0, 0).text() == "Egon Unbekannt"
    review.create_button.click()
    egon = m.Contact.get(m.Contact.first_name == "Egon")
    assert [e.address for e in egon.emails] == ["egon@example.org"]
    conversation = state.item_by_uid("conversation", entry)
    assert conversation is not None
    assert {
        p.contact_id
        for p in m.ConversationContact.select().where(
            m.ConversationContact.conversation == conversation.local_id
        )
    } == {egon.id}
    review.close()
    _sync(qtbot, controller)
    assert button.isHidden()

    # --- offline is normal: a word in the status bar, nothing else ---------------------
    radicale.proxy.fault = Fault("drop")
    _sync(qtbot, controller)
    radicale.proxy.fault = None
    assert controller.outcome is not None and controller.outcome.error == "offline"
    assert status.text() == "Offline – sync tries again later"
