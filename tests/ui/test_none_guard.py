"""Many Qt calls in a long session must not exhaust the references to ``None``."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

import kontaktbuch.ui  # noqa: F401 - the guard is installed on import


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_none_survives_a_long_session_of_void_qt_calls() -> None:
    obj = QObject()
    for _ in range(5_000):  # a few hundred searches and view switches
        obj.setObjectName("x")
    # Without the guard PySide6 6.12 would have dropped 5,000 of the
    # about 10,000 references; a longer session would abort the interpreter.
    assert sys.getrefcount(None) > 1 << 39
