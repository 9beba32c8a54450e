"""The 30 queries typed into the search field, keystroke by keystroke.

Names (with umlauts and Turkish letters), companies, words with umlauts, a query
without its umlaut, and bare prefixes — what a user looks for in a decade of notes.
All of them occur in the generated journal.
"""

from __future__ import annotations

QUERIES: tuple[str, ...] = (
    "Müller",
    "Schröder",
    "Kemal",
    "Yıldız",
    "Özlem",
    "Jürgen Groß",
    "Weißenberger",
    "Siemens",
    "Fraunhofer",
    "Rohde & Schwarz",
    "Deutsche Bahn",
    "Personio",
    "Stadtwerke München",
    "Förderprogramme",
    "Geschäftsführerin",
    "Gründerstammtisch",
    "Fachkräftemangel",
    "Nürnberg",
    "Düsseldorf",
    "Künstliche Intelligenz",
    "Steuerberaterin",
    "munchen",
    "Gesch",
    "Nachhalt",
    "Digitalisierung",
    "Vier-Tage-Woche",
    "E-Rechnung",
    "Pitch",
    "Tafel",
    "Wärmepumpen",
)
#: the subset typed with --quick
QUICK_QUERIES: tuple[str, ...] = QUERIES[::3]


def keystrokes(query: str) -> list[str]:
    """What the field holds after each keystroke while typing ``query``."""
    return [query[:i] for i in range(1, len(query) + 1)]
