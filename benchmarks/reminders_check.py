"""The first reminders check on the large journal: what it costs, and whether it freezes.

Not part of ``benchmarks.run`` (it writes reminder states, so each part works on
its own fresh copy of the cached journal)::

    python -m benchmarks.reminders_check              # both parts
    python -m benchmarks.reminders_check --only profile --profile-lines 25

To measure other code, copy this file into that checkout's ``benchmarks/`` (with
``benchmarks/out`` holding the journal) and run it from there.

``profile``: wall times of ``reminders.collect`` (median of 3), then
``mark_announced`` of everything due, then ``collect`` once more (cProfile of
both with ``--profile-lines N``). ``window``: builds the main window
(every feature installed), lets it settle, then runs the scheduler's first check
while a 10 ms timer records the gaps of the event loop; the longest gap is how
long the window froze. Then the Reminders view on that window: create + fill + first
paint, and filling it again.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import itertools
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 26)
NOON = dt.datetime.combine(TODAY, dt.time(10, 0))


def _ms(seconds: float) -> float:
    return round(seconds * 1000.0, 1)


def journal_path() -> Path:
    """The cached large journal of the measured checkout's schema (as ``generate`` names it).

    Named from the schema version, not fixed: a new migration (4, the contacts' sort
    names) gives a new cache file, and a fixed name pointed at a journal that no longer
    existed.
    """
    from kontaktbuch.store import migrations

    return ROOT / "out" / f"large-g2-s{migrations.SCHEMA_VERSION}.sqlite"


def _copy(work: Path, name: str) -> Path:
    data_dir = work / name
    data_dir.mkdir(parents=True)
    target = data_dir / "kontaktbuch.sqlite"
    shutil.copyfile(journal_path(), target)
    os.chmod(target, 0o600)
    return data_dir


def measure_profile(data_dir: Path, lines: int) -> dict[str, Any]:
    """Plain wall times first (median of 3 for ``collect``); cProfile only if asked."""
    from kontaktbuch.journal import reminders
    from kontaktbuch.store.db import open_database

    db = open_database(data_dir / "kontaktbuch.sqlite")
    result: dict[str, Any] = {}

    def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
        began = time.perf_counter()
        value = fn()
        return _ms(time.perf_counter() - began), value

    runs = [timed(lambda: reminders.collect(NOON)) for _ in range(3)]
    result["collect_ms"] = sorted(ms for ms, _ in runs)[1]
    agenda = runs[-1][1]
    fresh = agenda.to_announce()
    result["due"] = len(agenda.due)
    result["upcoming"] = len(agenda.upcoming)
    result["to_announce"] = len(fresh)
    result["mark_announced_ms"], _ = timed(
        lambda: reminders.mark_announced([r.key for r in fresh], NOON)
    )
    result["collect_after_ms"], again = timed(lambda: reminders.collect(NOON))
    result["to_announce_after"] = len(again.to_announce())
    if lines:
        profile = cProfile.Profile()
        profile.enable()
        reminders.collect(NOON)
        reminders.mark_announced([r.key for r in fresh], NOON + dt.timedelta(minutes=1))
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(lines)
        result["profile"] = out.getvalue()
    db.close()
    return result


def _app(data_dir: Path) -> tuple[Any, Any]:
    from kontaktbuch import paths as paths_module
    from kontaktbuch.settings import Settings
    from kontaktbuch.store.db import open_database
    from kontaktbuch.text.i18n import install_translators
    from kontaktbuch.ui.application import create_application
    from kontaktbuch.ui.common.context import AppContext

    paths = paths_module.resolve(data_dir)
    settings = Settings.load(paths.settings_file)
    app = create_application(["kontaktbuch-benchmark"])
    install_translators("de", paths.cache_dir)
    db = open_database(paths.database, backups_dir=paths.backups_dir)
    ctx = AppContext(paths=paths, settings=settings, db=db, lang="de", clock=lambda: NOON)
    return app, ctx


def _wait(app: Any, done: Callable[[], bool], timeout: float = 120.0) -> None:
    limit = time.perf_counter() + timeout
    while not done() and time.perf_counter() < limit:
        app.processEvents()
        time.sleep(0.002)


def measure_window(data_dir: Path) -> dict[str, Any]:
    """The stall of the first reminders check, then the Reminders view."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import install_features

    app, ctx = _app(data_dir)
    window = MainWindow(ctx)
    install_features(window, ctx)
    # the feature hangs itself onto the window (ui.reminders.tray.install)
    feature = window.reminders_feature  # type: ignore[attr-defined]
    scheduler = feature.scheduler
    scheduler._soon.stop()  # the first check: started below, once the window is settled
    announced: list[int] = []
    scheduler.announce.connect(lambda fresh: announced.append(len(fresh)))
    window.resize(1100, 720)
    window.show()
    settle = time.perf_counter() + 1.0
    _wait(app, lambda: time.perf_counter() > settle)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    # One idle second first: on a shared machine the loop stalls without us, too.
    idle_end = time.perf_counter() + 1.0
    _wait(app, lambda: time.perf_counter() > idle_end)
    idle = [b - a for a, b in itertools.pairwise(ticks)]
    ticks.clear()
    _wait(app, lambda: len(ticks) >= 3)
    busy = getattr(scheduler, "busy", lambda: False)
    began = time.perf_counter()
    ticks.append(began)
    scheduler._soon.start(0)
    _wait(app, lambda: scheduler.agenda is not None and not busy())
    checked = time.perf_counter() - began
    check_began = began
    tail = time.perf_counter() + 0.3
    _wait(app, lambda: time.perf_counter() > tail)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    result: dict[str, Any] = {
        "check_done_ms": _ms(checked),
        "longest_stall_ms": _ms(max(gaps)),
        "idle_longest_stall_ms": _ms(max(idle)),
        "stalls_over_50ms": sum(1 for g in gaps if g > 0.05),
        # (ms after the check began when the stall ended, its length in ms)
        "stalls_over_25ms": [
            (_ms(b - check_began), _ms(b - a))
            for a, b in itertools.pairwise(ticks)
            if b - a > 0.025
        ],
        "due": scheduler.due_count(),
        "announced": announced,
        "notifications": list(feature.tray.shown) if feature.tray is not None else "no tray",
    }

    # The Reminders view: created, filled and painted.
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if not painted and event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    began = time.perf_counter()
    # probed (see show_agenda below) rather than typed as one particular view class
    view: Any = window.show_view("reminders")
    created = time.perf_counter() - began
    view.tree.viewport().installEventFilter(watch)
    _wait(app, lambda: bool(painted), timeout=30)
    result["view_show_ms"] = _ms((painted[0] if painted else time.perf_counter()) - began)
    result["view_create_ms"] = _ms(created)
    # Filling the list again from an agenda (where the code can; else a refresh).
    fill = getattr(view, "show_agenda", None)
    began = time.perf_counter()
    if fill is not None:
        fill(view.agenda)
    else:
        view.refresh()
    app.processEvents()
    result["view_fill_ms" if fill is not None else "view_refresh_ms"] = _ms(
        time.perf_counter() - began
    )
    model = view.model
    result["view_rows"] = sum(model.rowCount(model.index(g, 0)) for g in range(model.rowCount()))
    window.close()
    ctx.db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", action="append", choices=("profile", "window"))
    parser.add_argument("--profile-lines", type=int, default=0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parts = args.only or ["profile", "window"]
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kb-reminders-") as tmp:
        work = Path(tmp)
        if "profile" in parts:
            result["profile"] = measure_profile(_copy(work, "profile"), args.profile_lines)
            if args.profile_lines:
                print(result["profile"].pop("profile"), file=sys.stderr)
        if "window" in parts:
            result["window"] = measure_window(_copy(work, "window"))
    print(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
