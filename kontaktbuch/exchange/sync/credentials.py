"""The sync password: in the system keyring, or given each time — never in a file.

``keyring`` finds the platform's store (Secret Service on Linux desktops, the
macOS Keychain, the Windows Credential Locker). As for the remembered passphrase
(``ui/security/keyring_store.py``), only a keyring that keeps secrets encrypted by
the system counts: a fallback that writes them into a plain file (``keyrings.alt``,
priority below 1) is "no keyring". Without one, the password is asked for at each
sync, or given by ``--password-stdin`` or the ``KONTAKTBUCH_SYNC_PASSWORD``
environment variable. It is never written to the settings, the journal or a log.
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "Kontaktbuch sync"
ENV = "KONTAKTBUCH_SYNC_PASSWORD"
# the least priority of a keyring that keeps secrets safe (as for the passphrase)
MIN_PRIORITY = 1


def _key(url: str, username: str) -> str:
    return f"{username}@{url}"


def _backend() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or float(backend.priority) < MIN_PRIORITY:
            return None
        return backend
    except Exception as exc:  # keyring missing or broken: no keyring, never a crash
        log.info("No keyring: %s", exc)
        return None


def available() -> bool:
    return _backend() is not None


def from_environment() -> str | None:
    value = os.environ.get(ENV)
    return value if value else None


def stored(url: str, username: str) -> str | None:
    """The password the keyring holds for this account, or None (none, or no keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _key(url, username))
    except Exception as exc:  # locked, D-Bus gone …: not remembered
        log.info("Could not read the keyring: %s", exc)
        return None
    return str(value) if value else None


def store(url: str, username: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is no keyring to keep it in."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _key(url, username), password)
        return True
    except Exception as exc:
        log.info("Could not write the keyring: %s", exc)
        return False


def forget(url: str, username: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _key(url, username))
    except Exception as exc:  # nothing there, or no access: nothing to forget
        log.debug("Nothing forgotten in the keyring: %s", exc)
