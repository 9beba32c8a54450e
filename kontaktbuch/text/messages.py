"""Words for the errors of the user's environment, shared by the window and the CLI.

The store raises structured exceptions; here they become sentences in the user's
language, each saying what happened and what the user can do.
"""

from __future__ import annotations

from kontaktbuch.store.errors import (
    BackupInvalidError,
    CipherUnavailableError,
    DamagedDatabaseError,
    JournalInUseError,
    NewerSchemaError,
    PassphraseRequiredError,
    StorageError,
    StoreError,
    WrongPassphraseError,
)
from kontaktbuch.text.i18n import translate


def describe_store_error(exc: StoreError) -> str:
    encryption = _describe_encryption_error(exc)
    if encryption is not None:
        return encryption
    if isinstance(exc, DamagedDatabaseError):
        text = (
            translate(
                "messages",
                "The journal file %1 is damaged or is not a Kontaktbuch database (%2). "
                "It has not been changed.",
            )
            .replace("%1", str(exc.path))
            .replace("%2", exc.detail)
        )
        if exc.newest_backup is not None:
            text += " " + translate(
                "messages", "The newest backup is %1. You can restore it from there."
            ).replace("%1", str(exc.newest_backup))
        else:
            text += " " + translate("messages", "No backup was found.")
        return text
    if isinstance(exc, NewerSchemaError):
        return (
            translate(
                "messages",
                "The journal %1 was saved by a newer version of Kontaktbuch (schema %2; "
                "this version knows up to %3). Please update Kontaktbuch. "
                "The file has not been changed.",
            )
            .replace("%1", str(exc.path))
            .replace("%2", str(exc.found))
            .replace("%3", str(exc.supported))
        )
    if isinstance(exc, StorageError):
        if exc.disk_full:
            return translate(
                "messages",
                "The disk is full; %1 could not be written. Free some space and try again. "
                "Nothing was saved half.",
            ).replace("%1", str(exc.path))
        return (
            translate("messages", "%1 could not be read or written: %2")
            .replace("%1", str(exc.path))
            .replace("%2", exc.detail)
        )
    if isinstance(exc, BackupInvalidError):
        return (
            translate(
                "messages", "%1 is not a usable Kontaktbuch backup (%2). Nothing was changed."
            )
            .replace("%1", str(exc.path))
            .replace("%2", exc.detail)
        )
    return str(exc)


def _describe_encryption_error(exc: StoreError) -> str | None:
    """The words for an encrypted journal's errors (None: not one of them)."""
    if isinstance(exc, WrongPassphraseError):
        text = translate(
            "messages", "The passphrase does not open %1. Nothing was changed."
        ).replace("%1", str(exc.path))
        if exc.newest_backup is not None:
            text += " " + translate(
                "messages",
                "If you are sure it is right, the file may be damaged; the newest backup is %1.",
            ).replace("%1", str(exc.newest_backup))
        return text
    if isinstance(exc, PassphraseRequiredError):
        return translate(
            "messages",
            "%1 is encrypted. Give its passphrase as the first line of standard input "
            "with --passphrase-stdin, or in the environment variable KONTAKTBUCH_PASSPHRASE.",
        ).replace("%1", str(exc.path))
    if isinstance(exc, JournalInUseError):
        return translate(
            "messages",
            "%1 is open in Kontaktbuch's window or in another command. Close it and try "
            "again. Nothing was changed.",
        ).replace("%1", str(exc.path))
    if isinstance(exc, CipherUnavailableError):
        return translate(
            "messages",
            "Encryption is not available in this installation (%1). Install the Python "
            "package sqlcipher3.",
        ).replace("%1", exc.detail)
    return None
