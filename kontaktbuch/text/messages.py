"""Words for the errors of the user's environment, shared by the window and the CLI.

The store raises structured exceptions; here they become sentences in the user's
language, each saying what happened and what the user can do.
"""

from __future__ import annotations

from pathlib import Path

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
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP, translate


def describe_store_error(exc: StoreError) -> str:
    """What happened and what the user can do, in their language.

    The technical text (SQLite's or the operating system's English words) is not
    part of it: :func:`store_error_details` gives it, for a message's "Details"
    and the log.
    """
    encryption = _describe_encryption_error(exc)
    if encryption is not None:
        return encryption
    if isinstance(exc, DamagedDatabaseError):
        text = translate(
            "messages",
            "The journal file %1 is damaged or is not a Kontaktbuch database. "
            "It has not been changed.",
        ).replace("%1", str(exc.path))
        if exc.newest_backup is not None:
            text += " " + translate(
                "messages",
                "The newest backup is %1. You can restore it from there; the damaged file "
                "is kept beside it, not deleted.",
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
        return describe_storage(exc.path, exc.reason)
    if isinstance(exc, BackupInvalidError):
        return _describe_backup(exc)
    return translate("messages", "%1 could not be used.").replace("%1", str(exc))


def describe_storage(path: Path | str, reason: str) -> str:
    """The words for a storage fault (``StorageError.reason``) at ``path``."""
    texts = {
        "full": translate(
            "messages",
            "The disk holding %1 is full. Free some space and try again. "
            "Nothing was saved half; what was there before is unchanged.",
        ),
        "read_only_disk": translate(
            "messages",
            "%1 lies on a disk that can only be read (mounted read-only). Kontaktbuch "
            "can show it but not change it. To make changes, mount the disk writable "
            "or move the data folder.",
        ),
        "read_only_folder": translate(
            "messages",
            "The folder of %1 is read-only. Kontaktbuch can show the journal but cannot "
            "save changes or backups there. To make changes, make the folder writable "
            "again (for example chmod u+w).",
        ),
        "read_only_file": translate(
            "messages",
            "%1 is read-only. Kontaktbuch can show it but does not change it, and does "
            "not make it writable on its own. To make changes, make the file writable "
            "again (for example chmod u+w).",
        ),
        "permission": translate(
            "messages",
            "You have no permission to use %1. Check who owns the file and its folder, "
            "and their permissions. Nothing was changed.",
        ),
        "locked": translate(
            "messages",
            "Another program is writing to %1 and did not finish within %2 seconds. "
            "Nothing was changed. Try again in a moment; if it keeps happening, close "
            "the other programs that have the journal open.",
        ),
        "not_regular": translate(
            "messages",
            "%1 is not a regular file (but a link, a folder, a device or a pipe). "
            "Kontaktbuch only reads regular files and only writes to regular files or "
            "new names. Nothing was changed.",
        ),
        "io": translate(
            "messages",
            "The disk reported an error while reading or writing %1. Nothing was "
            "changed. Check the disk, and keep your backups safe.",
        ),
    }
    text = texts.get(
        reason,
        translate("messages", "%1 could not be read or written. Nothing was changed."),
    )
    from kontaktbuch.store.transactions import LOCK_WAIT_SECONDS

    return text.replace("%1", str(path)).replace("%2", str(round(LOCK_WAIT_SECONDS)))


def _describe_backup(exc: BackupInvalidError) -> str:
    reasons = {
        "unreadable": translate("messages", "the file cannot be read"),
        "not_regular": translate("messages", "it is not a regular file"),
        "not_sqlite": translate("messages", "it is not a database file"),
        "damaged": translate("messages", "the file is damaged"),
        "newer": translate(
            "messages", "it was made by a newer version of Kontaktbuch; please update"
        ),
        "not_journal": translate("messages", "it is a database, but not a Kontaktbuch journal"),
    }
    reason = reasons.get(exc.reason, translate("messages", "the check failed"))
    return (
        translate("messages", "%1 is not a usable Kontaktbuch backup: %2. Nothing was changed.")
        .replace("%1", str(exc.path))
        .replace("%2", reason)
    )


def store_error_details(exc: BaseException) -> str:
    """The technical text behind a store error (for "Details" and the log): what
    SQLite or the operating system said, in their (English) words. Empty for the
    errors whose message says everything (a wrong passphrase, a newer schema)."""
    detail = getattr(exc, "detail", None)
    if not isinstance(exc, (StorageError, DamagedDatabaseError, BackupInvalidError)):
        return ""
    parts = [f"{type(exc).__name__}: {detail if isinstance(detail, str) else exc}"]
    cause = exc.__cause__
    if cause is not None and str(cause) != detail:
        parts.append(f"{type(cause).__name__}: {cause}")
    return "\n".join(parts)


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
    for kind, said in _ENCRYPTION_WORDS.items():
        if isinstance(exc, kind):
            return translate("messages", said).replace("%1", str(_subject(exc)))
    return None


def _subject(exc: StoreError) -> object:
    """What an error's message names as %1: its detail, or else its file."""
    return getattr(exc, "detail", None) or getattr(exc, "path", "")


# the errors of an encrypted journal said in one sentence each, %1 their file or detail
_ENCRYPTION_WORDS: dict[type[StoreError], str] = {
    PassphraseRequiredError: QT_TRANSLATE_NOOP(
        "messages",
        "%1 is encrypted. Give its passphrase as the first line of standard input "
        "with --passphrase-stdin, or in the environment variable KONTAKTBUCH_PASSPHRASE.",
    ),
    JournalInUseError: QT_TRANSLATE_NOOP(
        "messages",
        "%1 is open in Kontaktbuch's window or in another command. Close it and try "
        "again. Nothing was changed.",
    ),
    CipherUnavailableError: QT_TRANSLATE_NOOP(
        "messages",
        "Encryption is not available in this installation (%1). Install the Python "
        "package sqlcipher3.",
    ),
}
