"""The passphrase remembered in the system keyring (only when the user asks for it).

One entry per journal (service "Kontaktbuch", user name the journal's path), so two
data folders keep two passphrases. Only a keyring that keeps secrets encrypted by
the system is used — the Secret Service (GNOME Keyring, KWallet), the macOS
Keychain, the Windows Credential Locker: a fallback that would write the passphrase
into a plain file (``keyrings.alt``'s, priority below 1) counts as "no keyring".
Every failure of the keyring (locked, no backend, D-Bus gone) is treated as "not
remembered": the unlock dialog asks, nothing breaks.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "Kontaktbuch"
#: the least priority keyring gives a backend that keeps secrets safe
MIN_PRIORITY = 1


def _backend() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # keyring missing or broken: no keyring
        log.info("No keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    try:
        priority = float(backend.priority)
    except Exception:
        return None
    return backend if priority >= MIN_PRIORITY else None


def available() -> bool:
    return _backend() is not None


def _user(database: Path) -> str:
    return str(Path(database).resolve())


def load(database: Path) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _user(database)) or None
    except Exception as exc:
        log.warning("Could not read the keyring: %s", exc)
        return None


def save(database: Path, secret: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _user(database), secret)
    except Exception as exc:
        log.warning("Could not write to the keyring: %s", exc)
        return False
    return True


def forget(database: Path) -> None:
    backend = _backend()
    if backend is None:
        return
    # Not there, or the keyring refused: either way nothing is remembered.
    with contextlib.suppress(Exception):
        backend.delete_password(SERVICE, _user(database))
