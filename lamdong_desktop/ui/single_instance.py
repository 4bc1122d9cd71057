"""One running program per data folder: a second launch asks the first to come to the front, then exits.

Two copies writing one SQLite file would be safe for SQLite but confusing for people (two windows, two
sign-ins, stale views), so the second copy hands over instead.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"


def server_name(data_root: Path) -> str:
    """A local-socket name unique to the data folder (its path hashed: any length, any characters)."""
    key = os.path.normcase(str(Path(data_root).expanduser().resolve()))
    return "lamdong-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def notify_running(name: str, *, timeout_ms: int = 1500) -> bool:
    """True when a program already serves ``name``: it has been asked to show itself.

    Uses blocking socket calls, so it may run before the event loop or on another thread.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    if socket.bytesToWrite():  # waitForBytesWritten() would wait the whole timeout when nothing is left
        socket.waitForBytesWritten(timeout_ms)
    # The answer only confirms the first copy is responsive; being connected already proves it runs.
    socket.waitForReadyRead(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on ``name`` and emits ``activation_requested`` for each."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # A socket file left by a copy that crashed: nobody answered notify_running(), so reclaim it.
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        return False

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(self._on_ready_read)
            if connection.bytesAvailable():
                self._handle(connection)

    def _on_ready_read(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._handle(connection)

    def _handle(self, connection: QLocalSocket) -> None:
        """Answer and close at once; the caller may have given up waiting, so never write to a closed socket."""
        data = bytes(connection.readAll().data())
        if ACTIVATE.strip() not in data:
            return
        connection.readyRead.disconnect(self._on_ready_read)
        if connection.state() == QLocalSocket.LocalSocketState.ConnectedState:
            connection.write(ANSWER)
            connection.flush()
            connection.disconnectFromServer()
        connection.deleteLater()
        self.activation_requested.emit()
