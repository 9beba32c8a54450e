"""The window-side measurements, run in a fresh process by ``benchmarks.run``.

``python -m benchmarks.worker ui DATA_DIR`` measures lists, search through the
main window, the reflection panel and quick capture; ``… memory DATA_DIR`` visits
every view once and reports the peak resident memory of the process. Each prints
one line ``RESULT {json}``. Qt runs on the offscreen platform.

Features that are not there yet come back as ``{"available": false}``; how a
feature is found is in :mod:`benchmarks.probes`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import itertools
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import probes  # noqa: E402
from benchmarks.generate import TODAY  # noqa: E402
from benchmarks.queries import QUERIES, QUICK_QUERIES, keystrokes  # noqa: E402


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), the way latency figures are usually given."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, round(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def _pin_none() -> None:
    """The app's guard against PySide6 6.12 dropping ``None`` references on Python 3.11.

    ``kontaktbuch.ui`` installs it on import; repeated here so a checkout from
    before that fix can still be measured (see ``kontaktbuch/ui/__init__.py``).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


class Harness:
    """The app's objects over one data folder, built like ``ui.application.run_gui``."""

    def __init__(self, data_dir: Path, lang: str) -> None:
        from kontaktbuch import paths as paths_module
        from kontaktbuch.settings import Settings
        from kontaktbuch.store.db import open_database
        from kontaktbuch.text.i18n import install_translators
        from kontaktbuch.ui.application import create_application
        from kontaktbuch.ui.common.context import AppContext

        self.paths = paths_module.resolve(data_dir)
        self.settings = Settings.load(self.paths.settings_file)
        self.app = create_application(["kontaktbuch-benchmark"])
        install_translators(lang, self.paths.cache_dir)
        self.db = open_database(self.paths.database, backups_dir=self.paths.backups_dir)
        noon = dt.datetime.combine(TODAY, dt.time(10, 0))
        self.ctx = AppContext(
            paths=self.paths, settings=self.settings, db=self.db, lang=lang, clock=lambda: noon
        )

    def process(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def window(self) -> Any:
        from kontaktbuch.ui.main_window import MainWindow
        from kontaktbuch.ui.plugins import install_features

        window = MainWindow(self.ctx)
        install_features(window, self.ctx)
        window.resize(1100, 720)
        window.show()
        self.process()
        return window


class _PaintWatch:
    """Notes the first paint of a widget (the moment a list is really on screen)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.painted_at: float | None = None
        self.painted_cpu: float | None = None
        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                if watch.painted_at is None and event.type() == QEvent.Type.Paint:
                    watch.painted_at = time.perf_counter()
                    watch.painted_cpu = time.process_time()
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)


def measure_list(h: Harness, key: str, total_rows: int) -> dict[str, Any]:
    """Time to the first page of a view's list on screen, then to scroll to its end."""
    from PySide6.QtCore import QModelIndex

    from kontaktbuch.ui.views import spec_for

    spec = spec_for(key)
    if spec is None:
        return {"available": False}
    # The window imports every view's module once it has painted (in idle time),
    # so a view is first opened with its code loaded: importing is timed apart.
    began, cpu_began = time.perf_counter(), time.process_time()
    # the view's module and those it reads the journal with (ViewSpec.modules,
    # preloaded alike; a checkout from before has only the first)
    for module in getattr(spec, "modules", (spec.factory.split(":")[0],)):
        importlib.import_module(module)
    imported, imported_cpu = time.perf_counter() - began, time.process_time() - cpu_began
    began, cpu_began = time.perf_counter(), time.process_time()
    view = spec.create(h.ctx)
    view.resize(1000, 700)
    created, created_cpu = time.perf_counter() - began, time.process_time() - cpu_began
    # Finding the list is the harness's work, not the view's: not timed.
    item_view = probes.main_list(view)
    if item_view is None:
        view.close()
        return {"available": False, "why": "no item view in the view"}
    watch = _PaintWatch(item_view.viewport())
    began, cpu_began = time.perf_counter(), time.process_time()
    view.show()
    deadline = time.perf_counter() + 10
    while watch.painted_at is None and time.perf_counter() < deadline:
        h.app.processEvents()
    painted = watch.painted_at is not None
    first_page = created + (watch.painted_at or time.perf_counter()) - began
    first_page_cpu = created_cpu + (watch.painted_cpu or time.process_time()) - cpu_began
    model = item_view.model()
    first_rows = model.rowCount()
    root = QModelIndex()
    steps: list[float] = []
    biggest_step_rows = 0
    scroll_began = time.perf_counter()
    while model.canFetchMore(root) and len(steps) < 200_000:
        before = model.rowCount()
        step = time.perf_counter()
        model.fetchMore(root)
        item_view.scrollToBottom()
        h.app.processEvents()
        steps.append(time.perf_counter() - step)
        added = model.rowCount() - before
        biggest_step_rows = max(biggest_step_rows, added)
        if added <= 0:
            break
    item_view.scrollToBottom()
    h.process()
    scrolled = time.perf_counter() - scroll_began
    result = {
        "available": True,
        "view": type(view).__name__,
        "item_view": type(item_view).__name__,
        "model": type(model).__name__,
        "first_page_ms": _ms(first_page) if painted else None,
        "first_page_cpu_ms": _ms(first_page_cpu) if painted else None,
        "import_ms": _ms(imported),
        "import_cpu_ms": _ms(imported_cpu),
        "first_page_rows": first_rows,
        "rows_at_end": model.rowCount(),
        "rows_in_journal": total_rows,
        "fetches": len(steps),
        "largest_fetch_rows": biggest_step_rows,
        "scroll_to_end_ms": _ms(scrolled),
        "slowest_fetch_ms": _ms(max(steps)) if steps else None,
        "paged": bool(steps) and first_rows < model.rowCount(),
    }
    view.close()
    view.deleteLater()
    h.process()
    return result


def measure_search_ui(h: Harness, window: Any, queries: tuple[str, ...]) -> dict[str, Any]:
    """Per keystroke: the window's search as the debounce timer fires it, plus repaint."""
    run: Callable[[], object]
    if hasattr(window, "_run_search"):
        run, path = window._run_search, "MainWindow._run_search"
    else:  # pragma: no cover - older or newer window
        panel = window.search_panel
        run, path = (lambda: panel.run(window.search_field.text())), "search_panel.run"
    # The window's first reminder check runs in a worker thread for ~0.5 s CPU on
    # this journal; the process's CPU time counts every thread, so it would land on
    # whichever keystrokes ran beside it. Typing is measured once it has ended.
    settled = probes.start_up_check_done(h.ctx)
    waited = time.perf_counter()
    while settled is not None and not settled() and time.perf_counter() - waited < 30:
        h.app.processEvents()
        time.sleep(0.01)
    h.process()
    waited = time.perf_counter() - waited
    times: list[float] = []
    cpu: list[float] = []
    field = window.search_field
    for query in queries:
        field.clear()
        h.process(1)
        for text in keystrokes(query):
            field.setText(text)
            window._search_timer.stop()
            began, cpu_began = time.perf_counter(), time.process_time()
            run()
            h.app.processEvents()
            times.append(time.perf_counter() - began)
            cpu.append(time.process_time() - cpu_began)
    field.clear()
    h.process()
    return {
        "available": True,
        "path": path,
        "keystrokes": len(times),
        "median_ms": _ms(statistics.median(times)),
        "p95_ms": _ms(percentile(times, 95)),
        "max_ms": _ms(max(times)),
        "cpu_median_ms": _ms(statistics.median(cpu)),
        "cpu_p95_ms": _ms(percentile(cpu, 95)),
        "waited_for_start_up_check_ms": _ms(waited),
    }


def _show_reflection(
    h: Harness, view: Any, show: Any, start: dt.date, end: dt.date
) -> tuple[float, float | None, float]:
    """Milliseconds until the period's figures are painted, and until the view is complete.

    The view shows the chosen period at once and reads the period before from a
    zero timer (``previous_pending``). "Shown": ``refresh()``, then the posted
    events (layout, update requests) without timers, then a synchronous paint —
    what the user sees first. "Complete": after that, the event loop until the
    "before" column is filled in (None if the view does not defer it).
    """
    from PySide6.QtCore import QCoreApplication

    began, cpu_began = time.perf_counter(), time.process_time()
    show(start, end)
    QCoreApplication.sendPostedEvents()
    view.repaint()
    shown = _ms(time.perf_counter() - began)
    if not hasattr(view, "previous_pending"):
        h.process()
        return _ms(time.perf_counter() - began), None, _ms(time.process_time() - cpu_began)
    while view.previous_pending:
        h.process(1)
    h.process()
    return shown, _ms(time.perf_counter() - began), _ms(time.process_time() - cpu_began)


def measure_reflection(h: Harness) -> dict[str, Any]:
    """Compute (journal) and show (panel) one year and ten years."""
    from kontaktbuch.ui.views import spec_for

    compute = probes.reflection_compute()
    result: dict[str, Any] = {"compute": probes.describe(compute)}
    periods = {
        "one_year": (TODAY - dt.timedelta(days=364), TODAY),
        "ten_years": (dt.date(TODAY.year - 10, TODAY.month, TODAY.day), TODAY),
    }
    now = dt.datetime.combine(TODAY, dt.time(10, 0))
    if compute is not None:
        for name, (start, end) in periods.items():
            began, cpu_began = time.perf_counter(), time.process_time()
            compute(start, end, now)
            result[f"compute_{name}_ms"] = _ms(time.perf_counter() - began)
            result[f"compute_{name}_cpu_ms"] = _ms(time.process_time() - cpu_began)
    spec = spec_for("reflection")
    if spec is None:
        return result
    began = time.perf_counter()
    view = spec.create(h.ctx)
    view.resize(1000, 700)
    view.show()
    h.process()
    result["view_open_ms"] = _ms(time.perf_counter() - began)
    show = probes.reflection_show(view)
    result["show_available"] = show is not None
    if show is not None:
        for name, (start, end) in periods.items():
            shown, complete, cpu = _show_reflection(h, view, show, start, end)
            result[f"show_{name}_ms"] = shown
            result[f"show_{name}_cpu_ms"] = cpu
            if complete is not None:
                result[f"show_{name}_complete_ms"] = complete
        if probes.reflection_build_charts(view):
            h.process()
            for name, (start, end) in periods.items():
                shown, complete, _cpu = _show_reflection(h, view, show, start, end)
                result[f"show_{name}_with_charts_ms"] = shown
                if complete is not None:
                    result[f"show_{name}_with_charts_complete_ms"] = complete
    view.close()
    return result


def measure_capture(h: Harness, window: Any) -> dict[str, Any]:
    """From the shortcut's action to the dialog on screen with a field focused."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    action = probes.capture_action(window)
    result: dict[str, Any] = {"available": action is not None}
    if action is None:
        return result
    opened: list[float] = []
    for _ in range(5):
        found: dict[str, Any] = {}
        began = time.perf_counter()

        def poll(began: float = began, found: dict[str, Any] = found) -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    found["ms"] = _ms(time.perf_counter() - began)
                    focus = QApplication.focusWidget()
                    found["focus"] = type(focus).__name__ if focus else None
                    found["dialog"] = type(widget).__name__
                    widget.reject()
                    return
            if time.perf_counter() - began < 10:
                QTimer.singleShot(1, poll)

        QTimer.singleShot(0, poll)
        action.trigger()
        while "ms" not in found and time.perf_counter() - began < 10:
            h.app.processEvents()
        if "ms" not in found:
            result["why"] = "no dialog appeared"
            return result
        opened.append(found["ms"])
        result.update(dialog=found["dialog"], focus=found["focus"])
        h.process()
    result["open_ms"] = round(statistics.median(opened), 2)
    result["open_first_ms"] = opened[0]
    return result


def capture_rows(stamp: dt.datetime) -> list[dict[str, Any]]:
    """Five conversations of one evening, as quick capture would save them."""
    return [
        {
            "contact_ids": [i * 997] if i < 5 else [],
            "new_contacts": [] if i < 5 else ["Neue Person"],
            "channel": "in_person",
            "minutes": 15,
            "notes": (
                f"Benchmark-Gespräch {i}: über Förderprogramme, Fachkräftemangel und die "
                "nächste Pitch Night gesprochen; sie sucht Kontakte zu Business Angels."
            ),
            "outcomes": [("insight", "Förderanträge früh stellen.")],
            "follow_ups": [("Folien schicken", stamp.date() + dt.timedelta(days=3))],
        }
        for i in range(1, 6)
    ]


def measure_capture_save(h: Harness) -> dict[str, Any]:
    """Saving an event with five conversations: the feature's path, and the store floor."""
    from kontaktbuch.store import models as m
    from kontaktbuch.store.models import database_proxy

    stamp = dt.datetime.combine(TODAY, dt.time(19, 0))
    result: dict[str, Any] = {}
    save = probes.capture_save()
    result["save"] = probes.describe(save)
    if save is not None:
        began = time.perf_counter()
        save(stamp, capture_rows(stamp))
        result["save_ms"] = _ms(time.perf_counter() - began)
    # The floor: the same rows written with the models in one transaction (this
    # includes any triggers, e.g. of a search index).
    began = time.perf_counter()
    with database_proxy.atomic():
        event = m.Event.create(title="Benchmark-Abend", starts_at=stamp, duration_minutes=120)
        for row in capture_rows(stamp):
            conv = m.Conversation.create(
                occurred_at=stamp,
                event=event,
                channel=row["channel"],
                minutes=row["minutes"],
                notes=row["notes"],
            )
            contacts = list(row["contact_ids"])
            for name in row["new_contacts"]:
                first, _, last = name.partition(" ")
                contacts.append(m.Contact.create(first_name=first, last_name=last).id)
            for contact in contacts:
                m.ConversationContact.create(conversation=conv, contact=contact)
            for kind, text in row["outcomes"]:
                m.Outcome.create(conversation=conv, kind=kind, text=text)
            for text, due in row["follow_ups"]:
                m.FollowUp.create(conversation=conv, contact=contacts[0], text=text, due_date=due)
    result["store_floor_ms"] = _ms(time.perf_counter() - began)
    return result


def measure_backup_stall(h: Harness) -> dict[str, Any]:
    """The daily backup of the large journal: how long the window's loop stalls."""
    from PySide6.QtCore import QEventLoop, QTimer

    from kontaktbuch.ui import application

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    h.process()
    began = time.perf_counter()
    ticks.append(began)
    started = application._daily_backup(h.ctx)
    returned = time.perf_counter() - began
    if hasattr(started, "isFinished") and not started.isFinished():
        loop = QEventLoop()
        started.finished.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        if not started.isFinished():
            loop.exec()
    h.process()
    total = time.perf_counter() - began
    timer.stop()
    ticks.append(time.perf_counter())
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    backups = sorted(h.paths.backups_dir.glob("*.sqlite"))
    return {
        "longest_stall_ms": _ms(max(gaps)),
        "call_blocked_ms": _ms(returned),
        "total_ms": _ms(total),
        "backup_made": bool(backups),
    }


def run_ui(data_dir: Path, lang: str, quick: bool) -> dict[str, Any]:
    from kontaktbuch.store import models as m

    h = Harness(data_dir, lang)
    totals = {
        "contacts": m.Contact.select().where(m.Contact.archived == False).count(),  # noqa: E712
        "conversations": m.Conversation.select().count(),
    }
    results: dict[str, Any] = {}
    # First, before any window exists: its timers (reminders …) would stall the
    # loop too and blur what the backup alone costs.
    results["daily_backup"] = measure_backup_stall(h)
    for key in ("contacts", "conversations"):
        results[f"list_{key}"] = measure_list(h, key, totals[key])
    results["reflection"] = measure_reflection(h)
    window = h.window()
    results["search_ui"] = measure_search_ui(h, window, QUICK_QUERIES if quick else QUERIES)
    results["capture"] = measure_capture(h, window)
    results["capture_save"] = measure_capture_save(h)
    window.close()
    h.db.close()
    return results


def run_memory(data_dir: Path, lang: str) -> dict[str, Any]:
    """Peak resident memory after the window has shown every view once."""
    from kontaktbuch.ui.views import VIEWS

    h = Harness(data_dir, lang)
    window = h.window()
    visited = []
    for spec in VIEWS:
        window.show_view(spec.key)
        h.process()
        visited.append(spec.key)
    window.search_field.setText("Müller")
    window._search_timer.stop()
    window._run_search()
    h.process()
    action = probes.capture_action(window)
    if action is not None:
        measure_capture(h, window)
    window.close()
    return {"peak_rss_mb": peak_rss_mb(), "views": visited}


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB.

    ``VmHWM`` of the process's own memory map where Linux has it: ``ru_maxrss``
    can carry the parent's peak over ``vfork``+``exec``, as ``subprocess`` does.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("ui", "memory"))
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--lang", default="de")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    _pin_none()
    if args.mode == "ui":
        result = run_ui(args.data_dir, args.lang, args.quick)
    else:
        result = run_memory(args.data_dir, args.lang)
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    # Skip interpreter teardown: PySide6 may crash while collecting Qt objects at
    # exit, and nothing is left to save here.
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
