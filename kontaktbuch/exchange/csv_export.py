"""Conversations as CSV for spreadsheets: one row per conversation and contact.

German Excel opens a CSV by double-click only when it is UTF-8 *with* a BOM,
separated by semicolons, with dates as 26.11.2026 and decimal commas; English
spreadsheets expect commas and ISO dates. The language is passed in, because
this layer knows no Qt; headers and code labels for both languages live here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import peewee as pw

from kontaktbuch.exchange.archive import write_text_atomic
from kontaktbuch.exchange.records import Progress, report
from kontaktbuch.journal.names import display_name_of
from kontaktbuch.journal.vocabulary import CHANNELS, OUTCOME_KINDS
from kontaktbuch.store import models as m

# the words of the table in English and German, side by side so that they never drift
# apart: the headers, then the names of the channels and the outcome kinds by their
# codes (one table: the two vocabularies share only "other", and name it alike)
HEADERS = (
    ("Date", "Datum"),
    ("Time", "Uhrzeit"),
    ("Channel", "Kanal"),
    ("Minutes", "Minuten"),
    ("Hours", "Stunden"),
    ("Contact", "Kontakt"),
    ("Organisation", "Organisation"),
    ("Event", "Veranstaltung"),
    ("Enjoyment", "Freude"),
    ("Outcomes", "Ergebnisse"),
    ("Follow-ups", "Nachfassen"),
    ("Notes", "Notizen"),
)
CODES = {
    # the channels
    "in_person": ("in person", "persönlich"),
    "phone": ("phone", "Telefon"),
    "video": ("video", "Video"),
    "email": ("e-mail", "E-Mail"),
    "linkedin": ("LinkedIn", "LinkedIn"),
    "xing": ("XING", "XING"),
    "facebook": ("Facebook", "Facebook"),
    # the outcome kinds
    "insight": ("insight", "Erkenntnis"),
    "market_news": ("market news", "Marktinfo"),
    "industry_internals": ("industry internals", "Brancheninterna"),
    "trend": ("trend", "Trend"),
    "law_change": ("change in law", "Gesetzesänderung"),
    "personnel_change": ("personnel change", "Personalveränderung"),
    "strategy_learned": ("strategy learned", "Strategie gelernt"),
    "recommendation_given": ("recommendation given", "Empfehlung gegeben"),
    "recommendation_received": ("recommendation received", "Empfehlung erhalten"),
    "support_given": ("support given", "Unterstützung gegeben"),
    "support_received": ("support received", "Unterstützung erhalten"),
    "opportunity": ("opportunity", "Chance"),
    "other": ("other", "sonstiges"),
}


def _word(code: str, vocabulary: tuple[str, ...], german: bool) -> str:
    """The English or German word for ``code`` (the code itself if not of ``vocabulary``)."""
    pair = CODES.get(code) if code in vocabulary else None
    return pair[german] if pair else code


def _safe(text: str) -> str:
    """Text a spreadsheet would run as a formula ("=…", "+…", "@…", "-…") starts with '."""
    if text[:1] in ("=", "+", "@", "-", "\t", "\r"):
        return "'" + text
    return text


def _lang(lang: str) -> str:
    return "de" if lang.startswith("de") else "en"


def conversation_rows(lang: str = "en", progress: Progress | None = None) -> list[list[str]]:
    """The table (header first) in the user's language."""
    lang = _lang(lang)
    german = lang == "de"
    conversations = list(
        m.Conversation.select(m.Conversation, m.Event)
        .join(m.Event, pw.JOIN.LEFT_OUTER, on=(m.Conversation.event == m.Event.id))
        .order_by(m.Conversation.occurred_at, m.Conversation.id)
    )
    people: dict[int, list[m.Contact]] = {}
    query = (
        m.ConversationContact.select(m.ConversationContact, m.Contact)
        .join(m.Contact)
        .order_by(m.Contact.last_name, m.Contact.first_name, m.Contact.id)
    )
    for link in query:
        people.setdefault(link.conversation_id, []).append(link.contact)
    outcomes: dict[int, list[str]] = {}
    for outcome in m.Outcome.select().order_by(m.Outcome.id):
        label = _word(outcome.kind, OUTCOME_KINDS, german)
        text = f"{label}: {outcome.text}" if outcome.text else label
        outcomes.setdefault(outcome.conversation_id, []).append(text)
    # keyed by conversation id (the query leaves out follow-ups without one)
    follow_ups: dict[int | None, list[str]] = {}
    for follow_up in m.FollowUp.select().where(m.FollowUp.conversation.is_null(False)):
        text = follow_up.text
        if follow_up.due_date:
            due = follow_up.due_date
            text += f" ({due:%d.%m.%Y})" if german else f" ({due.isoformat()})"
        follow_ups.setdefault(follow_up.conversation_id, []).append(text)
    rows: list[list[str]] = [[header[german] for header in HEADERS]]
    report(progress, 0, len(conversations))
    for number, conv in enumerate(conversations, 1):
        when = conv.occurred_at
        date = f"{when:%d.%m.%Y}" if german else when.date().isoformat()
        hours = f"{conv.minutes / 60:.2f}".rstrip("0").rstrip(".")
        if german:
            hours = hours.replace(".", ",")
        common = [
            date,
            f"{when:%H:%M}",
            _word(conv.channel, CHANNELS, german),
            str(conv.minutes),
            hours,
        ]
        tail = [
            _safe(conv.event.title if conv.event is not None else ""),
            str(conv.enjoyment) if conv.enjoyment else "",
            _safe(" | ".join(outcomes.get(conv.id, []))),
            _safe(" | ".join(follow_ups.get(conv.id, []))),
            _safe(conv.notes),
        ]
        contacts: Sequence[m.Contact | None] = people.get(conv.id) or [None]
        for contact in contacts:
            if contact is None:
                rows.append([*common, "", "", *tail])
            else:
                name = display_name_of(contact)
                rows.append([*common, _safe(name), _safe(contact.organisation), *tail])
        if number % 200 == 0 or number == len(conversations):
            report(progress, number, len(conversations))
    return rows


def export_csv(path: Path | str, lang: str = "en", progress: Progress | None = None) -> int:
    """Write the conversations CSV; returns the number of data rows."""
    rows = conversation_rows(lang, progress)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if _lang(lang) == "de" else ",")
    writer.writerows(rows)
    write_text_atomic(Path(path), "\ufeff" + buffer.getvalue())
    return len(rows) - 1
