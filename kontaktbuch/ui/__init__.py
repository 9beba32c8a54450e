"""Everything Qt: the main window, item models, views, dialogs, tray and charts.

The UI never writes SQL; it calls ``kontaktbuch.journal`` and shows what it returns.
"""

from __future__ import annotations

import sys


def _pin_none() -> None:
    """Make ``None`` immortal on Python 3.11, as Python 3.12 does (PEP 683).

    PySide6 6.12 drops one reference to ``None`` too many on every call of a Qt
    method that returns nothing (``setText``, ``addItem``, ``setData`` …). From
    Python 3.12 on that is harmless because ``None`` is immortal; on 3.11 its count
    (about 10,000 at start) reaches zero after a few hundred searches or view
    switches, and the interpreter aborts with "none_dealloc". Found by the
    benchmarks (docs/performance.md). ``pyproject.toml`` keeps Python 3.11 on
    PySide6 < 6.12; this guard protects installs that still get 6.12 there.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import PySide6

    if PySide6.__version_info__[:2] < (6, 12):
        return  # pyproject.toml asks for an earlier PySide6 on Python 3.11
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


_pin_none()
