"""The tray under a real X server: Xvfb with trayer as the tray host.

The scenario runs in a subprocess (``tray_scenario.py``) on the xcb platform,
because this process is on the offscreen platform. Without Xvfb or trayer the
test is skipped locally, and fails in CI (where ``.ci/run`` installs both).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.tray


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display it picks itself (``-displayfd``), so parallel runs don't clash."""
    read_fd, write_fd = os.pipe()
    try:
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        os.close(write_fd)
    number = b""
    try:
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], 0.2)
            if ready:
                chunk = os.read(read_fd, 16)
                if not chunk:
                    break
                number += chunk
    finally:
        os.close(read_fd)
    if not number.strip():
        _stop(xvfb)
        pytest.fail("Xvfb did not start")
    return xvfb, f":{number.decode().strip()}"


@pytest.fixture
def x_display_with_tray() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        message = f"needs {' and '.join(missing)} (apt-get install xvfb trayer)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    xvfb, display = _start_xvfb()
    trayer: subprocess.Popen[bytes] | None = None
    try:
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "28", "--SetDockType", "true", "--transparent", "false"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        yield display
    finally:
        if trayer is not None:
            _stop(trayer)
        _stop(xvfb)


def run_scenario(display: str, work: Path, lang: str = "en") -> dict[str, object]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "WAYLAND_"))
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        TRAY_SCENARIO_LANG=lang,
        LANG="C.UTF-8",
    )
    shots = os.environ.get("KONTAKTBUCH_SCREENSHOTS", "")
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.reminders.tray_scenario", str(work), shots],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[-1])


def test_tray_icon_menu_and_notifications(x_display_with_tray: str, tmp_path: Path) -> None:
    r = run_scenario(x_display_with_tray, tmp_path)
    assert r["platform"] == "xcb"
    assert r["tray_available"] is True, "trayer did not provide a system tray"
    assert r["tray_created"] and r["icon_visible"] and r["icon_embedded"]
    assert r["quit_on_last_window_closed"] is False  # closing the window keeps us running

    # One notification for what became due at once, however often the scheduler checks.
    notifications = r["notifications"]
    assert len(notifications) == 1
    title, body = notifications[0]
    assert title == "4 reminders due"
    assert "Follow up: Angebot nachfassen" in body
    assert r["tooltip"] == "Kontaktbuch – 4 reminders due"
    assert "Tomorrow: Stammtisch" in dict(r["menu"]).values()
    assert r["window_title"] == "Kontaktbuch (4 due)"

    names = [name for name, _text in r["menu"]]
    assert names[0] == "captureAction"
    assert names[1:5] == [
        name for name in names if name.startswith("trayReminder:")
    ]  # the due reminders come next
    assert names[-4:] == ["trayAllReminders", "trayOpen", "trayPause", "trayQuit"]
    texts = dict(r["menu"])
    assert texts["trayAllReminders"] == "All reminders (4 due)…"
    assert texts["trayPause"] == "Pause reminders for today"

    # The menu's actions do what they say.
    assert r["capture_triggered"] == 1
    assert r["reminder_opened"][0] == "follow_up"
    assert r["all_reminders_view"] == "reminders"
    assert r["hidden_after_close"] is True and r["hint_shown"] is True
    assert r["notifications_after_closing_twice"] == 2  # the hint comes once
    assert r["visible_after_open"] is True
    assert r["message_click_opened"] is not None
    assert r["paused_until"] == "2026-11-27T00:00:00" and r["pause_checked"] is True
    assert "paused" in r["tooltip_paused"]
    assert r["quit_exit_code"] == 0


def test_tray_speaks_german(x_display_with_tray: str, tmp_path: Path) -> None:
    r = run_scenario(x_display_with_tray, tmp_path, lang="de")
    assert r["tray_available"] is True
    texts = dict(r["menu"])
    assert texts["trayAllReminders"] == "Alle Erinnerungen (4 fällig)…"
    assert texts["trayOpen"] == "Kontaktbuch öffnen"
    assert texts["trayPause"] == "Erinnerungen heute pausieren"
    assert texts["trayQuit"] == "Beenden"
    assert r["notifications"][0][0] == "4 Erinnerungen fällig"
    assert r["window_title"] == "Kontaktbuch (4 fällig)"
