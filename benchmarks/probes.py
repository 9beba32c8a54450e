"""Where the benchmark finds each feature: the one place to wire names after a merge.

Features land in parallel branches, so the benchmark discovers them at run time
instead of importing them at the top: each probe below returns a callable (or an
object) when the feature exists and ``None`` when it does not, and the table then
says "n/a (not available)". When a feature's final function name or signature is
known, change only the probe here — the measurements in ``run.py`` and
``worker.py`` call nothing else of the feature.

Every probe is small and obvious on purpose: try to import a module, look for a
few plausible names, adapt the call to one signature.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any


def _module(name: str) -> ModuleType | None:
    """The module, if this checkout has it (never one from another installed copy)."""
    import kontaktbuch

    root = Path(kontaktbuch.__file__).resolve().parent
    parts = name.split(".")
    try:
        for depth in range(2, len(parts) + 1):
            spec = importlib.util.find_spec(".".join(parts[:depth]))
            origin = spec.origin if spec is not None else None
            if not origin or root not in Path(origin).resolve().parents:
                return None
        return importlib.import_module(name)
    except ImportError:
        return None


def _first(module: ModuleType | None, names: Sequence[str]) -> Callable[..., Any] | None:
    if module is None:
        return None
    for name in names:
        found: object = getattr(module, name, None)
        if callable(found):
            return found
    return None


def describe(fn: Callable[..., Any] | None) -> str:
    """``module.function(signature)`` for the report, so a wrong guess is visible."""
    if fn is None:
        return "not available"
    try:
        signature = str(inspect.signature(fn))
    except (TypeError, ValueError):
        signature = "(…)"
    return f"{fn.__module__}.{fn.__qualname__}{signature}"


# --- search (issue 4) ----------------------------------------------------------------


def search_function() -> Callable[[str], object]:
    """The journal's search behind the main search field (exists since the foundation)."""
    from kontaktbuch.journal.search import search

    return search


def fts_tables(db: Any) -> list[str]:
    """Names of the FTS5 tables in the journal (none before the search migration)."""
    rows = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    ).fetchall()
    return [row[0] for row in rows]


def search_match_expression(text: str) -> str:
    """The match expression ``journal.search`` builds for ``text`` (spellings and all)."""
    module = _module("kontaktbuch.journal.search")
    build = getattr(module, "match_expression", None) if module is not None else None
    return str(build(text)) if build is not None else fts_match_expression(text)


def fts_match_expression(text: str) -> str:
    """A prefix query over every word typed so far, safe against FTS5 operators."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


# --- reflection (issue 5) ------------------------------------------------------------


def reflection_compute() -> Callable[[dt.date, dt.date, dt.datetime], object] | None:
    """Everything the reflection panel shows for ``start``..``end`` (journal side).

    Wired to ``journal.reflection.panel(period, thresholds, now)`` (the period, the
    one before it, the findings and the 12-month trend).
    """
    module = _module("kontaktbuch.journal.reflection")
    periods = _module("kontaktbuch.journal.periods")
    if module is None or periods is None or not hasattr(module, "panel"):
        return None
    return lambda start, end, now: module.panel(
        periods.custom(start, end), module.Thresholds(), now
    )


def reflection_show(view: Any) -> Callable[[dt.date, dt.date], object] | None:
    """Make the reflection view compute and show a custom period.

    Wired to ``ReflectionView``: picker on "custom", the two date fields, then
    ``refresh()`` (what the view runs when the user changes the period). The
    charts tab is built on first use; :func:`reflection_build_charts` builds it.
    """
    picker = getattr(view, "picker", None)
    date_from, date_to = getattr(view, "date_from", None), getattr(view, "date_to", None)
    if picker is None or date_from is None or date_to is None or not hasattr(view, "refresh"):
        return None
    from PySide6.QtCore import QDate

    def show(start: dt.date, end: dt.date) -> None:
        for widget in (picker, date_from, date_to):
            widget.blockSignals(True)
        picker.setCurrentIndex(max(0, picker.findData("custom")))
        date_from.setDate(QDate(start.year, start.month, start.day))
        date_to.setDate(QDate(end.year, end.month, end.day))
        for widget in (picker, date_from, date_to):
            widget.blockSignals(False)
        view.refresh()

    return show


def reflection_build_charts(view: Any) -> bool:
    """Build the view's charts tab, so the next show fills the charts too."""
    build = getattr(view, "ensure_charts", None)
    if not callable(build):
        return False
    build()
    return True


# --- quick capture (issue 4) ---------------------------------------------------------


def start_up_check_done(ctx: Any) -> Callable[[], bool] | None:
    """Whether the window's first reminder check (a worker thread, started ~0.4 s
    after the window) has ended and been applied.

    Wired to ``ui.reminders.scheduler.scheduler_for(ctx)``: its ``agenda`` is there
    and it is not ``busy()``. None: no scheduler in this checkout.
    """
    module = _module("kontaktbuch.ui.reminders.scheduler")
    if module is None or not hasattr(module, "scheduler_for"):
        return None

    def done() -> bool:
        scheduler = module.scheduler_for(ctx)
        if scheduler is None:
            return True  # no tray here: nothing runs beside the window
        busy = getattr(scheduler, "busy", lambda: False)
        return getattr(scheduler, "agenda", True) is not None and not busy()

    return done


def capture_action(window: Any) -> Any | None:
    """The window's "log conversations" action (Ctrl+L), found by shortcut or name."""
    from PySide6.QtGui import QAction, QKeySequence

    wanted = QKeySequence("Ctrl+L")
    for action in window.findChildren(QAction):
        name = action.objectName().lower()
        if action.shortcut() == wanted or "capture" in name:
            return action
    return None


def capture_save() -> Callable[[dt.datetime, list[dict[str, Any]]], object] | None:
    """Save one new event with its conversations in one go (the dialog's save path).

    ``conversations`` are dicts with ``contact_ids``, ``new_contacts`` (names),
    ``channel``, ``minutes``, ``notes``, ``outcomes`` [(kind, text)] and
    ``follow_ups`` [(text, due date)]. Wired to
    ``journal.conversations.save_capture(inputs, new_event=NewEvent(…))``.
    """
    c = _module("kontaktbuch.journal.conversations")
    if c is None or not hasattr(c, "save_capture"):
        return None

    def save(when: dt.datetime, conversations: list[dict[str, Any]]) -> object:
        inputs = [
            c.ConversationInput(
                occurred_at=when,
                contact_ids=list(row["contact_ids"]),
                new_contact_names=list(row["new_contacts"]),
                channel=row["channel"],
                minutes=row["minutes"],
                notes=row["notes"],
                enjoyment=4,
                outcomes=[c.OutcomeInput(kind, text) for kind, text in row["outcomes"]],
                follow_ups=[c.FollowUpInput(text, due) for text, due in row["follow_ups"]],
            )
            for row in conversations
        ]
        return c.save_capture(inputs, new_event=c.NewEvent("Benchmark-Abend", when))

    return save


# --- exchange (issue 7) --------------------------------------------------------------


def vcard_import() -> Callable[[Path], object] | None:
    """Read, check for duplicates and import every contact of a .vcf file.

    Wired to ``exchange.importer.import_file("vcard", path)``.
    """
    module = _module("kontaktbuch.exchange.importer")
    if module is None or not hasattr(module, "import_file"):
        return None
    return lambda path: module.import_file("vcard", path)


def archive_export() -> Callable[[Path], object] | None:
    """Write the whole open journal as an archive (``exchange.archive.export_archive``)."""
    module = _module("kontaktbuch.exchange.archive")
    fn = _first(module, ("export_archive",))
    if fn is None:
        return None
    return lambda path: fn(path)


def archive_restore() -> Callable[[Path], object] | None:
    """Read an archive into the open, empty journal (``exchange.archive.restore_archive``)."""
    module = _module("kontaktbuch.exchange.archive")
    fn = _first(module, ("restore_archive",))
    if fn is None:
        return None
    return lambda path: fn(path)


# --- lists (issues 3 and 4) ----------------------------------------------------------


def main_list(view: Any) -> Any | None:
    """The item view that shows a view's main list: the visible one with the most rows.

    Combo boxes (filters) carry hidden list views of their own; they do not count.
    """
    from PySide6.QtWidgets import QAbstractItemView, QComboBox

    best, best_rows = None, -1
    for candidate in view.findChildren(QAbstractItemView):
        parent, in_combo = candidate.parentWidget(), False
        while parent is not None and parent is not view:
            in_combo = in_combo or isinstance(parent, QComboBox)
            parent = parent.parentWidget()
        if in_combo or not candidate.isVisibleTo(view):
            continue
        model = candidate.model()
        rows = model.rowCount() if model is not None else -1
        if rows > best_rows:
            best, best_rows = candidate, rows
    return best
