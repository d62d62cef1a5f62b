"""One Holdpoint window per history.

The first window on a data folder holds a lock file in it (QLockFile: two processes can
never both write the history, whatever else happens) and, once its window is painted,
listens on a local socket named after the folder, in the person's runtime folder
(QLocalServer: a Unix socket or a Windows named pipe, never a network port). A second
start on the same folder finds the lock taken, hands over what it was asked to do (a
routine, a place) through the socket, and exits; the first window comes to the front
and does it. A second start that comes while the first is still starting waits for its
socket. A socket or lock left behind by a crash is detected (the lock's process is gone)
and replaced.

Only the lock is taken before the first paint: it needs nothing but QtCore, while
QtNetwork and the socket cost about 15 ms of start-up and wait for the window.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "history.lock"
CONNECT_MS = 500
ANSWER_MS = 1500
#: How long a second start waits for a first one that holds the lock but does not listen
#: yet (it is still starting: the socket comes after its first paint).
STARTING_S = 5.0


@dataclass(frozen=True)
class Request:
    """What a second start asks the first window to do."""

    place: str | None = None
    routine: str | None = None  # a built-in id or an absolute file path
    start: bool = False
    #: Started in the tray (at login): nothing to show if Holdpoint already runs.
    tray: bool = False


def socket_name(data_dir: Path) -> str:
    """The local socket for ``data_dir``: a path in the person's runtime folder on POSIX
    (private to them), a pipe name on Windows; the same folder always gives the same name."""
    path = QByteArray(str(data_dir.resolve()).encode())
    hashed = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex()
    digest = bytes(hashed.data()).decode()[:16]
    name = f"holdpoint-{digest}"
    if sys.platform == "win32":
        return name
    return str(_runtime_dir() / name)


def _runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR`` (Linux desktops), else a folder of our own in the temporary
    folder (``$TMPDIR`` is per-user on macOS), readable by the person only."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    folder = Path(os.environ.get("TMPDIR") or "/tmp") / f"holdpoint-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.stat().st_uid != os.getuid():  # someone else's: do not put a socket there
        raise OSError(f"{folder} belongs to another user")
    os.chmod(folder, 0o700)
    return folder


class AlreadyRunning(Exception):
    """Another Holdpoint holds this history but could not be reached; the message says
    which process."""


class Instance(QObject):
    """Claim the history for this process (:meth:`claim`, then :meth:`listen`), or hand
    a request over to the process that holds it."""

    #: A second start asked for something: a :class:`Request`.
    requested = Signal(object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = socket_name(data_dir)
        self.lock = QLockFile(str(data_dir / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None

    def claim(self, request: Request) -> bool:
        """Hold the history's lock: True. Or hand ``request`` over to the window that
        holds it (waiting up to :data:`STARTING_S` for one that is still starting):
        False. Raises :class:`AlreadyRunning` when the holder never answers."""
        if self.lock.tryLock(0):
            return True
        deadline = time.monotonic() + STARTING_S
        while not self.hand_over(request):
            if self.lock.tryLock(0):  # the holder quit (or crashed) meanwhile
                return True
            if time.monotonic() > deadline:
                owner = self.lock.getLockInfo()  # (pid, host name, program) in PySide6
                pid = owner[0] if isinstance(owner, tuple) and owner else "?"
                raise AlreadyRunning(
                    f"another Holdpoint (process {pid}) is using this history and does not answer"
                )
            time.sleep(0.1)
        return False

    def hand_over(self, request: Request) -> bool:
        """Give ``request`` to a window already running on this history; True if it took it."""
        import json

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(json.dumps(asdict(request)).encode() + b"\n")
        socket.flush()
        answered = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readAll().data()) == b"ok\n"
        socket.disconnectFromServer()
        return answered

    def listen(self) -> None:
        """Answer later starts on this history (after :meth:`claim` returned True)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crash
        if server.listen(self.name):
            server.newConnection.connect(lambda: self._accept(server))
            self.server = server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _accept(self, server: QLocalServer) -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        import json

        try:
            data = json.loads(bytes(socket.readLine().data()))
            request = Request(
                place=_text_or_none(data.get("place")),
                routine=_text_or_none(data.get("routine")),
                start=data.get("start") is True,
                tray=data.get("tray") is True,
            )
        except (ValueError, AttributeError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.requested.emit(request)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) < 4096 else None


def request_from(
    place: str | None, routine: str | None, start: bool, tray: bool = False
) -> Request:
    """The request of a second start: a routine file's path made absolute, since the
    first window may run in another folder."""
    if routine is not None and Path(routine).is_file():
        routine = str(Path(routine).resolve())
    return Request(place, routine, start, tray)
