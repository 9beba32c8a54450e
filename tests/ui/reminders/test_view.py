"""The Reminders view, the scheduler and the window's due display, on the offscreen platform."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kontaktbuch import autostart
from kontaktbuch.journal import reminders
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.reminders import scheduler as scheduler_module
from kontaktbuch.ui.reminders.model import KEY_ROLE
from kontaktbuch.ui.reminders.scheduler import MAX_TIMER_MS, ReminderScheduler, timer_ms
from kontaktbuch.ui.reminders.view import RemindersView
from tests.conftest import DEMO_TODAY

NOW = dt.datetime.combine(DEMO_TODAY, dt.time(10, 0))

# Qt's offscreen platform says so whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def make_view(qtbot: QtBot, ctx: AppContext) -> RemindersView:
    view = RemindersView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tree.setFocus()
    return view


def rows(view: RemindersView) -> dict[str, list[str]]:
    """Group title -> the reminder lines under it (first column)."""
    found: dict[str, list[str]] = {}
    model = view.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        found[group.data()] = [
            model.index(r, 0, group).data() for r in range(model.rowCount(group))
        ]
    return found


def all_lines(view: RemindersView) -> list[str]:
    return [line for lines in rows(view).values() for line in lines]


def select_key(view: RemindersView, key: str) -> None:
    model = view.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            if model.index(r, 0, group).data(KEY_ROLE) == key:
                view.tree.setCurrentIndex(model.index(r, 0, group))
                return
    raise AssertionError(f"{key} not listed")


def test_groups_due_and_upcoming_by_kind(qtbot: QtBot, demo_ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, demo_ctx)
    qtmodeltester.check(view.model)
    groups = rows(view)
    titles = list(groups)
    assert titles[0].startswith("Follow-ups") and "due" in titles[0]
    assert any(t.startswith("Keep in touch") for t in titles)
    assert any(t.startswith("Events") for t in titles)  # two upcoming demo events
    assert "Angebot nachfassen" in groups[titles[0]]
    assert view.summary.text().startswith(f"{len(view.agenda.due)} reminder")
    assert view.stack.currentWidget() is not view.stack.empty


def test_empty_journal_explains_itself(qtbot: QtBot, ctx: AppContext) -> None:
    view = make_view(qtbot, ctx)
    assert view.stack.currentWidget() is view.stack.empty
    assert not view.done_button.isEnabled()


def test_done_by_keyboard_and_undo(qtbot: QtBot, ctx: AppContext) -> None:
    fu = m.FollowUp.create(text="Folien schicken", due_date=DEMO_TODAY)
    other = m.FollowUp.create(text="Angebot schicken", due_date=DEMO_TODAY)
    view = make_view(qtbot, ctx)
    select_key(view, f"follow_up:{fu.id}")
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "Folien schicken" not in all_lines(view)
    assert m.FollowUp.get_by_id(fu.id).done_at == NOW
    assert view.selected_keys() == [f"follow_up:{other.id}"]  # the cursor moved on
    ctx.undo_stack.undo()
    assert "Folien schicken" in all_lines(view)
    assert m.FollowUp.get_by_id(fu.id).done_at is None


def test_snooze_until_tomorrow_morning(qtbot: QtBot, ctx: AppContext) -> None:
    fu = m.FollowUp.create(text="Anrufen", due_date=DEMO_TODAY - dt.timedelta(days=1))
    view = make_view(qtbot, ctx)
    select_key(view, f"follow_up:{fu.id}")
    assert view.agenda is not None and len(view.agenda.due) == 1
    view.snooze_actions["tomorrow"].trigger()
    assert view.agenda.due == ()
    (item,) = view.agenda.upcoming
    assert item.snoozed_until == dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=1), dt.time(8))
    assert view.model.index(0, 1, view.model.index(0, 0)).data().startswith("Snoozed until")
    ctx.undo_stack.undo()
    assert [r.key for r in view.agenda.due] == [f"follow_up:{fu.id}"]


def test_open_with_enter(qtbot: QtBot, ctx: AppContext) -> None:
    anna = m.Contact.create(
        first_name="Anna", keep_in_touch_days=30, created_at=NOW.replace(year=2025)
    )
    view = make_view(qtbot, ctx)
    select_key(view, next(r.key for r in view.agenda.due if r.kind == "keep_in_touch"))
    with qtbot.waitSignal(ctx.events.open_item) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == ["contact", anna.id]


def test_window_title_status_and_settings_page(
    qtbot: QtBot,
    demo_ctx: AppContext,
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_ctx)
    feature = window.reminders_feature  # type: ignore[attr-defined]
    assert feature.tray is None  # offscreen: no tray, so closing quits as usual
    feature.scheduler.check()
    due = len(feature.scheduler.agenda.due)
    assert due > 0
    assert window.windowTitle() == f"Kontaktbuch ({due} due)"  # type: ignore[attr-defined]
    assert feature.indicator.text() == f"{due} due"
    # Without a tray, the window was asked for attention and the reminders count as shown.
    assert feature.scheduler.check().to_announce() == ()

    pages: list[object] = []

    def fake_exec(dialog: QDialog) -> int:
        page = dialog.findChild(object, "reminderSettingsPage")
        pages.append(page)
        assert not page.keep_running.isEnabled()
        page.autostart.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr("kontaktbuch.ui.settings_dialog.SettingsDialog.exec", fake_exec)
    window.open_settings()  # type: ignore[attr-defined]
    assert pages and autostart.is_enabled()
    assert demo_ctx.settings.start_with_session

    # Without a tray, closing the window closes it (the app quits as usual).
    assert feature.scheduler.periodic.isActive()
    window.close()  # type: ignore[attr-defined]
    assert not window.isVisible()  # type: ignore[attr-defined]
    assert not feature.scheduler.periodic.isActive()


# --- the scheduler -------------------------------------------------------------------


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.mono = 1000.0

    def __call__(self) -> dt.datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float, *, sleeping: bool = False) -> None:
        self.now += dt.timedelta(seconds=seconds)
        if not sleeping:
            self.mono += seconds


def test_timer_waits_for_the_next_due_time(qtbot: QtBot, ctx: AppContext) -> None:
    m.FollowUp.create(text="Morgen", due_date=DEMO_TODAY + dt.timedelta(days=1))
    clock = Clock(NOW)
    ctx.clock = clock
    sched = ReminderScheduler(ctx, monotonic=clock.monotonic)
    sched.check()
    assert sched.next_wake == dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=1), dt.time(8))
    assert sched.timer.isActive()
    assert sched.timer.interval() == timer_ms(22 * 3600)
    assert timer_ms(40 * 24 * 3600) == MAX_TIMER_MS  # capped
    assert timer_ms(-5) == scheduler_module.WAKE_MARGIN_MS
    sched.stop()


def test_announces_once_and_rechecks_after_a_clock_jump(qtbot: QtBot, ctx: AppContext) -> None:
    fu = m.FollowUp.create(text="Morgen", due_date=DEMO_TODAY + dt.timedelta(days=1))
    clock = Clock(NOW)
    ctx.clock = clock
    sched = ReminderScheduler(ctx, monotonic=clock.monotonic)
    announced: list[list[str]] = []

    def announce(fresh: tuple[reminders.Reminder, ...]) -> None:
        announced.append([r.key for r in fresh])
        sched.mark_announced(fresh)

    sched.announce.connect(announce)
    sched.check()
    assert announced == []
    sched.start()
    clock.advance(60)
    assert not sched.watch_clock()  # an ordinary minute
    # The laptop sleeps through the night: the wall clock jumps, the monotonic one not.
    clock.advance(23 * 3600, sleeping=True)
    assert sched.watch_clock()
    # The re-check runs in the background; the window's loop goes on meanwhile.
    qtbot.waitUntil(lambda: announced == [[f"follow_up:{fu.id}"]])
    qtbot.waitUntil(lambda: not sched.busy())
    sched.check()
    sched.check()
    assert len(announced) == 1  # nothing is announced twice
    sched.stop()


def test_pause_holds_notifications_until_tomorrow(qtbot: QtBot, ctx: AppContext) -> None:
    m.FollowUp.create(text="Heute", due_date=DEMO_TODAY)
    clock = Clock(NOW)
    ctx.clock = clock
    ctx.settings.reminders_paused_until = reminders.pause_end(NOW).isoformat()
    sched = ReminderScheduler(ctx, monotonic=clock.monotonic)
    announced: list[object] = []
    sched.announce.connect(announced.append)
    sched.check()
    assert announced == [] and sched.due_count() == 1
    assert sched.next_wake == dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=1), dt.time(0))
    clock.advance(14 * 3600)
    sched.check()
    assert len(announced) == 1


def test_timer_counts_real_time_across_the_change_to_summer_time(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Berlin, 29 March 2026: from 00:30 to 08:00 is 7.5 hours on the wall, 6.5 real."""
    from zoneinfo import ZoneInfo

    m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 3, 29))
    clock = Clock(dt.datetime(2026, 3, 29, 0, 30))
    ctx.clock = clock
    sched = ReminderScheduler(ctx, tz=ZoneInfo("Europe/Berlin"), monotonic=clock.monotonic)
    sched.check()
    assert sched.next_wake == dt.datetime(2026, 3, 29, 8, 0)
    assert sched.timer.interval() == timer_ms(6.5 * 3600)
    sched.stop()


def test_timed_checks_run_off_the_window_thread(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a decade of notes the rules read for a while: the window must not wait."""
    import threading

    fu = m.FollowUp.create(text="Heute anrufen", due_date=DEMO_TODAY)
    ctx.clock = Clock(NOW)
    sched = ReminderScheduler(ctx)
    threads: list[int] = []
    collect = reminders.collect

    def recording_collect(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return collect(*args, **kwargs)

    monkeypatch.setattr(reminders, "collect", recording_collect)
    announced: list[list[str]] = []

    def announce(fresh: tuple[reminders.Reminder, ...]) -> None:
        announced.append([r.key for r in fresh])
        sched.mark_announced(fresh)

    sched.announce.connect(announce)
    sched.start()
    qtbot.waitUntil(lambda: announced == [[f"follow_up:{fu.id}"]])
    assert threads and threads[0] != threading.get_ident()
    assert sched.due_count() == 1
    # A change while a check runs is checked once more afterwards; nothing twice.
    ctx.events.notify("conversation")
    qtbot.waitUntil(lambda: len(threads) >= 2 and not sched.busy())
    assert announced == [[f"follow_up:{fu.id}"]]
    sched.stop()


def test_an_older_background_result_never_replaces_a_newer_check(
    qtbot: QtBot, ctx: AppContext
) -> None:
    m.FollowUp.create(text="Heute anrufen", due_date=DEMO_TODAY)
    ctx.clock = Clock(NOW)
    sched = ReminderScheduler(ctx)
    fresh = sched.check()
    stale = reminders.Agenda(now=NOW, due=(), upcoming=())
    sched._on_found(sched._generation - 1, NOW, stale)  # as if a slow worker ended now
    assert sched.agenda is fresh and sched.due_count() == 1
    sched.stop()


def test_closing_the_window_waits_for_a_running_check(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(demo_ctx)
    feature = window.reminders_feature  # type: ignore[attr-defined]
    feature.scheduler._timed_check()
    assert feature.scheduler.busy()
    window.close()  # type: ignore[attr-defined]
    assert not feature.scheduler.busy()
    assert not scheduler_module._running


def test_view_in_the_window_shows_the_schedulers_agenda(
    qtbot: QtBot,
    ctx: AppContext,
    make_window: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    """The window's view does not check again what the scheduler just checked, and
    follows done / snooze at once and the scheduler's next check after them."""
    first = m.FollowUp.create(text="Folien schicken", due_date=DEMO_TODAY)
    m.FollowUp.create(text="Angebot schicken", due_date=DEMO_TODAY)
    ctx.clock = Clock(NOW)
    window = make_window(ctx)
    scheduler = window.reminders_feature.scheduler  # type: ignore[attr-defined]
    scheduler.check()
    calls: list[object] = []
    collect = reminders.collect

    def counting_collect(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return collect(*args, **kwargs)

    monkeypatch.setattr(reminders, "collect", counting_collect)
    window.show()  # type: ignore[attr-defined]
    view = window.show_view("reminders")  # type: ignore[attr-defined]
    qtmodeltester.check(view.model)
    assert calls == []
    assert view.agenda is scheduler.agenda
    assert "Folien schicken" in all_lines(view)

    select_key(view, f"follow_up:{first.id}")
    view.done_action.trigger()
    assert "Folien schicken" not in all_lines(view)  # at once
    qtbot.waitUntil(lambda: bool(calls) and not scheduler.busy() and not scheduler.is_stale())
    assert view.agenda is scheduler.agenda
    assert "Folien schicken" not in all_lines(view)
    assert "Angebot schicken" in all_lines(view)

    ctx.undo_stack.undo()  # comes back with the scheduler's next check
    qtbot.waitUntil(lambda: "Folien schicken" in all_lines(view))
    scheduler.stop()


def test_select_all_and_mark_done_together(qtbot: QtBot, ctx: AppContext) -> None:
    old = NOW - dt.timedelta(days=100)
    for name in ("Anna", "Ben", "Cem"):
        m.Contact.create(first_name=name, keep_in_touch_days=30, created_at=old)
    m.FollowUp.create(text="Folien schicken", due_date=DEMO_TODAY)
    view = make_view(qtbot, ctx)
    view.tree.selectAll()
    assert len(view.selected_keys()) == 4
    assert view.selected_keys() == [r.key for r in view.agenda.due]  # in list order
    view.done_action.trigger()
    assert all_lines(view) == []
    ctx.undo_stack.undo()
    assert len(all_lines(view)) == 4
