"""Translated labels for the domain's codes (channels, kinds, periods, …).

The codes live in ``journal.vocabulary``; the words a person reads live here,
marked with ``QT_TRANSLATE_NOOP`` so lupdate finds them and translated when shown.
All of them stand in one registry, each word beside its table and code, so a
table is declared once, in one form; the per-table dicts the rest of the program
looks codes up in are drawn from it in one pass when the module loads (some 70
entries, a few microseconds at start).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

# (table, code) → the word; a table's codes in the order combo boxes list them
_WORDS: dict[tuple[str, str], str] = {
    # what kind of network a network is
    ("network_kind", "association"): QT_TRANSLATE_NOOP("labels", "Association"),
    ("network_kind", "founders"): QT_TRANSLATE_NOOP("labels", "Founders' group"),
    ("network_kind", "women"): QT_TRANSLATE_NOOP("labels", "Women's network"),
    ("network_kind", "expats"): QT_TRANSLATE_NOOP("labels", "Expats"),
    ("network_kind", "alumni"): QT_TRANSLATE_NOOP("labels", "Alumni"),
    ("network_kind", "hobby"): QT_TRANSLATE_NOOP("labels", "Hobby"),
    ("network_kind", "online"): QT_TRANSLATE_NOOP("labels", "Online network"),
    ("network_kind", "volunteering"): QT_TRANSLATE_NOOP("labels", "Volunteering"),
    ("network_kind", "other"): QT_TRANSLATE_NOOP("labels", "Other"),
    # how a conversation was held
    ("channel", "in_person"): QT_TRANSLATE_NOOP("labels", "In person"),
    ("channel", "phone"): QT_TRANSLATE_NOOP("labels", "Phone"),
    ("channel", "video"): QT_TRANSLATE_NOOP("labels", "Video"),
    ("channel", "email"): QT_TRANSLATE_NOOP("labels", "E-mail"),
    ("channel", "linkedin"): QT_TRANSLATE_NOOP("labels", "LinkedIn"),
    ("channel", "xing"): QT_TRANSLATE_NOOP("labels", "XING"),
    ("channel", "facebook"): QT_TRANSLATE_NOOP("labels", "Facebook"),
    ("channel", "other"): QT_TRANSLATE_NOOP("labels", "Other"),
    # what came of a conversation
    ("outcome", "insight"): QT_TRANSLATE_NOOP("labels", "Insight"),
    ("outcome", "market_news"): QT_TRANSLATE_NOOP("labels", "Market news"),
    ("outcome", "industry_internals"): QT_TRANSLATE_NOOP("labels", "Industry internals"),
    ("outcome", "trend"): QT_TRANSLATE_NOOP("labels", "Trend"),
    ("outcome", "law_change"): QT_TRANSLATE_NOOP("labels", "Change in law"),
    ("outcome", "personnel_change"): QT_TRANSLATE_NOOP("labels", "Personnel change"),
    ("outcome", "strategy_learned"): QT_TRANSLATE_NOOP("labels", "Strategy learned"),
    ("outcome", "recommendation_given"): QT_TRANSLATE_NOOP("labels", "Recommendation given"),
    ("outcome", "recommendation_received"): QT_TRANSLATE_NOOP("labels", "Recommendation received"),
    ("outcome", "support_given"): QT_TRANSLATE_NOOP("labels", "Support given"),
    ("outcome", "support_received"): QT_TRANSLATE_NOOP("labels", "Support received"),
    ("outcome", "opportunity"): QT_TRANSLATE_NOOP("labels", "Opportunity"),
    ("outcome", "other"): QT_TRANSLATE_NOOP("labels", "Other"),
    # what a goal is about
    ("goal_kind", "visibility"): QT_TRANSLATE_NOOP("labels", "Visibility"),
    ("goal_kind", "experience_exchange"): QT_TRANSLATE_NOOP("labels", "Exchange of experience"),
    ("goal_kind", "new_job"): QT_TRANSLATE_NOOP("labels", "New job"),
    ("goal_kind", "clients"): QT_TRANSLATE_NOOP("labels", "Clients"),
    ("goal_kind", "recommendations"): QT_TRANSLATE_NOOP("labels", "Recommendations"),
    ("goal_kind", "knowledge"): QT_TRANSLATE_NOOP("labels", "Knowledge"),
    ("goal_kind", "motivation"): QT_TRANSLATE_NOOP("labels", "Motivation"),
    ("goal_kind", "engagement"): QT_TRANSLATE_NOOP("labels", "Engagement"),
    ("goal_kind", "other"): QT_TRANSLATE_NOOP("labels", "Other"),
    # a goal's period
    ("period", "week"): QT_TRANSLATE_NOOP("labels", "Week"),
    ("period", "month"): QT_TRANSLATE_NOOP("labels", "Month"),
    ("period", "quarter"): QT_TRANSLATE_NOOP("labels", "Quarter"),
    ("period", "year"): QT_TRANSLATE_NOOP("labels", "Year"),
    # where a goal stands
    ("goal_status", "active"): QT_TRANSLATE_NOOP("labels", "Active"),
    ("goal_status", "paused"): QT_TRANSLATE_NOOP("labels", "Paused"),
    ("goal_status", "done"): QT_TRANSLATE_NOOP("labels", "Completed"),
    ("goal_status", "dropped"): QT_TRANSLATE_NOOP("labels", "Dropped"),
    # what a goal's target counts
    ("target_kind", "conversations"): QT_TRANSLATE_NOOP("labels", "Conversations"),
    ("target_kind", "new_contacts"): QT_TRANSLATE_NOOP("labels", "New contacts"),
    ("target_kind", "outcomes"): QT_TRANSLATE_NOOP("labels", "Outcomes"),
    # the reflection's verdict on a goal's time
    ("verdict", "more"): QT_TRANSLATE_NOOP("labels", "More"),
    ("verdict", "same"): QT_TRANSLATE_NOOP("labels", "The same"),
    ("verdict", "less"): QT_TRANSLATE_NOOP("labels", "Less"),
    ("verdict", "differently"): QT_TRANSLATE_NOOP("labels", "Differently"),
    # why an imported contact may be one already in the journal (the import's "Found by")
    ("match_reason", "email"): QT_TRANSLATE_NOOP("labels", "e-mail"),
    ("match_reason", "link"): QT_TRANSLATE_NOOP("labels", "profile link"),
    ("match_reason", "name"): QT_TRANSLATE_NOOP("labels", "similar name"),
    # a contact's profile links
    ("link_kind", "linkedin"): QT_TRANSLATE_NOOP("labels", "LinkedIn"),
    ("link_kind", "xing"): QT_TRANSLATE_NOOP("labels", "XING"),
    ("link_kind", "facebook"): QT_TRANSLATE_NOOP("labels", "Facebook"),
    ("link_kind", "website"): QT_TRANSLATE_NOOP("labels", "Website"),
    ("link_kind", "other"): QT_TRANSLATE_NOOP("labels", "Other"),
}


def _tables() -> dict[str, dict[str, str]]:
    """The registry split by table (one pass), each table's codes in the registry's order."""
    tables: dict[str, dict[str, str]] = {}
    for (table, code), word in _WORDS.items():
        tables.setdefault(table, {})[code] = word
    return tables


_TABLES = _tables()
NETWORK_KINDS = _TABLES["network_kind"]
CHANNELS = _TABLES["channel"]
OUTCOME_KINDS = _TABLES["outcome"]
GOAL_KINDS = _TABLES["goal_kind"]
PERIODS = _TABLES["period"]
GOAL_STATUSES = _TABLES["goal_status"]
TARGET_KINDS = _TABLES["target_kind"]
VERDICTS = _TABLES["verdict"]
MATCH_REASONS = _TABLES["match_reason"]
LINK_KINDS = _TABLES["link_kind"]


def label(table: dict[str, str], code: str | None, context: str = _CONTEXT) -> str:
    """The translated word for ``code`` (the code itself if unknown, never empty); a
    table marked in another translation context than "labels" names it."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the table's order, for combo boxes."""
    return [(code, label(table, code)) for code in table]
