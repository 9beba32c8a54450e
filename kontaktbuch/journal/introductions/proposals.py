"""Who could help whom: proposals of introductions where a seek meets an offer.

Every contact's offers and seeks (and the user's own, from the settings' profile)
are cut into terms (:mod:`.terms`). An inverted index maps each term's stem, its
synonym concept and its compound start to the offerers, each list sorted by how
warm the contact is; a seeker looks up only the keys of its own terms (and the
starts of its stems), never every other contact. For one pair of terms the
match quality is the same for every offerer, so only the warmest few offerers
per pair of terms are taken: the 10,000 contacts of the large journal give their
proposals in well under a second (``benchmarks/``).

A proposal joins two people; it may hold matches in both directions (Anna seeks
what Bernd offers and Bernd what Anna offers). Its key ("12-34", "me-34") is
what the user dismisses, postpones or makes (:mod:`.decisions`): a dismissed or
made pair never comes back, a postponed one after its date. Pairs that already
have a relationship (they know each other) and archived contacts are left out.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kontaktbuch.journal import interactions
from kontaktbuch.journal.introductions.terms import (
    Phrase,
    Term,
    keys,
    match_quality,
    phrases,
    prefixes,
)
from kontaktbuch.journal.names import display_name
from kontaktbuch.store.models import database_proxy

# the id standing for the user in matches and keys
ME = 0
# offerers taken per pair of matching terms (the warmest ones)
PER_TERM = 4
# a contact appears in at most this many proposals of one list
PER_CONTACT = 3
# a second matching word in the same phrase adds this much (at most twice)
EXTRA_WORD = 0.1
# both directions matching (each can help the other) adds this much
BOTH_WAYS = 0.1


@dataclass(frozen=True)
class Person:
    """A contact (or the user, id :data:`ME`) as the matcher sees it."""

    id: int
    name: str
    offers: tuple[Phrase, ...]
    seeks: tuple[Phrase, ...]
    warmth: float


@dataclass(frozen=True)
class Match:
    """One seek met by one offer: who seeks, who offers, the phrases, the words."""

    seeker_id: int
    offerer_id: int
    seek: str
    offer: str
    # (sought word, offered word) as written, strong ones first
    words: tuple[tuple[str, str], ...]
    quality: float


@dataclass(frozen=True)
class Proposal:
    """Two people who could be introduced, and why."""

    key: str
    first_id: int  # :data:`ME` for a proposal with the user
    second_id: int
    first_name: str
    second_name: str
    matches: tuple[Match, ...]
    quality: float  # 0 … 1.2
    warmth: float  # 0 … 1
    score: int  # 0 … 100, what the list is sorted by

    @property
    def with_me(self) -> bool:
        return self.first_id == ME

    def as_dict(self) -> dict[str, object]:
        names = {self.first_id: self.first_name, self.second_id: self.second_name}

        def person(cid: int) -> dict[str, object]:
            return {"id": None if cid == ME else cid, "name": names[cid], "me": cid == ME}

        return {
            "id": self.key,
            "score": self.score,
            "quality": round(self.quality, 3),
            "warmth": round(self.warmth, 3),
            "contacts": [person(self.first_id), person(self.second_id)],
            "matches": [
                {
                    "seeker": person(m.seeker_id),
                    "offerer": person(m.offerer_id),
                    "seeks": m.seek,
                    "offers": m.offer,
                    "words": [list(w) for w in m.words],
                    "quality": round(m.quality, 3),
                }
                for m in self.matches
            ],
        }


def pair_key(a: int, b: int) -> str:
    """The key of the pair of ``a`` and ``b`` (either may be :data:`ME`)."""
    if a == ME or b == ME:
        return f"me-{max(a, b)}"
    return f"{min(a, b)}-{max(a, b)}"


def parse_key(key: str) -> tuple[int, int] | None:
    """(first, second) of a key, the user as :data:`ME`; None when it is no key."""
    first, sep, second = key.strip().partition("-")
    if not sep or not second.isdigit():
        return None
    if first == "me":
        return ME, int(second)
    if not first.isdigit() or int(first) >= int(second) or int(first) == ME:
        return None
    return int(first), int(second)


def warmth(last: dt.datetime | None, keep_in_touch_days: int | None, today: dt.date) -> float:
    """How warm a contact is, 0 … 1: recent contact counts most, keeping in touch adds.

    A conversation this month gives about 1, half a year ago about 0.4, never 0.
    """
    recency = 0.0
    if last is not None:
        days = max(0, (today - last.date()).days)
        recency = math.exp(-days / 200)
    return min(1.0, 0.85 * recency + (0.15 if keep_in_touch_days else 0.0))


# --- reading the journal -----------------------------------------------------------


@dataclass
class Journal:
    """What the matcher needs from the journal, read once."""

    people: dict[int, Person] = field(default_factory=dict)
    # unordered pairs that are related already
    related: set[tuple[int, int]] = field(default_factory=set)
    # pair key -> decision (status, until)
    decisions: dict[str, tuple[str, dt.date | None]] = field(default_factory=dict)
    _index: OfferIndex | None = None

    def index(self) -> OfferIndex:
        """The offers' index, built once (quick capture asks it at every pause in typing)."""
        if self._index is None:
            self._index = OfferIndex(self.people.values())
        return self._index


def read_journal(
    today: dt.date,
    *,
    my_offers: str = "",
    my_seeks: str = "",
    my_name: str = "",
) -> Journal:
    """Every active contact with an offer or a seek, their warmth, relations, decisions."""
    journal = Journal()
    rows = database_proxy.execute_sql(
        "SELECT id, prefix, first_name, last_name, organisation, offers, seeks, "
        "keep_in_touch_days FROM contact WHERE archived = 0 AND (offers <> '' OR seeks <> '')"
    ).fetchall()
    now = dt.datetime.combine(today, dt.time(23, 59, 59))
    last = interactions.last_contact(now, [int(r[0]) for r in rows]) if rows else {}
    for cid, prefix, first, last_name, org, offers, seeks, keep in rows:
        cid = int(cid)
        person = Person(
            cid,
            display_name(prefix, first, last_name, org),
            phrases(offers),
            phrases(seeks),
            warmth(last.get(cid), keep, today),
        )
        if person.offers or person.seeks:
            journal.people[cid] = person
    if my_offers.strip() or my_seeks.strip():
        journal.people[ME] = Person(ME, my_name, phrases(my_offers), phrases(my_seeks), 1.0)
    for a, b in database_proxy.execute_sql("SELECT contact_id, other_id FROM relationship"):
        journal.related.add((min(a, b), max(a, b)))
    for pair, status, until in database_proxy.execute_sql(
        "SELECT pair, status, until FROM introduction_state"
    ):
        journal.decisions[pair] = (status, dt.date.fromisoformat(until) if until else None)
    return journal


def is_open(decision: tuple[str, dt.date | None] | None, today: dt.date) -> bool:
    """Whether a pair may be proposed: never decided, or postponed until before today."""
    if decision is None:
        return True
    status, until = decision
    return status == "postponed" and (until is None or until <= today)


# --- the index ---------------------------------------------------------------------


@dataclass
class _Posting:
    person: Person
    phrase: Phrase
    term: Term


class OfferIndex:
    """Offered terms by key, each list warmest offerer first; stems sorted for prefixes."""

    def __init__(self, people: Iterable[Person]) -> None:
        by_key: dict[str, list[_Posting]] = defaultdict(list)
        for person in people:
            for phrase in person.offers:
                for term in phrase.terms:
                    if term.weak:
                        continue
                    for key in keys(term):
                        by_key[key].append(_Posting(person, phrase, term))
        for postings in by_key.values():
            postings.sort(key=lambda p: (-p.person.warmth, p.person.id))
        self.by_key = dict(by_key)
        self.stems = sorted(k for k in self.by_key if k[0] not in "~^")
        self._found: dict[Term, list[list[_Posting]]] = {}

    def candidates(self, term: Term) -> list[list[_Posting]]:
        """Posting lists that may hold offers matching a sought (strong) term."""
        if term in self._found:  # many people seek the same
            return self._found[term]
        found: list[list[_Posting]] = []
        self._found[term] = found
        for key in keys(term):
            if key in self.by_key:
                found.append(self.by_key[key])
        for start in prefixes(term.stem):  # an offered word that starts this one
            if start in self.by_key:
                found.append(self.by_key[start])
        i = bisect.bisect_left(self.stems, term.stem)  # offered words this one starts
        while i < len(self.stems) and self.stems[i].startswith(term.stem):
            if self.stems[i] != term.stem:
                found.append(self.by_key[self.stems[i]])
            i += 1
        return found


def _phrase_match(seeker: Person, seek: Phrase, offerer: Person, offer: Phrase) -> Match | None:
    """The match of one sought phrase with one offered phrase, or None."""
    found = _phrases_meet(seek, offer)
    if found is None:
        return None
    quality, words = found
    return Match(seeker.id, offerer.id, seek.text, offer.text, words, quality)


@functools.lru_cache(maxsize=65536)
def _phrases_meet(seek: Phrase, offer: Phrase) -> tuple[float, tuple[tuple[str, str], ...]] | None:
    """(quality, words) of a sought and an offered phrase, whoever wrote them."""
    pairs: list[tuple[float, bool, str, str]] = []
    for s in seek.terms:
        best = max(((match_quality(s, o), o) for o in offer.terms), key=lambda x: x[0])
        if best[0] > 0:
            pairs.append((best[0], s.weak or best[1].weak, s.word, best[1].word))
    strong = sorted((p for p in pairs if not p[1]), key=lambda p: -p[0])
    if not strong:
        return None
    weak = [p for p in pairs if p[1]]
    quality = strong[0][0] + EXTRA_WORD * min(2, len(strong) - 1 + len(weak))
    words = tuple((p[2], p[3]) for p in (*strong, *weak))
    return min(quality, 1.2), words


def _score(quality: float, a: Person, b: Person) -> int:
    warmth_ = (a.warmth + b.warmth) / 2
    return round(100 * min(1.0, quality) * (0.6 + 0.4 * warmth_))


def find_proposals(journal: Journal, today: dt.date, limit: int | None = 50) -> list[Proposal]:
    """The best open proposals, best first; at most :data:`PER_CONTACT` per person."""
    index = journal.index()
    found: dict[str, dict[tuple[int, int, str, str], Match]] = defaultdict(dict)
    # The warmest seekers choose first; an offerer already in enough proposals is
    # passed over, so that one warm adviser does not fill the whole list.
    used: dict[int, int] = defaultdict(int)
    start: dict[int, int] = defaultdict(int)  # per posting list: before this, all used up
    seekers = sorted(journal.people.values(), key=lambda p: (-p.warmth, p.id))
    for seeker in seekers:
        for seek in seeker.seeks:
            for term in seek.terms:
                if term.weak:
                    continue
                for postings in index.candidates(term):
                    taken = 0
                    first = start[id(postings)]
                    while first < len(postings) and used[postings[first].person.id] >= PER_CONTACT:
                        first += 1
                    start[id(postings)] = first
                    for posting in postings[first:]:
                        if taken >= PER_TERM:
                            break
                        offerer = posting.person
                        if offerer.id == seeker.id or used[offerer.id] >= PER_CONTACT:
                            continue
                        key = pair_key(seeker.id, offerer.id)
                        pair = (min(seeker.id, offerer.id), max(seeker.id, offerer.id))
                        if pair in journal.related or not is_open(
                            journal.decisions.get(key), today
                        ):
                            continue
                        taken += 1
                        slot = (seeker.id, offerer.id, seek.text, posting.phrase.text)
                        if slot in found[key]:
                            continue
                        match = _phrase_match(seeker, seek, offerer, posting.phrase)
                        if match is not None:
                            if not found[key]:
                                used[offerer.id] += 1
                            found[key][slot] = match
    proposals = [_proposal(key, list(m.values()), journal) for key, m in found.items() if m]
    proposals.sort(key=lambda p: (-p.score, -p.quality, p.key))
    chosen: list[Proposal] = []
    seen: dict[int, int] = defaultdict(int)
    for proposal in proposals:
        ids = (proposal.first_id, proposal.second_id)
        if any(seen[i] >= PER_CONTACT for i in ids if i != ME):
            continue
        for i in ids:
            seen[i] += 1
        chosen.append(proposal)
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


def _proposal(key: str, matches: list[Match], journal: Journal) -> Proposal:
    # One match per direction and sought phrase: the best offer for it.
    best: dict[tuple[int, str], Match] = {}
    for match in matches:
        slot = (match.seeker_id, match.seek)
        if slot not in best or match.quality > best[slot].quality:
            best[slot] = match
    kept = sorted(best.values(), key=lambda m: (-m.quality, m.seek))
    directions = {m.seeker_id for m in kept}
    quality = kept[0].quality + (BOTH_WAYS if len(directions) == 2 else 0.0)
    parsed = parse_key(key)
    assert parsed is not None
    first, second = (journal.people[i] for i in parsed)
    return Proposal(
        key,
        first.id,
        second.id,
        first.name,
        second.name,
        tuple(kept),
        min(quality, 1.2),
        (first.warmth + second.warmth) / 2,
        _score(quality, first, second),
    )


def proposals(
    today: dt.date,
    *,
    my_offers: str = "",
    my_seeks: str = "",
    my_name: str = "",
    limit: int | None = 50,
) -> list[Proposal]:
    """The open proposals of the journal in use, best first."""
    journal = read_journal(today, my_offers=my_offers, my_seeks=my_seeks, my_name=my_name)
    return find_proposals(journal, today, limit)


# --- who offers what someone seeks (quick capture) --------------------------------


@dataclass(frozen=True)
class Offerer:
    contact_id: int
    name: str
    offer: str
    words: tuple[tuple[str, str], ...]
    quality: float


def who_offers(
    seek_text: str, journal: Journal, *, exclude: Iterable[int] = (), limit: int = 5
) -> list[Offerer]:
    """The contacts whose offers meet ``seek_text``, best match and warmest first."""
    skip = set(exclude) | {ME}
    index = journal.index()
    asking = Person(-1, "", (), phrases(seek_text), 1.0)
    best: dict[int, Match] = {}
    for seek in asking.seeks:
        for term in seek.terms:
            if term.weak:
                continue
            for postings in index.candidates(term):
                for posting in postings[: PER_TERM * limit + len(skip)]:
                    if posting.person.id in skip:
                        continue
                    match = _phrase_match(asking, seek, posting.person, posting.phrase)
                    if match is None:
                        continue
                    known = best.get(posting.person.id)
                    if known is None or match.quality > known.quality:
                        best[posting.person.id] = match
    ranked = sorted(
        best.values(),
        key=lambda m: (-m.quality, -journal.people[m.offerer_id].warmth, m.offerer_id),
    )
    return [
        Offerer(m.offerer_id, journal.people[m.offerer_id].name, m.offer, m.words, m.quality)
        for m in ranked[:limit]
    ]
