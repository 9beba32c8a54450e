"""One writer per journal: a second start brings the running window forward."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.single_instance import SingleInstance


def test_second_instance_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # released locks are free again
    third.release()


def test_second_start_waits_for_an_owner_that_listens_after_its_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire(listen=False)  # the window's start: lock now, listen after the paint
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire()
        assert not second.notify_running(wait_ms=100)  # nobody listens yet, nobody forever
        answered: list[bool] = []
        asking = threading.Thread(target=lambda: answered.append(second.notify_running()))
        asking.start()  # asks while the owner is still starting …
        qtbot.wait(300)
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            first.listen()  # … and is answered once it listens
        asking.join(timeout=10)
        assert answered == [True]
    finally:
        first.release()


def test_lock_of_a_crashed_process_is_taken_over(qapp: object, tmp_path: Path) -> None:
    lock = tmp_path / "kontaktbuch.lock"
    # A lock left by a process that no longer exists (PID far beyond pid_max).
    lock.write_text("99999999\nkontaktbuch\n" + os.uname().nodename + "\n", encoding="utf-8")
    guard = SingleInstance(tmp_path)
    assert guard.acquire()
    guard.release()


@pytest.mark.slow
def test_second_start_of_the_app_exits_and_leaves_the_first_running(tmp_path: Path) -> None:
    env = dict(os.environ, KONTAKTBUCH_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    env["KONTAKTBUCH_LOG"] = "INFO"
    first = subprocess.Popen(
        [sys.executable, "-m", "kontaktbuch", "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = tmp_path / "data" / "kontaktbuch.lock"
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.1)
        assert lock.exists(), "the first instance did not start"
        time.sleep(0.5)  # let it open its local server after taking the lock
        second = subprocess.run(
            [sys.executable, "-m", "kontaktbuch", "--lang", "en"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert first.poll() is None  # the first one is still there
    finally:
        first.terminate()
        first.communicate(timeout=30)
