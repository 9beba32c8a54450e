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
    """One sentence naming the file, the card or line, and the reason."""
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
        "not_archive": translate("exchange", "this is not a Kontaktbuch archive"),
        "archive_version": translate(
            "exchange", "the archive was written by a newer Kontaktbuch; please update Kontaktbuch"
        ),
        "archive_value": translate("exchange", "the archive holds a value that does not fit"),
        "not_empty": translate("exchange", "the journal already holds data"),
        "unwritable": translate("exchange", "the file cannot be written"),
    }
    reason = reasons.get(exc.code, exc.code)
    where = _where(exc.card, exc.line)
    place = f"{exc.path} ({where})" if where else exc.path
    text = translate("exchange", "%1: %2.").replace("%1", place).replace("%2", reason)
    if exc.detail and exc.code not in ("empty", "not_empty"):
        text += " " + translate("exchange", "Details: %1.").replace("%1", exc.detail.rstrip("."))
    if exc.code != "unwritable":
        text += " " + translate("exchange", "Nothing was changed.")
    return text


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
    }
    text = texts.get(warning.code, "%1: %2")
    return text.replace("%1", place).replace("%2", warning.detail)
