"""Many Qt calls in a long session must not exhaust the references to ``None``."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

import kontaktbuch.ui  # noqa: F401 - the guard is installed on import


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_none_survives_a_long_session_of_void_qt_calls() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # a long session of searches and view switches
        obj.setObjectName("x")
    after = sys.getrefcount(None)
    # Either this PySide6 keeps None's references (< 6.12), or the guard pinned None:
    # PySide6 6.12 unguarded would have aborted the interpreter above.
    assert after >= before - 100 or after > 1 << 39
