"""When to look for due reminders: a scheduler that survives sleep and clock changes.

Three things wake it: a single-shot timer set to the next moment something
becomes due (capped at the longest interval a QTimer takes), a periodic full
re-check (a timer may come late or never after a suspend), and a short tick that
notices when the wall clock jumped against the monotonic clock (resume from
sleep, a manual clock change, a time-zone change) and re-checks at once. Changes
to the journal re-check too, a moment later.

*What* is due is decided by ``journal.reminders``; this only decides *when* to ask.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence

import peewee as pw
from PySide6.QtCore import QObject, QTimer, Signal

from kontaktbuch.journal import reminders
from kontaktbuch.journal.reminders import Agenda, Reminder
from kontaktbuch.ui.context import AppContext

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1
RECHECK_MS = 15 * 60 * 1000
TICK_MS = 60 * 1000
#: wall and monotonic clocks may drift this much between ticks before it counts as a jump
JUMP_TOLERANCE_S = 30.0
#: wake a little after the due time, so the check surely sees it as due
WAKE_MARGIN_MS = 500
DATA_CHANGE_DELAY_MS = 250


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
        self._last_mono = 0.0
        self._last_wall = 0.0

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
        for timer in (self.timer, self.periodic, self.tick, self._soon):
            timer.stop()

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
        self._soon.start()

    # --- checking ---------------------------------------------------------------

    def _timed_check(self) -> None:
        """A check nobody waits for: a journal that cannot be read now is tried again
        at the next tick, instead of interrupting the user with an error."""
        try:
            self.check()
        except (pw.PeeweeException, sqlite3.Error) as exc:
            log.warning("Could not check reminders: %s", exc)

    def paused(self) -> bool:
        return reminders.is_paused(
            self.ctx.settings.reminders_paused_until, self.ctx.clock(), self.tz
        )

    def check(self) -> Agenda:
        """Compute the agenda now, announce what is new, and set the next wake-up."""
        now = self.ctx.clock()
        self._remember_clocks()
        agenda = reminders.collect(
            now, self.tz, reflection_interval=self.ctx.settings.reflection_interval
        )
        self.agenda = agenda
        due_keys = frozenset(r.key for r in agenda.due)
        changed = due_keys != self._due_keys
        self._due_keys = due_keys
        self.agenda_changed.emit(agenda)
        if changed:
            self.ctx.events.notify("reminder_due")
        wake = agenda.next_change()
        if self.paused():
            end = reminders.parse_iso(self.ctx.settings.reminders_paused_until)
            if end is not None and (wake is None or end < wake):
                wake = end
        else:
            fresh = agenda.to_announce()
            if fresh:
                self.announce.emit(fresh)
        self.next_wake = wake
        if wake is None:
            self.timer.stop()
        else:
            self.timer.start(timer_ms(reminders.seconds_until(wake, now, self.tz)))
        return agenda

    def mark_announced(self, announced: Sequence[Reminder]) -> None:
        if announced:
            reminders.mark_announced([r.key for r in announced], self.ctx.clock(), self.tz)

    def due_count(self) -> int:
        return len(self.agenda.due) if self.agenda is not None else 0
