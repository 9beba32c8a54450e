"""The floor of the cold start: a bare PySide6 program showing an empty QMainWindow.

Measured exactly like ``kontaktbuch --startup-check``: from the process start (as
the kernel records it) to the first paint of the window, printed in milliseconds.
Deliberately imports nothing of Kontaktbuch.
"""

from __future__ import annotations

import os
import sys
import time


def process_start_time() -> float:
    """When this process started (epoch seconds); same method as ``kontaktbuch.app``."""
    with open("/proc/self/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime", encoding="ascii") as fh:
        uptime = float(fh.read().split()[0])
    return time.time() - uptime + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    started = process_start_time()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(f"{(time.time() - started) * 1000:.0f}", flush=True)
            print(f"cpu {time.process_time() * 1000:.0f}", file=sys.stderr, flush=True)
            QApplication.exit(0)

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1100, 720)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    QTimer.singleShot(30_000, lambda: QApplication.exit(2))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
