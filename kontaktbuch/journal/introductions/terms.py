"""The words of offers and seeks, reduced so that what means the same meets.

"Anna sucht eine Steuerberaterin" and "Bernd bietet Steuerberatung für Gründer"
must meet; "Feedback zu Pitch Decks" and "Feedback zur Website" must not. So a
text is cut into phrases ("Steuerberatung für Gründer", …), each phrase into
words, and each word is

- folded like names (:func:`kontaktbuch.journal.names.fold`: case, umlauts
  spelled out — "Fördermittel" and "foerdermittel" are one word —, ß as ss,
  Turkish ı, other accents dropped),
- stemmed by cutting one German ending (-erinnen, -innen, -erin, -ung, -er, -in,
  -en, -e, -s …), so "Steuerberaterin", "Steuerberater" and "Steuerberatung"
  share the stem "steuerberat",
- dropped when it is a stop word (articles, prepositions, "suche", …),
- marked *weak* when it is a generic word that says little on its own
  ("Feedback", "Kontakte", "Tipps", "Erfahrung", …): a proposal needs at least
  one match of strong words, weak ones only add to it,
- marked *audience* when it follows "für"/"for" in its phrase ("Steuerberatung
  für Gründer" offers tax advice, not founders): treated like a weak word.

Two stems match (see :func:`match_quality`) when they are equal (1.0), mean the
same by the small synonym table (0.9), when one is the start of the other and
the rest is long enough to be a word of its own — "Steuer" in "Steuerberatung",
"Praktikum" in "Praktikumsplätze" — (0.75), or when both start with the same
known first part of a German compound — "Förderprogramme" and "Fördermittel"
(0.6). Short remainders never count, so "Auto" does not find "Autorin".

Pure functions without a database; :mod:`.proposals` builds the index over them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kontaktbuch.journal.names import fold

# endings cut from a folded word, longest first; at most one is cut
_SUFFIXES: tuple[str, ...] = (
    "erinnen",
    "innen",
    "ungen",
    "erin",
    "ern",
    "ung",
    "en",
    "er",
    "in",
    "es",
    "e",
    "n",
    "s",
)
# a stem keeps at least this many letters
_MIN_STEM = 3
# the start of a longer word matches only if both it and the rest are this long
MIN_PREFIX = 4
MIN_REST = 4


# words that carry no topic (German and English), folded
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: frozenset[str] = _words(
    """
    der die das den dem des ein eine einer einen einem eines kein keine keinen
    und oder aber sowie bzw auch noch nur sehr mehr viel viele vielen wenig etwas
    fuer fur mit ohne von vom zu zum zur im in ins am an auf aus bei beim ueber uber
    unter nach vor gegen um durch bis als wie wo was wer wen wem
    ich du er sie es wir ihr mein meine meinen dein deine sein seine ihre ihren unser
    unsere jemand jemanden jemandem leute menschen person personen
    suche sucht suchen biete bietet bieten gerne gern gesucht neue neuen neuer neu
    gute guten guter gut andere anderen alle allem allen
    the a an and or of for to with in on at by from about into some any new good
    seeking looking offer offers seek seeks help
    """
)

# generic words: they count only beside a match of strong words
WEAK_WORDS: frozenset[str] = _words(
    """
    kontakt kontakte kontakten feedback tipp tipps hilfe unterstuetzung erfahrung
    erfahrungen wissen zugang austausch erfahrungsaustausch rat ratschlag ratschlaege
    input idee ideen frage fragen thema themen bereich bereiche know how beratung
    moeglichkeit moeglichkeiten stelle stellen job jobs netzwerk vernetzung
    einblick einblicke unterlagen review reviews mentoring workshop workshops hintergrund
    contacts contact advice experience knowledge access support tips ideas
    """
)

# the words after which a phrase names who it is for, not what it is
_AUDIENCE_MARKERS = frozenset({"fuer", "fur", "for"})

# known first parts of German compounds (folded): words that start with the same
# one of these are about the same topic ("Förderprogramme", "Fördermittel")
COMPONENTS: tuple[str, ...] = (
    "arbeits",
    "automobil",
    "bewerbung",
    "daten",
    "digital",
    "einkauf",
    "energie",
    "export",
    "fach",
    "finanz",
    "foerder",
    "gruendung",
    "immobilien",
    "invest",
    "karriere",
    "kunden",
    "marketing",
    "medien",
    "nachfolge",
    "personal",
    "presse",
    "produkt",
    "projekt",
    "rechts",
    "software",
    "steuer",
    "unternehmens",
    "veranstaltung",
    "vertrieb",
)

# stems that name the same thing in other words -> one shared concept
SYNONYMS: dict[str, str] = {
    "angel": "investor",
    "investor": "investor",
    "kapitalgeb": "investor",
    "geldgeb": "investor",
    "speak": "referent",
    "referent": "referent",
    "vortrag": "referent",
    "vortraeg": "referent",
    "redn": "referent",
}

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE_SPLIT = re.compile(r"[,;/\n•·|+]+|\s(?:und|oder|and|or|sowie)\s", re.IGNORECASE)


def stem(folded: str) -> str:
    """One German ending cut from a folded word ("steuerberaterin" -> "steuerberat")."""
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= _MIN_STEM:
            return folded[: -len(suffix)]
    return folded


def component_of(folded: str) -> str:
    """The known first part of a compound word, or "" ("foerdermittel" -> "foerder")."""
    for part in COMPONENTS:
        if folded.startswith(part) and len(folded) - len(part) >= 3:
            return part
        if folded.startswith(part + "s") and len(folded) - len(part) - 1 >= 3:
            return part
    return ""


@dataclass(frozen=True)
class Term:
    """One word of a phrase, as written and as compared."""

    word: str  # as the user wrote it ("Steuerberaterin")
    stem: str  # folded and stemmed ("steuerberat")
    component: str  # known compound start, or ""
    concept: str  # synonym concept, or ""
    weak: bool  # generic or naming the audience: counts only beside a strong match


@dataclass(frozen=True)
class Phrase:
    """One thing offered or sought ("Steuerberatung für Gründer") and its terms."""

    text: str
    terms: tuple[Term, ...]


def _term(raw: str, audience: bool) -> Term | None:
    if 2 <= len(raw) <= 4 and raw.isupper() and raw.isalpha():
        acronym = fold(raw)  # "IT", "UX", "KI", "HR", "SEO"
        return Term(raw, acronym, "", SYNONYMS.get(acronym, ""), audience)
    folded = fold(raw).replace(" ", "")
    if len(folded) < 3 or folded in STOP_WORDS or folded.isdigit():
        return None
    stemmed = stem(folded)
    return Term(
        raw,
        stemmed,
        component_of(folded),
        SYNONYMS.get(stemmed, ""),
        audience or folded in WEAK_WORDS or stemmed in WEAK_WORDS,
    )


@functools.lru_cache(maxsize=8192)
def phrases(text: str) -> tuple[Phrase, ...]:
    """The things a text offers or seeks, each with its terms (no phrase without terms).

    Cached: the same offer is often written on many contacts.
    """
    out: list[Phrase] = []
    for part in _PHRASE_SPLIT.split(text or ""):
        part = part.strip(" .:-–\t")
        if not part:
            continue
        terms: list[Term] = []
        audience = False
        for raw in _WORD.findall(part.replace("_", " ")):
            folded = fold(raw)
            if folded in _AUDIENCE_MARKERS:
                audience = True
                continue
            term = _term(raw, audience)
            if term is not None and term.stem not in {t.stem for t in terms}:
                terms.append(term)
        if terms:
            out.append(Phrase(part, tuple(terms)))
    return tuple(out)


def match_quality(seek: Term, offer: Term) -> float:
    """How well a sought word meets an offered one: 0 (not at all) … 1 (the same)."""
    a, b = seek.stem, offer.stem
    if a == b:
        return 1.0
    if seek.concept and seek.concept == offer.concept:
        return 0.9
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_PREFIX and long_.startswith(short) and len(long_) - len(short) >= MIN_REST:
        return 0.75
    if seek.component and seek.component == offer.component:
        return 0.6
    return 0.0


def keys(term: Term) -> tuple[str, ...]:
    """The index keys under which a term can be found by an exact look-up."""
    out = [term.stem]
    if term.concept:
        out.append("~" + term.concept)
    if term.component:
        out.append("^" + term.component)
    return tuple(out)


def prefixes(stem_: str) -> tuple[str, ...]:
    """The starts of a stem that may be a word of their own ("steuerberat" -> "steu", …)."""
    return tuple(stem_[:n] for n in range(MIN_PREFIX, len(stem_) - MIN_REST + 1))
