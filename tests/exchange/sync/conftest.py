"""Fixtures of the sync tests: real Radicale and Xandikos servers, one user per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.exchange.sync.servers import DavServer, User

SERVERS = ("radicale", "xandikos")
_running: dict[str, DavServer] = {}


def running(name: str) -> DavServer:
    """The server of that name, started on first use and kept for the session."""
    if name not in _running:
        _running[name] = DavServer(name)
    return _running[name]


@pytest.fixture(scope="session", autouse=True)
def _stop_servers() -> Iterator[None]:
    yield
    while _running:
        _running.popitem()[1].close()


@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[DavServer]:
    dav = running(request.param)
    dav.proxy.fault = None
    dav.proxy.requests.clear()
    yield dav
    dav.proxy.fault = None


@pytest.fixture
def radicale() -> Iterator[DavServer]:
    dav = running("radicale")
    dav.proxy.fault = None
    yield dav
    dav.proxy.fault = None


@pytest.fixture
def user(server: DavServer) -> User:
    return server.new_user()
