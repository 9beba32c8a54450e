"""The sync password: in the system keyring, or given each time — never in a file.

``keyring`` finds the platform's store (Secret Service on Linux desktops, the
macOS Keychain, the Windows Credential Locker). Where there is none (a bare
server, a minimal desktop) the password is asked for at each sync, or given by
``--password-stdin`` or the ``KONTAKTBUCH_SYNC_PASSWORD`` environment variable.
It is never written to the settings, the journal or a log.
"""

from __future__ import annotations

import contextlib
import logging
import os

log = logging.getLogger(__name__)

SERVICE = "Kontaktbuch sync"
ENV = "KONTAKTBUCH_SYNC_PASSWORD"


def _key(url: str, username: str) -> str:
    return f"{username}@{url}"


def from_environment() -> str | None:
    value = os.environ.get(ENV)
    return value if value else None


def stored(url: str, username: str) -> str | None:
    """The password the keyring holds for this account, or None (none, or no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, _key(url, username))
        except KeyringError:
            return None
    except Exception:  # a broken backend (D-Bus gone, …) is "no keyring", never a crash
        log.debug("keyring not usable", exc_info=True)
        return None


def store(url: str, username: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is no keyring to keep it in."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, _key(url, username), password)
            return True
        except KeyringError:
            return False
    except Exception:
        log.debug("keyring not usable", exc_info=True)
        return False


def forget(url: str, username: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE, _key(url, username))
    except Exception:
        log.debug("keyring not usable", exc_info=True)
