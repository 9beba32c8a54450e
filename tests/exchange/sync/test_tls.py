"""TLS is always verified; a server with its own certificate authority needs its CA file."""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kontaktbuch.exchange.sync import account
from kontaktbuch.exchange.sync.client import Connection, SyncError
from tests.exchange.sync.helpers import NAMES
from tests.exchange.sync.servers import USERS, free_port, storage_dir


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """(CA file, server certificate, server key): a private CA and a leaf for 127.0.0.1."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kontaktbuch test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


@pytest.fixture(scope="module")
def tls_server() -> tuple[str, Path]:
    folder = storage_dir("radicale-tls")
    ca_file, cert, key = _certificates(folder)
    htpasswd = folder / "htpasswd"
    htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()))
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                f"--storage-filesystem-folder={folder / 'collections'}",
                f"--server-hosts=127.0.0.1:{port}",
                "--ssl",
                f"--certificate={cert}",
                f"--key={key}",
                "--auth-type=htpasswd",
                f"--auth-htpasswd-filename={htpasswd}",
                "--auth-htpasswd-encryption=plain",
                "--auth-delay=0",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up_tls(port, process, log)
        yield f"https://127.0.0.1:{port}/", ca_file  # type: ignore[misc]
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def _wait_until_up_tls(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    import socket
    import time

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("TLS server did not start")


def test_certificates_are_checked_and_a_ca_file_is_allowed(tls_server: tuple[str, Path]) -> None:
    url, ca_file = tls_server
    name, password = "user150", USERS["user150"]
    conn = Connection(url, name, password, timeout=5)
    with pytest.raises(SyncError) as failed:
        account.discover(conn)
    assert failed.value.reason == "tls"
    conn.close()

    conn = Connection(url, name, password, ca_file=str(ca_file), timeout=5)
    result = account.set_up(conn, create=True, names=NAMES)
    conn.close()
    assert not result.missing and len(result.collections) == 5
