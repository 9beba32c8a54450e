"""The Introductions view: proposals, making one, later, dismiss, the user's profile,
and quick capture's hint of who offers a seek."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import introductions as intro
from kontaktbuch.settings import Settings
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.introductions.hint import OffersHint
from kontaktbuch.ui.introductions.make_dialog import MakeIntroductionDialog
from kontaktbuch.ui.introductions.view import IntroductionsView

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("english"),
]


def _keys(view: IntroductionsView) -> list[str]:
    return [p.key for p in view.proposals]


def test_the_demo_shows_proposals_with_their_reasons(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = IntroductionsView(demo_ctx)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.stack.content
    assert view.list.topLevelItemCount() == len(view.proposals) >= 5
    first = view.proposals[0]
    assert view.current_key() == first.key
    assert "seeks “" in view.detail.text() and "offers “" in view.detail.text()
    assert view.open_first.text() == f"Open {first.first_name}"


def test_making_an_introduction_from_the_view(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = IntroductionsView(demo_ctx)
    qtbot.addWidget(view)
    proposal = view.proposals[0]

    def exec_(dialog: MakeIntroductionDialog) -> int:
        dialog.note.setText("Per E-Mail vorgestellt")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(MakeIntroductionDialog, "exec", exec_)
    seen: list[frozenset[str]] = []
    demo_ctx.events.changed.connect(seen.append)
    view.make_button.click()
    conversation = m.Conversation.select().order_by(m.Conversation.id.desc()).get()
    assert conversation.notes == "Per E-Mail vorgestellt"
    assert {p.contact_id for p in conversation.participants} == {
        proposal.first_id,
        proposal.second_id,
    }
    assert [o.kind for o in conversation.outcomes] == ["recommendation_given"]
    assert {f.contact_id for f in conversation.follow_ups} == {
        proposal.first_id,
        proposal.second_id,
    }
    assert proposal.key not in _keys(view)
    assert seen and "introduction" in seen[-1]


def test_later_and_dismiss_take_the_pair_off_the_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = IntroductionsView(demo_ctx)
    qtbot.addWidget(view)
    first, second = _keys(view)[:2]
    view.later_button.click()
    assert first not in _keys(view) and intro.decision(first)[0] == "postponed"  # type: ignore[index]
    assert view.current_key() == second
    view.dismiss_button.click()
    assert second not in _keys(view) and intro.decision(second) == ("dismissed", None)


def test_the_users_profile_brings_proposals_with_the_user(
    qtbot: QtBot, demo_ctx: AppContext, settings: Settings
) -> None:
    view = IntroductionsView(demo_ctx)
    qtbot.addWidget(view)
    assert not any(p.with_me for p in view.proposals)
    view.my_offers.setText("Steuerberatung für Gründer")
    view.my_offers.editingFinished.emit()
    mine = [p for p in view.proposals if p.with_me]
    assert mine and all(p.first_name == "You" for p in mine)
    assert Settings.load(demo_ctx.paths.settings_file).profile_offers == (
        "Steuerberatung für Gründer"
    )


def test_an_empty_journal_explains_the_view(qtbot: QtBot, ctx: AppContext) -> None:
    view = IntroductionsView(ctx)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.stack.empty
    assert not view.make_button.isEnabled()


def test_the_capture_hint_names_who_offers_a_seek(qtbot: QtBot, demo_ctx: AppContext) -> None:
    seeks = QLineEdit()
    hint = OffersHint(seeks)
    qtbot.addWidget(seeks)
    qtbot.addWidget(hint)
    qtbot.keyClicks(seeks, "eine Steuerberaterin")
    qtbot.waitUntil(lambda: "Steuerberatung für Gründer" in hint.text())
    assert hint.text().startswith("Offered by: ")
    seeks.setText("Kaffee")
    qtbot.waitUntil(lambda: hint.text() == "")
