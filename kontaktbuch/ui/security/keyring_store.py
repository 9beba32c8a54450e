"""The passphrase remembered in the system keyring (only when the user asks for it).

One entry per journal (service "Kontaktbuch", user name the journal's path), so two
data folders keep two. What is kept is the key derived from the passphrase for the
journal's salt (``kb-key:<salt>:<key>`` in hex), not the passphrase: it opens this
journal and its backups and nothing else the user may guard with the same
passphrase, it stops working by itself when the passphrase changes (new salt), and
a start needs no key derivation (about 0.2 s). Only a keyring that keeps secrets encrypted by
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

from kontaktbuch.store.cipher import Passphrase

log = logging.getLogger(__name__)

SERVICE = "Kontaktbuch"
# the least priority keyring gives a backend that keeps secrets safe
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


PREFIX = "kb-key:"


def load(database: Path) -> str | None:
    """The raw entry (tests and the settings page look whether there is one)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _user(database)) or None
    except Exception as exc:
        log.warning("Could not read the keyring: %s", exc)
        return None


def recall(database: Path, salt: bytes) -> Passphrase | None:
    """What the keyring remembers for the journal of this ``salt``, if anything.

    An entry for another salt (the passphrase was changed since) is no use: None.
    A plain passphrase (stored by hand) is taken as it is.
    """
    entry = load(database)
    if not entry:
        return None
    if not entry.startswith(PREFIX):
        return Passphrase(entry)
    try:
        salt_hex, key_hex = entry[len(PREFIX) :].split(":")
        if bytes.fromhex(salt_hex) != salt:
            return None
        return Passphrase.from_key(salt, bytes.fromhex(key_hex))
    except ValueError:
        log.warning("The keyring's entry for %s is not one of ours", database)
        return None


def remember(database: Path, passphrase: Passphrase, salt: bytes) -> bool:
    """Keep the key that ``passphrase`` gives for ``salt`` (the journal's)."""
    return save(database, f"{PREFIX}{salt.hex()}:{passphrase.key(salt).hex()}")


def save(database: Path, entry: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _user(database), entry)
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
