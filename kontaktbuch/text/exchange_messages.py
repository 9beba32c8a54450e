"""Words for import and export results and errors, shared by the window and the CLI.

:mod:`kontaktbuch.exchange` knows no Qt and returns structured errors and
warnings; here they become sentences in the user's language.
"""

from __future__ import annotations

from kontaktbuch.exchange.records import ExchangeError, ImportWarning
from kontaktbuch.text.i18n import translate


def _where(card: int | None, line: int | None) -> str:
    if card and line:
        return (
            translate("exchange", "card %1, line %2")
            .replace("%1", str(card))
            .replace("%2", str(line))
        )
    if card:
        return translate("exchange", "card %1").replace("%1", str(card))
    if line:
        return translate("exchange", "line %1").replace("%1", str(line))
    return ""


def describe_error(exc: ExchangeError) -> str:
    """One sentence naming the file, the card or line, and the reason — in the user's
    language only; the technical text is in :func:`error_details`."""
    reasons = {
        "unreadable": translate("exchange", "the file cannot be read"),
        "not_vcard": translate("exchange", "this is not a vCard file"),
        "not_csv": translate("exchange", "this is not a CSV file"),
        "parse": translate("exchange", "this entry cannot be read"),
        "no_header": translate(
            "exchange",
            "no header line with “First Name” and “Last Name” was found "
            "(is it LinkedIn’s Connections.csv?)",
        ),
        "empty": translate("exchange", "the file is empty"),
        "no_vcards": translate("exchange", "no vCard (.vcf file) was found in this folder"),
        "not_regular": translate(
            "exchange",
            "this is not a regular file (but a pipe, a device or a folder); only regular "
            "files and folders of them are read",
        ),
        "too_large": translate(
            "exchange", "the file is larger than %3 MiB, more than any export of its kind"
        ).replace("%3", exc.detail),
        "too_long_value": translate(
            "exchange",
            "a value is longer than the journal keeps (a name 200 characters, a title "
            "or an entry 300, a text 100,000)",
        ),
        "not_archive": translate("exchange", "this is not a Kontaktbuch archive"),
        "archive_version": translate(
            "exchange", "the archive was written by a newer Kontaktbuch; please update Kontaktbuch"
        ),
        "archive_value": translate("exchange", "the archive holds a value that does not fit"),
        "not_empty": translate("exchange", "the journal already holds data"),
        "unwritable": _unwritable(exc.reason),
    }
    reason = reasons.get(exc.code, translate("exchange", "the file cannot be used"))
    if exc.code == "unreadable" and exc.reason in _STORAGE_CODES:
        reason = _unwritable(exc.reason, reading=True)
    known = _known_detail(exc.detail) if exc.code == "parse" else ""
    if known:
        reason += " (" + known + ")"
    where = _where(exc.card, exc.line)
    place = f"{exc.path} ({where})" if where else exc.path
    text = translate("exchange", "%1: %2.").replace("%1", place).replace("%2", reason)
    if exc.code != "unwritable":
        text += " " + translate("exchange", "Nothing was changed.")
    return text


_STORAGE_CODES = ("full", "read_only_disk", "read_only_folder", "read_only_file",
                  "permission", "not_regular", "io")  # fmt: skip


def _unwritable(reason: str, *, reading: bool = False) -> str:
    """Why a file could not be written (or read), from the storage fault's reason."""
    texts = {
        "full": translate("exchange", "the disk is full; nothing was written"),
        "read_only_disk": translate("exchange", "the disk can only be read"),
        "read_only_folder": translate("exchange", "the folder is read-only"),
        "read_only_file": translate("exchange", "the file is read-only"),
        "permission": translate("exchange", "you have no permission for it"),
        "not_regular": translate(
            "exchange",
            "this is a link, a folder or a device; Kontaktbuch writes only to regular "
            "files or new names",
        ),
        "io": translate("exchange", "the disk reported an error"),
    }
    fallback = (
        translate("exchange", "the file cannot be read")
        if reading
        else translate("exchange", "the file cannot be written")
    )
    return texts.get(reason, fallback)


def _known_detail(detail: str) -> str:
    """The reader's own English details, in the user's language ("" for others)."""
    return {
        "BEGIN:VCARD inside a card (END:VCARD missing)": translate(
            "exchange", "a card begins before the previous one ended"
        ),
        "END:VCARD without BEGIN": translate("exchange", "a card ends that never began"),
        "text outside a card": translate("exchange", "text between two cards"),
        "END:VCARD missing": translate("exchange", "the card does not end"),
        "a line without ':'": translate("exchange", "a line without “:”"),
    }.get(detail, "")


def error_details(exc: ExchangeError) -> str:
    """The technical text behind an import or export error (the message's "Details"
    and the log): the reader's or the operating system's own words, in English."""
    return exc.detail if exc.code not in ("too_large", "not_empty") else ""


def describe_warning(warning: ImportWarning) -> str:
    where = _where(warning.card, warning.line)
    place = f"{warning.source} ({where})" if where else warning.source
    texts = {
        "photo_dropped": translate("exchange", "%1: the photo was not imported."),
        "nameless_row": translate("exchange", "%1: an entry without a name was skipped."),
        "fake_email": translate("exchange", "%1: “%2” is not an e-mail address and was left out."),
        "bad_birthday": translate(
            "exchange", "%1: the birthday “%2” could not be read and was left out."
        ),
        "bad_date": translate("exchange", "%1: the date “%2” could not be read."),
        "skipped_card": translate("exchange", "%1: a card without any name was skipped."),
        "related_not_found": translate(
            "exchange", "%1: the related person “%2” is not in the journal; left out."
        ),
        "combined": translate(
            "exchange", "%1: the same person as “%2” earlier in the file; both were combined."
        ),
        "controls_removed": translate(
            "exchange", "%1: control characters (such as a NUL byte) were removed."
        ),
        "empty_skipped": translate("exchange", "%1: the file is empty and was skipped."),
        "not_regular_skipped": translate(
            "exchange", "%1: not a regular file (a pipe or a device); skipped."
        ),
    }
    text = texts.get(warning.code, "%1: %2")
    return text.replace("%1", place).replace("%2", warning.detail)
