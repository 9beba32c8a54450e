"""Real CardDAV/CalDAV servers for the sync tests: Radicale and Xandikos.

Each runs as its own process on a free port of 127.0.0.1 with storage in a
temporary folder (in memory, /dev/shm, where there is one: both servers write a
file per item and are much quicker there), behind a :class:`FaultProxy`.
Every test gets a user of its own, so tests never see each other's data.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.exchange.sync.proxy import FaultProxy

USERS = {f"user{n}": f"pw-{n}-secret" for n in range(1, 200)}
_next_user = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def storage_dir(prefix: str) -> Path:
    shm = Path("/dev/shm")
    base = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix=f"kontaktbuch-{prefix}-", dir=base))


def _wait_until_up(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server ended: {log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers (401, 404 …): it is up
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not start: {log.read_text(errors='replace')[-2000:]}")


@dataclass
class User:
    name: str
    password: str


class DavServer:
    """One server process, its storage and the proxy in front of it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.storage = storage_dir(name)
        self.port = free_port()
        self.log = self.storage / "server.log"
        bin_dir = Path(sys.executable).parent
        if name == "radicale":
            htpasswd = self.storage / "htpasswd"
            htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()))
            command = [
                sys.executable,
                "-m",
                "radicale",
                f"--storage-filesystem-folder={self.storage / 'collections'}",
                f"--server-hosts=127.0.0.1:{self.port}",
                "--auth-type=htpasswd",
                f"--auth-htpasswd-filename={htpasswd}",
                "--auth-htpasswd-encryption=plain",
                "--server-delay-on-error=0",
                "--auth-delay=0",
                "--logging-level=warning",
            ]
            users = None  # Radicale checks passwords itself
        else:
            command = [
                str(bin_dir / "xandikos"),
                "multi-user",
                "-d",
                str(self.storage / "collections"),
                "-l",
                "127.0.0.1",
                "-p",
                str(self.port),
                "--trust-x-remote-user-from",
                "127.0.0.1",
                "--no-detect-systemd",
                "--state-dir",
                str(self.storage / "state"),
            ]
            users = USERS
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, cwd=self.storage
            )
        _wait_until_up(self.port, self.process, self.log)
        self.proxy = FaultProxy(self.port, users)

    @property
    def url(self) -> str:
        return self.proxy.url

    def new_user(self) -> User:
        name = f"user{next(_next_user)}"
        return User(name, USERS[name])

    def close(self) -> None:
        self.proxy.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.storage, ignore_errors=True)
