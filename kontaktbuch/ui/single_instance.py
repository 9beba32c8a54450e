"""One writer per journal: a second start brings the running window to the front.

A ``QLockFile`` in the data folder says who owns the journal (stale locks of a
crashed process are taken over); a ``QLocalServer`` named after the folder lets
a second start ask the owner to show itself and then exit.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"kontaktbuch-{digest}"


class SingleInstance(QObject):
    """Own the journal's lock, or tell the owner to come forward."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / "kontaktbuch.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the journal and listens for others."""
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("Cannot listen on %s: %s", self._name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def notify_running(self) -> bool:
        """Ask the running instance to show its window; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
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
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() in data:
            self.activation_requested.emit()
