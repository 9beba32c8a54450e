"""When to look for due reminders: a scheduler that survives sleep and clock changes.

Three things wake it: a single-shot timer set to the next moment something
becomes due (capped at the longest interval a QTimer takes), a periodic full
re-check (a timer may come late or never after a suspend), and a short tick that
notices when the wall clock jumped against the monotonic clock (resume from
sleep, a manual clock change, a time-zone change) and re-checks at once. Changes
to the journal re-check too, a moment later.

Those checks nobody waits for run in a worker thread on a connection of its own
(SQLite's WAL lets it read beside the window's writes): on a decade of notes the
keep-in-touch rule alone reads every conversation, a few hundred milliseconds
the window would otherwise freeze for. What the worker found is applied in the
window's thread; :meth:`ReminderScheduler.check` stays synchronous for callers
that need the answer at once (pausing reminders, tests, the command line).

*What* is due is decided by ``journal.reminders``; this only decides *when* to ask.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import weakref
from collections.abc import Callable, Sequence
from typing import NamedTuple

import peewee as pw
import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal

from kontaktbuch.journal import reminders
from kontaktbuch.journal.reminders import Agenda, Reminder
from kontaktbuch.store import cipher
from kontaktbuch.store.db import thread_connection
from kontaktbuch.store.models import database_proxy
from kontaktbuch.ui.common.context import AppContext

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1
RECHECK_MS = 15 * 60 * 1000
TICK_MS = 60 * 1000
# wall and monotonic clocks may drift this much between ticks before it counts as a jump
JUMP_TOLERANCE_S = 30.0
# wake a little after the due time, so the check surely sees it as due
WAKE_MARGIN_MS = 500
DATA_CHANGE_DELAY_MS = 250


class Outlook(NamedTuple):
    """What the scheduler derives from an agenda; a worker computes it beforehand,
    since with thousands of reminders even that is felt in the window's thread."""

    due_keys: frozenset[str]
    next_change: dt.datetime | None
    to_announce: tuple[Reminder, ...]

    @classmethod
    def of(cls, agenda: Agenda) -> Outlook:
        return cls(frozenset(r.key for r in agenda.due), agenda.next_change(), agenda.to_announce())


class _CheckThread(QThread):
    """``reminders.collect`` on the worker's own connection to the journal.

    peewee keeps one connection per thread for the same database object, so the
    rules run unchanged here; this thread opens its connection and closes it again.
    """

    # generation, now, Agenda, Outlook — delivered in the window's thread
    found = Signal(int, object, object, object)
    failed = Signal(int, str)

    def __init__(
        self, generation: int, now: dt.datetime, tz: dt.tzinfo | None, reflection_interval: str
    ) -> None:
        super().__init__()
        self.generation = generation
        self.now = now
        self.tz = tz
        self.reflection_interval = reflection_interval

    def run(self) -> None:
        try:
            with thread_connection(database_proxy.obj, read_only=True):
                agenda = reminders.collect(
                    self.now, self.tz, reflection_interval=self.reflection_interval
                )
        except cipher.driver_errors(pw.PeeweeException) as exc:
            self.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # a reminder check must never take the app down
            log.exception("Checking reminders failed")
            self.failed.emit(self.generation, str(exc))
            return
        self.found.emit(self.generation, self.now, agenda, Outlook.of(agenda))


# running checks, kept alive until they end (a QThread must not be destroyed running)
_running: set[_CheckThread] = set()


# the scheduler of each context's window, so a view can show its agenda
_schedulers: weakref.WeakKeyDictionary[object, ReminderScheduler] = weakref.WeakKeyDictionary()


def scheduler_for(ctx: AppContext) -> ReminderScheduler | None:
    """The running scheduler of this context (None: none, e.g. a view tested alone)."""
    scheduler = _schedulers.get(ctx.events)
    if scheduler is None or not shiboken6.isValid(scheduler):
        return None
    return scheduler


def _forget(thread: _CheckThread) -> None:
    """Drop a check's thread once it has ended (in the window's thread, never in its own)."""
    thread.wait()
    _running.discard(thread)


def wait_for_checks() -> None:
    """Let running background checks end (before the journal is closed)."""
    for thread in list(_running):
        _forget(thread)


def timer_ms(seconds: float) -> int:
    """A QTimer interval for a wait of ``seconds``: never negative, never too long."""
    return int(min(max(0.0, seconds * 1000.0) + WAKE_MARGIN_MS, MAX_TIMER_MS))


class ReminderScheduler(QObject):
    """Re-computes the agenda when needed and says what has newly become due.

    ``agenda_changed`` carries every fresh :class:`Agenda`; ``announce`` the
    reminders to announce (due, not yet announced, reminders not paused). Whoever
    announces them calls :meth:`mark_announced`, so each is announced once.
    """

    agenda_changed = Signal(object)
    announce = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        tz: dt.tzinfo | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self._monotonic = monotonic
        self.agenda: Agenda | None = None
        self.next_wake: dt.datetime | None = None
        self._due_keys: frozenset[str] = frozenset()
        # announced, but not recorded in the journal (read-only): not announced again
        self._unsaved: set[str] = set()
        self._last_mono = 0.0
        self._last_wall = 0.0
        # every check gets the next number; an older result never replaces a newer one
        self._generation = 0
        self._applied = 0
        self._worker: _CheckThread | None = None
        self._again = False
        # checks from this generation on have seen the latest change of the journal
        self._fresh_from = 0

        _schedulers[ctx.events] = self
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_check)
        self.periodic = QTimer(self)
        self.periodic.setObjectName("reminderRecheck")
        self.periodic.setInterval(RECHECK_MS)
        self.periodic.timeout.connect(self._timed_check)
        self.tick = QTimer(self)
        self.tick.setObjectName("reminderClockWatch")
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.watch_clock)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(DATA_CHANGE_DELAY_MS)
        self._soon.timeout.connect(self._timed_check)
        ctx.events.changed.connect(self._on_data_changed)

    # --- running ----------------------------------------------------------------

    def start(self, delay_ms: int = 0) -> None:
        """Start watching; the first check comes after ``delay_ms`` (keeps start-up fast)."""
        self._remember_clocks()
        self.periodic.start()
        self.tick.start()
        self._soon.start(delay_ms)

    def stop(self) -> None:
        """No more checks; a running background check ends first, and is ignored."""
        for timer in (self.timer, self.periodic, self.tick, self._soon):
            timer.stop()
        self._again = False
        worker, self._worker = self._worker, None
        if worker is not None:
            for signal, slot in (
                (worker.found, self._on_found),
                (worker.failed, self._on_failed),
                (worker.finished, self._on_finished),
            ):
                signal.disconnect(slot)
            _forget(worker)

    def busy(self) -> bool:
        """True while a background check runs."""
        return self._worker is not None

    def _wall_seconds(self) -> float:
        return reminders.to_aware(self.ctx.clock(), self.tz).timestamp()

    def _remember_clocks(self) -> None:
        self._last_mono = self._monotonic()
        self._last_wall = self._wall_seconds()

    def watch_clock(self) -> bool:
        """Re-check at once if the wall clock moved differently from the monotonic
        clock since the last tick (sleep, clock or zone change). True if it did."""
        mono, wall = self._monotonic(), self._wall_seconds()
        drift = (wall - self._last_wall) - (mono - self._last_mono)
        self._last_mono, self._last_wall = mono, wall
        if abs(drift) > JUMP_TOLERANCE_S:
            log.info("Clock jumped by %.0f s; checking reminders again", drift)
            self._timed_check()
            return True
        return False

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds == frozenset({"reminder_due"}):
            return  # our own news
        self._fresh_from = self._generation + 1
        self._soon.start()

    def is_stale(self) -> bool:
        """True while the journal changed after the check that made :attr:`agenda`
        (a new one is on its way)."""
        return self.agenda is None or self._applied < self._fresh_from

    # --- checking ---------------------------------------------------------------

    def _timed_check(self) -> None:
        """A check nobody waits for, in the background: a journal that cannot be read
        now is tried again at the next tick, instead of interrupting the user."""
        if self._worker is not None:
            self._again = True  # something changed while it ran: check once more after
            return
        self._generation += 1
        now = self.ctx.clock()
        self._remember_clocks()
        worker = _CheckThread(self._generation, now, self.tz, self.ctx.settings.reflection_interval)
        # Slots of this object: they run in the window's thread (queued), in order.
        worker.found.connect(self._on_found)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        _running.add(worker)
        worker.start()

    def _on_found(
        self, generation: int, now: dt.datetime, agenda: Agenda, outlook: Outlook | None = None
    ) -> None:
        if generation > self._applied:
            self._apply(now, agenda, generation, outlook)

    def _on_failed(self, generation: int, message: str) -> None:
        log.warning("Could not check reminders: %s", message)

    def _on_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            _forget(worker)
        if self._again:
            self._again = False
            self._timed_check()

    def paused(self) -> bool:
        return reminders.is_paused(
            self.ctx.settings.reminders_paused_until, self.ctx.clock(), self.tz
        )

    def check(self) -> Agenda:
        """Compute the agenda now, announce what is new, and set the next wake-up."""
        now = self.ctx.clock()
        self._remember_clocks()
        self._generation += 1
        generation = self._generation
        agenda = reminders.collect(
            now, self.tz, reflection_interval=self.ctx.settings.reflection_interval
        )
        self._apply(now, agenda, generation)
        return agenda

    def _apply(
        self, now: dt.datetime, agenda: Agenda, generation: int, outlook: Outlook | None = None
    ) -> None:
        """Publish a fresh agenda, announce what is new, and set the next wake-up."""
        self._applied = generation
        self.agenda = agenda
        outlook = outlook or Outlook.of(agenda)
        changed = outlook.due_keys != self._due_keys
        self._due_keys = outlook.due_keys
        self.agenda_changed.emit(agenda)
        if changed:
            self.ctx.events.notify("reminder_due")
        wake = outlook.next_change
        if self.paused():
            end = reminders.parse_iso(self.ctx.settings.reminders_paused_until)
            if end is not None and (wake is None or end < wake):
                wake = end
        else:
            fresh = tuple(r for r in outlook.to_announce if r.key not in self._unsaved)
            if fresh:
                self.announce.emit(fresh)
        self.next_wake = wake
        if wake is None:
            self.timer.stop()
        else:
            self.timer.start(timer_ms(reminders.seconds_until(wake, now, self.tz)))

    def mark_announced(self, announced: Sequence[Reminder]) -> None:
        from kontaktbuch.store.errors import StoreError

        if not announced:
            return
        try:
            reminders.mark_announced([r.key for r in announced], self.ctx.clock(), self.tz)
        except StoreError as exc:  # a read-only journal: remembered until the app ends
            log.warning("Could not keep which reminders were announced: %s", exc)
            self._unsaved |= {r.key for r in announced}

    def due_count(self) -> int:
        return len(self.agenda.due) if self.agenda is not None else 0
