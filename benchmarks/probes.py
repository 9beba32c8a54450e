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
        found = getattr(module, name, None)
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


def fts_match_expression(text: str) -> str:
    """A prefix query over every word typed so far, safe against FTS5 operators."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


# --- reflection (issue 5) ------------------------------------------------------------


def reflection_compute() -> Callable[[dt.date, dt.date], object] | None:
    """Compute the reflection figures of a period from ``start`` to ``end`` (inclusive)."""
    module = _module("kontaktbuch.journal.reflection")
    fn = _first(
        module,
        ("compute", "compute_figures", "figures", "period_figures", "reflection_figures", "stats"),
    )
    if fn is None:
        return None
    return lambda start, end: fn(start, end)


def reflection_show(view: Any) -> Callable[[dt.date, dt.date], object] | None:
    """Make the reflection view show a period (compute + fill the panel and charts)."""
    for name in ("set_period", "show_period", "set_range", "show_range"):
        method = getattr(view, name, None)
        if callable(method):
            return lambda start, end, method=method: method(start, end)
    return None


# --- quick capture (issue 4) ---------------------------------------------------------


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
    """Save one event with its conversations in one go (the dialog's save path).

    ``conversations`` are dicts with ``contacts`` (names), ``channel``, ``minutes``,
    ``notes``, ``outcomes`` [(kind, text)] and ``follow_ups`` [(text, due date)].
    """
    module = _module("kontaktbuch.journal.capture")
    fn = _first(module, ("save_capture", "save", "save_event_with_conversations"))
    if fn is None:
        return None
    return lambda when, conversations: fn(when, conversations)


# --- exchange (issue 7) --------------------------------------------------------------


def vcard_import() -> Callable[[Path], object] | None:
    """Import every contact of a .vcf file into the open journal."""
    module = _module("kontaktbuch.exchange.vcard")
    fn = _first(module, ("import_vcards", "import_file", "import_vcf", "import_path"))
    if fn is None:
        return None
    return lambda path: fn(path)


def archive_export() -> Callable[[Path], object] | None:
    """Write the whole open journal as an archive file."""
    module = _module("kontaktbuch.exchange.archive")
    fn = _first(module, ("export_archive", "write_archive", "export"))
    if fn is None:
        return None
    return lambda path: fn(path)


def archive_restore() -> Callable[[Path], object] | None:
    """Read an archive into the open (empty) journal."""
    module = _module("kontaktbuch.exchange.archive")
    fn = _first(module, ("restore_archive", "import_archive", "read_archive", "restore"))
    if fn is None:
        return None
    return lambda path: fn(path)


# --- lists (issues 3 and 4) ----------------------------------------------------------


def main_list(view: Any) -> Any | None:
    """The item view that shows a view's main list: the one with the most rows."""
    from PySide6.QtWidgets import QAbstractItemView

    best, best_rows = None, -1
    for candidate in view.findChildren(QAbstractItemView):
        model = candidate.model()
        rows = model.rowCount() if model is not None else -1
        if rows > best_rows:
            best, best_rows = candidate, rows
    return best
