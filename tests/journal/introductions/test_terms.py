"""The words of offers and seeks meet the way a person would expect."""

from __future__ import annotations

import pytest

from kontaktbuch.journal.introductions.terms import match_quality, phrases


def _best(seek: str, offer: str) -> float:
    """The best quality of any strong sought word against any offered word."""
    best = 0.0
    for s in (t for p in phrases(seek) for t in p.terms if not t.weak):
        for o in (t for p in phrases(offer) for t in p.terms):
            best = max(best, match_quality(s, o))
    return best


@pytest.mark.parametrize(
    ("seek", "offer"),
    [
        ("eine Steuerberaterin", "Steuerberatung"),
        ("Steuerberater", "Steuerberatung für Gründer"),
        ("Fördermittel", "foerdermittel"),
        ("foerdermittel", "Beratung zu Fördermitteln"),
        ("Fördermittel für ein Forschungsprojekt", "Wissen über Förderprogramme"),
        ("Steuer-Tipps", "Steuerberatung"),
        ("Praktikum", "Praktikumsplätze"),
        ("Investoren", "Kontakte zu Business Angels"),
        ("Referentinnen für Meetups", "Vorträge über KI"),
        ("Hilfe bei der Straße", "Strassenbau"),
        ("Yıldız-Stiftung", "yildiz stiftung"),
        ("IT-Sicherheit", "Beratung zu IT"),
    ],
)
def test_sought_words_meet_offered_ones(seek: str, offer: str) -> None:
    assert _best(seek, offer) > 0


@pytest.mark.parametrize(
    ("seek", "offer"),
    [
        ("Feedback zur Website", "Feedback zu Pitch Decks"),  # only the generic word
        ("Kontakte in die Automobilbranche", "Kontakte zu Business Angels"),
        ("Mitgründer mit Tech-Hintergrund", "Steuerberatung für Gründer"),  # audience
        ("Auto", "Autorin"),  # the rest is too short to be a word
        ("eine Stelle im Produktmanagement", "Stellen im Vertrieb"),
        ("Tipps zum Umzug nach Berlin", "Tipps für Bewerbungsgespräche"),
    ],
)
def test_absurd_pairs_do_not_meet(seek: str, offer: str) -> None:
    assert _best(seek, offer) == 0


def test_exact_words_rank_above_word_starts_and_compounds() -> None:
    exact = _best("Steuerberaterin", "Steuerberatung")
    start = _best("Steuer", "Steuerberatung")
    compound = _best("Fördermittel", "Förderprogramme")
    assert exact > start > compound > 0


def test_phrases_keep_the_text_as_written_and_split_lists() -> None:
    parts = phrases("Kontakte zu Business Angels, Feedback zu Pitch Decks; UX und Design")
    assert [p.text for p in parts] == [
        "Kontakte zu Business Angels",
        "Feedback zu Pitch Decks",
        "UX",
        "Design",
    ]
    assert phrases("") == () and phrases("und, oder") == ()
