"""A keyring for the encrypted cold-start benchmark: keyrings.alt's file keyring in
the benchmark's working folder, ranked as a system keyring so that Kontaktbuch uses
it (``PYTHON_KEYRING_BACKEND=benchmarks.bench_keyring.BenchKeyring``). Never the
user's own keyring."""

from __future__ import annotations

import os
from pathlib import Path

from keyrings.alt.file import PlaintextKeyring


class BenchKeyring(PlaintextKeyring):  # type: ignore[misc]  # keyrings.alt has no types
    priority = 1


def remember(xdg_data: Path, database: Path, secret: str) -> None:
    """Remember ``secret`` for ``database`` as the window's "remember" box does."""
    from kontaktbuch.store.cipher import Passphrase, read_salt
    from kontaktbuch.ui.security.keyring_store import PREFIX, SERVICE

    salt = read_salt(database)
    entry = f"{PREFIX}{salt.hex()}:{Passphrase(secret).key(salt).hex()}"
    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(xdg_data)
    try:
        BenchKeyring().set_password(SERVICE, str(database.resolve()), entry)
    finally:
        if before is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = before
