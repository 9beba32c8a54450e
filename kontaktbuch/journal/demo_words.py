"""The words of the demo journal: names, organisations, offers, seeks, notes.

Kept apart from :mod:`kontaktbuch.journal.demo` (which builds the journal from
them) because they are many. Two rules hold for every entry:

- **Grammar follows the person.** Each first name declares the person's
  grammatical gender (:data:`GENDERS`); a position or a role has a man's and a
  woman's form (written once, the difference in braces: ``Leiter{|in}``), a note
  about one person a woman's, a man's and a plural form, and the demo picks the
  one that fits (``tests/journal/test_demo.py`` checks it).
- **The seeded sequence.** The demo draws from these tuples with one seeded
  generator; the number of entries of each tuple is part of that sequence, so
  changing a count changes the whole demo (figures and screenshots). Change the
  words, keep the counts.
"""

from __future__ import annotations

import re

_CHOICE = re.compile(r"\{([^{|}]*)\|([^{|}]*)\}")


def _gendered(text: str, gender: str) -> str:
    """``text`` about a man ("m") or a woman ("f"): each ``{man's|woman's}`` choice in
    it taken, so that a word with two forms is written once ("Leiter{|in} Vertrieb")."""
    side = 2 if gender == "f" else 1
    return _CHOICE.sub(lambda choice: choice.group(side), text)


def _rows(table: str, width: int) -> list[tuple[str, ...]]:
    """The rows of a table written as text: one a line, its fields apart by " | ".

    Tables of several words a row read as the tables they are, without Python's
    quotes and brackets around every word. A row with another number of fields
    is a slip and stops the import (tests/journal imports this module).
    """
    rows = [tuple(f.strip() for f in line.split(" | ")) for line in table.strip().splitlines()]
    for row in rows:
        if len(row) != width:
            raise ValueError(f"expected {width} fields: {row}")
    return rows


# first names and the person's grammatical gender ("f" or "m"): every word about
# the person — position, role, pronouns in notes — agrees with it
GENDERS: dict[str, str] = {
    "Anna": "f",
    "Jörg": "m",
    "Kemal": "m",
    "Lena": "f",
    "Sophie": "f",
    "Markus": "m",
    "Julia": "f",
    "Stefan": "m",
    "Katrin": "f",
    "Thomas": "m",
    "Sabine": "f",
    "Michael": "m",
    "Claudia": "f",
    "Andreas": "m",
    "Petra": "f",
    "Tobias": "m",
    "Miriam": "f",
    "Florian": "m",
    "Ayşe": "f",
    "Björn": "m",
    "Franziska": "f",
    "Lukas": "m",
    "Nadine": "f",
    "Matthias": "m",
    "Özlem": "f",
    "Jan": "m",
    "Birgit": "f",
    "Sebastian": "m",
    "Hannah": "f",
    "Dominik": "m",
    "Elif": "f",
    "Ralf": "m",
    "Verena": "f",
    "Timo": "m",
}
FIRST_NAMES = tuple(GENDERS)
LAST_NAMES = (
    "Müller",
    "Schröder",
    "Yıldız",
    "Hoffmann",
    "Wagner",
    "Becker",
    "Schäfer",
    "Koch",
    "Weiß",
    "Krüger",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Köhler",
    "Huber",
    "Kaya",
    "Fuchs",
    "Vogel",
    "Jäger",
    "Roth",
    "Beck",
    "Lorenz",
    "Baumann",
    "Franke",
)
# organisation | position, its man's and woman's form as {man's|woman's} | what people
# there offer; the number of rows is part of the seeded sequence: keep it at 20
_ORGANISATIONS = """
Stadtwerke München | Leiter{|in} Vertrieb | Kontakte in den Mittelstand
Bäckerei Schröder GmbH | Geschäftsführer{|in} | Erfahrung mit der Unternehmensnachfolge
Fraunhofer IIS | Head of Open Innovation | Wissen über Förderprogramme
Wagner & Partner Steuerberatung | Steuerberater{|in} | Steuerberatung für Gründer
Siemens AG | Projektleiter{|in} | Praktikumsplätze für Studierende
N26 | Product Manager{|in} | Einblicke ins Produktmanagement
Allianz SE | Personalreferent{|in} | Hilfe bei Bewerbungsunterlagen
freiberuflich | UX-Designer{|in} | UX-Reviews von Websites und Apps
Hochschule München | Professor{|in} für BWL | Vorträge über Künstliche Intelligenz
TechQuartier Frankfurt | Community Manager{|in} | Räume für Veranstaltungen
Kanzlei Braun Rechtsanwälte | Fachanw{alt|ältin} für Arbeitsrecht | Erfahrung mit Arbeitsrecht
Greenfield Ventures | Investment Manager{|in} | Kontakte zu Business Angels, Feedback zu Pitch Decks
BMW Group | Einkäufer{|in} | Kontakte zu Zulieferern der Automobilbranche
selbstständig | Coach und Trainer{|in} | Workshops zu Moderation
Deutsche Bahn | Teamleiter{|in} IT | Erfahrung mit Remote-Teams
Café Kultur e.V. | Vorstand | ehrenamtliche Mithilfe bei Festen
Lieferando | Data Scientist | Datenanalyse
IHK München | Referent{|in} Existenzgründung | Beratung zu Fördermitteln für Gründer
Personio | Recruiter{|in} | Tipps für Bewerbungsgespräche
Zeiss | Entwicklungsingenieur{|in} | Ortskenntnis in Berlin
"""
# (organisation, position of a man, position of a woman, what people there offer)
ORGANISATIONS: tuple[tuple[str, str, str, str], ...] = tuple(
    (organisation, _gendered(position, "m"), _gendered(position, "f"), offer)
    for organisation, position, offer in _rows(_ORGANISATIONS, 3)
)
# what else people offer, beside what their organisation stands for (every second
# person); the number of entries is part of the seeded sequence: keep it at 12
OFFERS = (
    "Ortskenntnis in Berlin",
    "Einblicke ins Produktmanagement",
    "Erfahrung mit Remote-Teams",
    "Kontakte in den Mittelstand",
    "Feedback zu Pitch Decks",
    "Kontakte zu Zulieferern der Automobilbranche",
    "Hilfe bei Bewerbungsunterlagen",
    "Vorträge über Nachhaltigkeit",
    "Wissen über Förderprogramme",
    "Räume für Veranstaltungen",
    "Workshops zu Moderation",
    "Datenanalyse",
)
# what people seek, each written so that someone in the demo offers it — except
# the co-founder, as in life; keep 12 entries (the seeded sequence)
SEEKS = (
    "Mitgründer mit Tech-Hintergrund",
    "neue Kunden im Mittelstand",
    "eine Stelle im Produktmanagement",
    "Referentinnen für Meetups",
    "Erfahrungsaustausch zu Remote-Teams",
    "Investoren",
    "Ehrenamtliche für das Sommerfest",
    "Tipps zum Umzug nach Berlin",
    "Fördermittel für ein Forschungsprojekt",
    "Kontakte in die Automobilbranche",
    "Feedback zur Website",
    "eine Steuerberaterin",
)
INTERESTS = (
    "Nachhaltigkeit",
    "Künstliche Intelligenz",
    "Radfahren",
    "Jazz",
    "Gartenarbeit",
    "Agilität",
    "Segeln",
    "Fotografie",
    "Ehrenamt",
    "Kochen",
    "Hundesport",
    "Bergsteigen",
)
TAGS = ("Mentor", "Kunde", "Investor", "Presse", "Recruiting", "Freundin", "Speaker", "Alumni")

# name | kind (a code of journal.vocabulary.NETWORK_KINDS) | description
_NETWORKS = """
Unternehmerinnen-Netzwerk München | women | Monatlicher Austausch von Gründerinnen.
Gründerstammtisch Schwabing | founders | Lockerer Stammtisch für Gründer.
VDI Bezirksverein München | association | Ingenieursverband, Arbeitskreise.
TU München Alumni | alumni | Ehemalige der TUM.
Expats in Munich | expats | Internationale Community.
Gemeinschaftsgarten Giesing | hobby | Urban Gardening am Wochenende.
LinkedIn | online | Berufliches Online-Netzwerk.
XING | online | Online-Netzwerk im deutschsprachigen Raum.
Tafel München | volunteering | Ehrenamtliche Lebensmittelausgabe.
Hundesportverein Isartal | hobby | Agility-Training am Samstag.
"""
NETWORKS: tuple[tuple[str, str, str], ...] = tuple(
    (name, kind, description) for name, kind, description in _rows(_NETWORKS, 3)
)
EVENT_TITLES = (
    "Stammtisch",
    "Frühstücksrunde",
    "Afterwork",
    "Vortrag: KI im Mittelstand",
    "Sommerfest",
    "Pitch Night",
    "Mitgliederversammlung",
    "Workshop Storytelling",
    "Barcamp",
    "Jahresempfang",
    "Netzwerkabend",
    "Gartentag",
)
PLACES = (
    "München, Werksviertel",
    "München, Impact Hub",
    "Online (Zoom)",
    "München, Gasteig HP8",
    "Garching, TUM Campus",
    "München, Giesing",
    "Frankfurt, TechQuartier",
)
# notes of conversations: plain text about no one in particular, or (about a woman,
# about a man, about two people); keep 15 entries (the seeded sequence)
NOTES: tuple[str | tuple[str, str, str], ...] = (
    (
        "Hat von ihrem Wechsel zu einem Start-up erzählt; sucht gerade Leute für das Produktteam.",
        "Hat von seinem Wechsel zu einem Start-up erzählt; sucht gerade Leute für das Produktteam.",
        "Beide erzählten von ihrem Wechsel zu einem Start-up; dort werden Leute gesucht.",
    ),
    "Spannendes Gespräch über Förderprogramme für Gründer in Bayern.",
    "Kurz über die Branche gesprochen, die Preise im Einkauf steigen weiter.",
    (
        "Sie kennt jemanden bei der IHK, der bei der Gründung helfen kann.",
        "Er kennt jemanden bei der IHK, der bei der Gründung helfen kann.",
        "Die beiden kennen jemanden bei der IHK, der bei der Gründung helfen kann.",
    ),
    "Wir haben uns über Remote-Arbeit und Teamkultur ausgetauscht.",
    (
        "Sie plant ein Meetup zu Nachhaltigkeit und sucht noch Referentinnen.",
        "Er plant ein Meetup zu Nachhaltigkeit und sucht noch Referentinnen.",
        "Die beiden planen ein Meetup zu Nachhaltigkeit und suchen noch Referentinnen.",
    ),
    "Tipps für die Gehaltsverhandlung bekommen; sehr offen und hilfsbereit.",
    "Gespräch über die neue Regelung zur Scheinselbstständigkeit.",
    "Gemeinsam überlegt, wie man mehr Ehrenamtliche für die Tafel gewinnt.",
    "Erzählt, dass der Vertriebsleiter bei Siemens gewechselt hat.",
    (
        "Hat mir ihre Strategie für LinkedIn-Beiträge erklärt: einmal pro Woche, persönlich.",
        "Hat mir seine Strategie für LinkedIn-Beiträge erklärt: einmal pro Woche, persönlich.",
        "Strategien für LinkedIn-Beiträge verglichen: einmal pro Woche, persönlich.",
    ),
    "Eher zähes Gespräch, wenig Gemeinsamkeiten gefunden.",
    (
        "Über Pitch Decks gesprochen; ich schicke ihr meine Folien zum Gegenlesen.",
        "Über Pitch Decks gesprochen; ich schicke ihm meine Folien zum Gegenlesen.",
        "Über Pitch Decks gesprochen; ich schicke beiden meine Folien zum Gegenlesen.",
    ),
    (
        "Sie sucht eine Steuerberaterin, ich habe ihr jemanden aus dem Netzwerk empfohlen.",
        "Er sucht eine Steuerberaterin, ich habe ihm jemanden aus dem Netzwerk empfohlen.",
        "Beide suchen eine Steuerberaterin, ich habe jemanden aus dem Netzwerk empfohlen.",
    ),
    "Lange über Hundetraining und dann überraschend über Jobs in der Autoindustrie geredet.",
)
# membership roles, a man's and a woman's form as {man's|woman's}; keep 5 entries
# (the seeded sequence)
_ROLES = ("Mitglied", "Mitglied", "Mitglied", "Vorstand", "Organisator{|in}")
# (a man's role, a woman's role)
ROLES: tuple[tuple[str, str], ...] = tuple(
    (_gendered(role, "m"), _gendered(role, "f")) for role in _ROLES
)
OUTCOME_TEXTS = {
    "insight": "Förderprogramme lieber früh beantragen.",
    "market_news": "Preise für Bürofläche in München sinken leicht.",
    "industry_internals": "Neue Einkaufsrichtlinie bei einem Autobauer.",
    "trend": "Mehr Firmen setzen auf Vier-Tage-Woche.",
    "law_change": "Neue Regeln zur E-Rechnung ab Januar.",
    "personnel_change": "Neue Leitung im Vertrieb.",
    "strategy_learned": "Einmal pro Woche persönlich auf LinkedIn posten.",
    "recommendation_given": "Steuerberaterin weiterempfohlen.",
    "recommendation_received": "Als Speakerin empfohlen worden.",
    "support_given": "Bewerbung gegengelesen.",
    "support_received": "Feedback zum Pitch bekommen.",
    "opportunity": "Einladung zu einem Kundengespräch.",
}
FOLLOW_UPS = (
    "Folien schicken",
    "Kontakt zur IHK vermitteln",
    "Termin für Kaffee ausmachen",
    "Artikel zum Thema weiterleiten",
    "Angebot schicken",
    "Auf LinkedIn vernetzen",
    "Nachfragen, wie das Vorstellungsgespräch lief",
    "Einladung zum Meetup schicken",
)
GOALS = (
    ("Sichtbarer werden als Beraterin", "visibility", "month", 8.0, "conversations", 10),
    ("Neue Kunden im Mittelstand", "clients", "quarter", 20.0, "outcomes", 3),
    (
        "Erfahrungsaustausch mit anderen Gründerinnen",
        "experience_exchange",
        "month",
        4.0,
        "conversations",
        4,
    ),
    ("Ehrenamt bei der Tafel", "engagement", "month", 6.0, None, None),
    ("Neuen Job im Produktmanagement finden", "new_job", "quarter", 15.0, "new_contacts", 5),
)


# free labels of demo relationships ("other"), about the pair, not one person
LABELS = ("Ehemals im selben Team", "Gemeinsames Ehrenamt", "Sportverein")
