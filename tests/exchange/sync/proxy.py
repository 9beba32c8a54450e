"""A small HTTP proxy in front of the test servers that can misbehave on purpose.

Every request goes through it, so a test can make the "server" answer 401, 403,
404, 412, 507 or 5xx, drop the connection, answer too late, or send garbage —
for all requests or only for one method — and count what the client asked.

For Xandikos it is also the authenticating reverse proxy Xandikos expects in
front of it: it checks HTTP Basic credentials and passes the user on in
``X-Remote-User`` (Xandikos' documented way to run with several users).
"""

from __future__ import annotations

import base64
import http.client
import http.server
import socketserver
import threading
import time
from collections import Counter
from dataclasses import dataclass

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Fault:
    """What to do instead of forwarding: ``status`` (an HTTP code), ``drop``,
    ``delay`` (seconds, then forward) or ``garbage``; only for ``method`` if given."""

    kind: str
    status: int = 500
    method: str | None = None
    delay: float = 0.0
    body: str = ""  # a request body must contain this to be hit (e.g. "sync-collection")
    times: int = -1  # how many requests to hit (-1: all)


class FaultProxy:
    def __init__(self, target_port: int, users: dict[str, str] | None = None) -> None:
        self.target_port = target_port
        self.users = users  # None: pass Authorization through (Radicale checks it)
        self.fault: Fault | None = None
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go in two writes: without this, Nagle's algorithm and
            # the client's delayed ACK hold every answer back ~40-200 ms
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def handle_one(self) -> None:
                proxy._handle(self)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = handle_one
            do_MKCOL = do_MKCALENDAR = do_OPTIONS = do_PROPPATCH = do_HEAD = do_POST = handle_one

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _take_fault(self, method: str, body: bytes) -> Fault | None:
        with self.lock:
            fault = self.fault
            if fault is None or (fault.method and fault.method != method):
                return None
            if fault.body and fault.body.encode() not in body:
                return None
            if fault.times == 0:
                return None
            if fault.times > 0:
                fault.times -= 1
            return fault

    def _handle(self, req: http.server.BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        with self.lock:
            self.requests[req.command] += 1
        headers = {k: v for k, v in req.headers.items() if k.lower() not in _HOP}
        if self.users is not None:
            user = _basic_user(req.headers.get("Authorization", ""), self.users)
            if user is None:
                _reply(req, 401, b"", {"WWW-Authenticate": 'Basic realm="test"'})
                return
            headers.pop("Authorization", None)
            headers["X-Remote-User"] = user
        fault = self._take_fault(req.command, body)
        if fault is not None:
            if fault.kind == "drop":
                req.close_connection = True
                req.connection.close()
                return
            if fault.kind == "status":
                extra = {"WWW-Authenticate": 'Basic realm="test"'} if fault.status == 401 else {}
                _reply(
                    req, fault.status, b"<html>no</html>", {"Content-Type": "text/html", **extra}
                )
                return
            if fault.kind == "garbage":
                _reply(req, 207, b"\x00\xffnot xml at all <<<", {"Content-Type": "text/xml"})
                return
            if fault.kind == "delay":
                time.sleep(fault.delay)
        target = http.client.HTTPConnection("127.0.0.1", self.target_port, timeout=60)
        try:
            target.request(req.command, req.path, body, headers)
            answer = target.getresponse()
            data = answer.read()
            passed = {k: v for k, v in answer.getheaders() if k.lower() not in _HOP}
            _reply(req, answer.status, data, passed)
        except OSError:
            req.close_connection = True
        finally:
            target.close()


def _basic_user(header: str, users: dict[str, str]) -> str | None:
    if not header.startswith("Basic "):
        return None
    try:
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except ValueError:
        return None
    return user if users.get(user) == password else None


def _reply(
    req: http.server.BaseHTTPRequestHandler, status: int, data: bytes, headers: dict[str, str]
) -> None:
    try:
        req.send_response(status)
        for key, value in headers.items():
            req.send_header(key, value)
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
    except OSError:
        req.close_connection = True
