"""Finding contacts, conversations, events and networks from one search field.

The engine is SQLite FTS5 (the ``fts_*`` tables of migration 3, kept in step by
triggers). Whatever the user types is reduced to its words, each matched as a
prefix, all of them required: quotes, hyphens and stray operators can never
make a query the engine rejects. Case and diacritics are folded by the
tokenizer, so "munchen" finds "München"; umlauts are found spelled out too, and
the letters the tokenizer keeps as written and spelled out as ı → i, æ → ae,
ø and œ → oe (migration 9 and :func:`match_expression`): "Gruenderinnen" finds
"Gründerinnen", "yildiz" "Yıldız", "soeren" "Søren" (not "soren": ø is not read
as a plain o).

Hits carry the places of the matching words (``title_marks``/``snippet_marks``,
character spans) so the UI can highlight them without knowing FTS5; words found
only through the spelled-out form are marked here (:func:`_spelled_marks`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from kontaktbuch.journal.names import display_name, fold, spellings
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.search_index import UNFOLDED_LETTERS
from kontaktbuch.store.values import as_datetime

# markers FTS5 puts around matches; private-use characters never typed by people
_OPEN, _CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
KINDS: tuple[str, ...] = ("contact", "conversation", "event", "network")
Span = tuple[int, int]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact", "conversation", "event", "network"
    item_id: int
    title: str
    snippet: str
    # character spans of matching words in ``title`` and ``snippet``
    title_marks: tuple[Span, ...] = field(default=())
    snippet_marks: tuple[Span, ...] = field(default=())
    # when a conversation took place (None for the other kinds)
    when: dt.datetime | None = None


def match_expression(query: str) -> str:
    """The FTS5 query for what a person typed: every word, as a prefix, all required.

    Each word in each of its spellings (:func:`journal.names.spellings`:
    "Gruenderinnen" also as "Gründerinnen", "yildiz" as the index spells
    "Yıldız"), any of them. Only word characters survive, each spelling quoted,
    so the result is always valid FTS5 syntax. Empty when the text holds no word.
    """
    words = _WORD.findall(query.replace("_", " "))
    terms = []
    for word in words:
        forms = [f'"{form}"*' for form in spellings(word)]
        terms.append(forms[0] if len(forms) == 1 else f"({' OR '.join(forms)})")
    # FTS5 reads two words side by side as AND, but not a group beside a word
    return " AND ".join(terms)


_MARKERS = re.compile(f"([{_OPEN}{_CLOSE}])")


def _unmark(text: str) -> tuple[str, tuple[Span, ...]]:
    """Split FTS5-highlighted text into plain text and the spans of the matches.

    Piece by piece between the markers, not character by character: a search
    unmarks a hundred snippets at every keystroke.
    """
    if not text or (_OPEN not in text and _CLOSE not in text):
        return text or "", ()
    plain: list[str] = []
    spans: list[Span] = []
    length = 0
    start = -1
    for piece in _MARKERS.split(text):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            if start >= 0 and length > start:
                spans.append((start, length))
            start = -1
        elif piece:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), tuple(spans)


def _titled(kind: str, expr: str, limit: int, forms: tuple[str, ...]) -> list[SearchHit]:
    """Contacts, events, networks: those found by their name first, then those found
    by the rest of their text (notes, e-mails, …); each group best match first
    (bm25, titles weighted up).

    Why two groups: ranking is the cost of a short query — "S" or "de" matches
    nearly every contact (every ``….de`` address), and bm25 then scored them all
    at each keystroke. The names that match are far fewer, and when they fill
    the list the rest is never ranked.
    """
    hits = _spelled_marks(_ranked(kind, f"{{title alt}} : ({expr})", limit), forms, by_name=True)
    if len(hits) < limit:
        named = {hit.item_id for hit in hits}
        found = _spelled_marks(_ranked(kind, expr, limit + len(hits)), forms)
        rest = [hit for hit in found if hit.item_id not in named]
        hits += rest[: limit - len(hits)]
    return hits


def _ranked(kind: str, expr: str, limit: int) -> list[SearchHit]:
    table = f"fts_{kind}"
    sql = (
        f"SELECT rowid, highlight({table}, 0, ?, ?), snippet({table}, 1, ?, ?, '…', 12) "
        f"FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}, 5.0, 1.0) LIMIT ?"
    )
    rows = database_proxy.execute_sql(sql, (_OPEN, _CLOSE, _OPEN, _CLOSE, expr, limit)).fetchall()
    hits = []
    for rowid, title, snippet in rows:
        title_text, title_marks = _unmark(title)
        snippet_text, snippet_marks = _unmark(snippet)
        hits.append(
            SearchHit(kind, int(rowid), title_text, snippet_text, title_marks, snippet_marks)
        )
    return hits


def _conversations(expr: str, limit: int, forms: tuple[str, ...]) -> list[SearchHit]:
    """Conversations: the newest entries first (walking the index backwards is cheap)."""
    rows = database_proxy.execute_sql(
        "SELECT rowid, snippet(fts_conversation, 0, ?, ?, '…', 14) FROM fts_conversation "
        "WHERE fts_conversation MATCH ? ORDER BY rowid DESC LIMIT ?",
        (_OPEN, _CLOSE, expr, limit),
    ).fetchall()
    if not rows:
        return []
    ids = [int(r[0]) for r in rows]
    marks = ",".join("?" * len(ids))
    when = {
        int(i): as_datetime(at)
        for i, at in database_proxy.execute_sql(
            f"SELECT id, occurred_at FROM conversation WHERE id IN ({marks})", ids
        ).fetchall()
    }
    names: dict[int, list[str]] = {}
    for conv_id, prefix, first, last, org in database_proxy.execute_sql(
        "SELECT cc.conversation_id, c.prefix, c.first_name, c.last_name, c.organisation "
        "FROM conversation_contact cc JOIN contact c ON c.id = cc.contact_id "
        f"WHERE cc.conversation_id IN ({marks}) ORDER BY cc.id",
        ids,
    ).fetchall():
        names.setdefault(int(conv_id), []).append(display_name(prefix, first, last, org))
    hits = []
    for rowid, snippet in rows:
        conv_id = int(rowid)
        at = when.get(conv_id)
        people = ", ".join(names.get(conv_id, []))
        title = " – ".join(p for p in (f"{at:%Y-%m-%d}" if at else "", people) if p)
        snippet_text, snippet_marks = _unmark(snippet)
        hits.append(SearchHit("conversation", conv_id, title, snippet_text, (), snippet_marks, at))
    hits.sort(key=lambda h: (h.when or dt.datetime.min, h.item_id), reverse=True)
    return _spelled_marks(hits, forms)


# a query is cut to this many characters and distinct words (docs/reliability.md):
# every word is one more prefix the index must intersect, and 2,000 of them took
# seconds; nobody types more than a few words into a search field
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8


def capped_query(query: str) -> str:
    """``query``'s first :data:`MAX_QUERY_WORDS` distinct words (of its first
    :data:`MAX_QUERY_CHARS` characters), so that any query answers at once."""
    words: dict[str, str] = {}
    for word in _WORD.findall(query[:MAX_QUERY_CHARS].replace("_", " ")):
        words.setdefault(word.casefold(), word)
        if len(words) >= MAX_QUERY_WORDS:
            break
    return " ".join(words.values())


def search(query: str, limit: int = 20) -> list[SearchHit]:
    """Hits grouped by kind (contacts, conversations, events, networks), ``limit`` per kind."""
    query = capped_query(query)
    expr = match_expression(query)
    if not expr:
        return []
    forms = _folded_forms(query)
    hits: list[SearchHit] = []
    for kind in KINDS:
        if kind == "conversation":
            hits += _conversations(expr, limit, forms)
        elif kind == "contact":
            found = _titled(kind, expr, limit, forms)
            hits += found + _related(query, found, limit - len(found))
        else:
            hits += _titled(kind, expr, limit, forms)
    return hits


def _folded_forms(query: str) -> tuple[str, ...]:
    """The query's words in each spelling, folded as :func:`~.names.fold` folds a word
    of the text (``yildiz``, ``aeroe``), for :func:`_spelled_marks`."""
    forms = {fold(form) for word in highlighted_words(query) for form in spellings(word)}
    return tuple(sorted(f for f in forms if f and " " not in f))


def _spelled_marks(
    hits: list[SearchHit], forms: tuple[str, ...], *, by_name: bool = False
) -> list[SearchHit]:
    """``hits`` with their words of ı, æ, ø, œ marked too.

    FTS5 marks the words that matched in the text it shows. A word with a letter
    the tokenizer keeps ("Yıldız") matches "yildiz" only through the entry's
    spelled-out ``alt`` column, so FTS5 leaves it unmarked: such a word is marked
    here when its folded form begins with a folded word of the query. Only texts
    holding one of these letters are looked at (few; a search runs per keystroke).

    ``by_name``: the hits of the query on names (and ``alt``), whose snippets FTS5
    never marks; a hit whose name holds no match was found by the rest of its text
    through ``alt``, and its snippet is marked.
    """
    if not forms:
        return hits
    out = []
    for hit in hits:
        title_marks = _marks_of_kept_letters(hit.title, hit.title_marks, forms)
        snippet_marks = hit.snippet_marks
        if not (by_name and title_marks):
            snippet_marks = _marks_of_kept_letters(hit.snippet, snippet_marks, forms)
        if title_marks is not hit.title_marks or snippet_marks is not hit.snippet_marks:
            hit = replace(hit, title_marks=title_marks, snippet_marks=snippet_marks)
        out.append(hit)
    return out


def _marks_of_kept_letters(
    text: str, marks: tuple[Span, ...], forms: tuple[str, ...]
) -> tuple[Span, ...]:
    if not UNFOLDED_LETTERS.search(text):
        return marks
    added = [
        word.span()
        for word in _WORD.finditer(text)
        if UNFOLDED_LETTERS.search(word.group())
        and fold(word.group()).startswith(forms)
        and not any(start < word.end() and word.start() < end for start, end in marks)
    ]
    return tuple(sorted((*marks, *added))) if added else marks


def _related(query: str, found: list[SearchHit], limit: int) -> list[SearchHit]:
    """Contacts related to someone the query names ("Jörg" finds whom Jörg introduced)
    or whose relationship's label it names, after the contacts found by their words."""
    from kontaktbuch.journal import relationships

    if limit <= 0:
        return []
    known = {h.item_id for h in found}
    named = [h.item_id for h in found if h.title_marks]  # found by their name
    rows = [
        r
        for r in relationships.related_to(named, highlighted_words(query), limit)
        if r[0] not in known
    ]
    if not rows:
        return []
    ids = sorted({cid for cid, _, _ in rows} | {partner for _, partner, _ in rows})
    names = {
        int(r[0]): display_name(*r[1:])
        for r in database_proxy.execute_sql(
            "SELECT id, prefix, first_name, last_name, organisation FROM contact "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
    }
    hits: dict[int, SearchHit] = {}
    for cid, partner, label in rows:
        if cid in hits or len(hits) >= limit:
            continue
        text = names.get(partner, "?") + (f" · {label}" if label else "")
        hits[cid] = SearchHit("contact", cid, names.get(cid, "?"), "↔ " + text)
    return list(hits.values())


def highlighted_words(query: str) -> list[str]:
    """The words of a query, as the search matches them (for messages and tests)."""
    return _WORD.findall(query.replace("_", " "))
