"""``kontaktbuch sync setup | sync | sync status`` as a user types them."""

from __future__ import annotations

import base64
import io
import json
import logging
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from kontaktbuch.app import main
from tests.exchange.sync.conftest import _stop_servers, radicale  # noqa: F401 - fixtures
from tests.exchange.sync.helpers import Journal, small_journal
from tests.exchange.sync.proxy import Fault
from tests.exchange.sync.servers import DavServer, free_port


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring of this test only (the real one is never touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def run(
    capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        saved = __import__("sys").stdin
        __import__("sys").stdin = io.StringIO(stdin)
    try:
        code = main(["--lang", "en", *args])
    finally:
        if stdin is not None:
            __import__("sys").stdin = saved
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend  # type: ignore[misc]
    keyring.set_keyring(previous)


def test_set_up_sync_and_status_with_the_password_in_the_keyring(
    radicale: DavServer,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    data = tmp_path / "journal"
    user = radicale.new_user()
    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    assert code == 0 and json.loads(out) == {"set_up": False}
    with Journal(data).open():
        small_journal()

    caplog.set_level(logging.DEBUG)
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data),
        "sync",
        "setup",
        radicale.url,
        "--user",
        user.name,
        "--password-stdin",
        "--create",
        stdin=user.password + "\n",
    )
    assert code == 0, err
    assert "kontaktbuch-journal" in out and "kept in the system keyring" in out
    assert list(memory_keyring.passwords.values()) == [user.password]

    code, out, err = run(capsys, "--data-dir", str(data), "sync", "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out)["up"] == {"*": 8} and json.loads(out)["dry_run"] is True

    code, out, err = run(capsys, "--data-dir", str(data), "sync", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["up"]["contact"] == 3 and result["open_conflicts"] == []

    code, out, _ = run(capsys, "--data-dir", str(data), "sync")
    assert code == 0 and "Up: nothing" in out and "Down: nothing" in out

    code, out, _ = run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    status = json.loads(out)
    assert status["set_up"] and status["last_sync"] and status["pending"] == 0
    assert {r for c in status["collections"] for r in c["roles"]} == {
        "contacts",
        "events",
        "tasks",
        "journal",
        "internal",
    }

    # The password is in the keyring only: not in the settings, the journal or a log.
    secret = user.password.encode()
    encoded = base64.b64encode(f"{user.name}:{user.password}".encode())
    for file in data.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert secret not in content and encoded not in content, file
    logged = caplog.text.encode()
    assert secret not in logged and encoded not in logged


def test_without_a_password_or_a_server_the_message_says_what_to_do(
    radicale: DavServer,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "journal"
    user = radicale.new_user()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a machine without a keyring
    monkeypatch.setenv("KONTAKTBUCH_SYNC_PASSWORD", user.password)
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data),
        "sync",
        "setup",
        radicale.url,
        "--user",
        user.name,
        "--create",
    )
    assert code == 0, err
    assert "There is no system keyring here" in out

    monkeypatch.delenv("KONTAKTBUCH_SYNC_PASSWORD")
    code, _, err = run(capsys, "--data-dir", str(data), "sync", stdin="")
    assert code == 1 and "No password" in err

    # the server unreachable: offline is normal, exit code 2 ("later")
    monkeypatch.setenv("KONTAKTBUCH_SYNC_PASSWORD", user.password)
    radicale.proxy.fault = Fault("drop")
    code, _, err = run(capsys, "--data-dir", str(data), "sync")
    radicale.proxy.fault = None
    assert code == 2 and "Offline" in err
    code, out, err = run(capsys, "--data-dir", str(data), "sync")
    assert code == 0 and "Down: nothing" in out, err

    closed = f"http://127.0.0.1:{free_port()}/"
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "other"), "sync", "setup", closed, "--user", "x"
    )
    assert code == 2 and "Offline" in err
