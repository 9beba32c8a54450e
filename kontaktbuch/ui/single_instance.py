"""One writer per journal: a second start brings the running window to the front.

A ``QLockFile`` in the data folder says who owns the journal (stale locks of a
crashed process are taken over); a ``QLocalServer`` named after the folder lets
a second start ask the owner to show itself and then exit.

The window's start takes the lock before it opens the journal but listens only
once the window has painted (QtNetwork and the server cost the first paint
5–15 ms); a second start in between waits a moment for the server to appear.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

from kontaktbuch.paths import private_folder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000
# how long a second start waits for the owner's server (it listens after its first paint)
SERVER_WAIT_MS = 3000
RETRY_MS = 50


def server_name(data_dir: Path) -> str:
    import hashlib  # (OpenSSL's) not before the first paint: the name is needed after it

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"kontaktbuch-{digest}"


class SingleInstance(QObject):
    """Own the journal's lock, or tell the owner to come forward."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        private_folder(data_dir)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / "kontaktbuch.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def _name(self) -> str:
        return server_name(self._data_dir)

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this process now owns the journal (and, with ``listen``, listens
        for others; otherwise call :meth:`listen` later)."""
        if not self._lock.tryLock(100):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Let later starts reach this one (once; the lock must be owned)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("Cannot listen on %s: %s", self._name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def notify_running(self, wait_ms: int = SERVER_WAIT_MS) -> bool:
        """Ask the running instance to show its window; True if it answered.

        The owner may still be starting (it listens after its first paint), so a
        missing server is asked again for up to ``wait_ms``.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + wait_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(TIMEOUT_MS):
                break
            missing = socket.error() in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            )
            if not missing or time.monotonic() >= deadline:
                return False
            QThread.msleep(RETRY_MS)
        socket.write(ACTIVATE)
        socket.flush()  # often writes everything at once; then there is nothing to wait for
        ok = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() in data:
            self.activation_requested.emit()
