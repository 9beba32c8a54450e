"""A deterministic large journal: a heavy user's ten years of networking.

10,000 contacts, 300 networks, 8,000 events, 100,000 conversations with German
notes of about 300 characters, outcomes, follow-ups, 60 goals with their links and
5,000 relationships between contacts,
spread over the ten years before :data:`TODAY`. Everything comes from one seeded
random generator, so two runs give byte-for-byte the same rows, and the figures of
two benchmark runs are comparable.

The rows are written with ``insert_many`` in batches inside one transaction per
table, through the real store (:func:`kontaktbuch.store.db.open_database`), so
every migration — including triggers that keep a search index in step — applies
exactly as in the app; only the reflection's stored figures are filled once at
the end, as a restore fills them. The result is cached in ``benchmarks/out/`` under a name
that carries :data:`GENERATOR_VERSION`, the scale and the schema version, so a
rerun reuses it and a schema change regenerates it.

``python -m benchmarks.generate [--scale 0.1] [--force]`` writes it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kontaktbuch.store.models import BaseModel

#: bump when the generated data changes, so cached files are regenerated
GENERATOR_VERSION = 3
SEED = 20261126
#: the "today" of the large journal: the ten years end here
TODAY = dt.date(2026, 11, 26)
YEARS = 10
OUT_DIR = Path(__file__).resolve().parent / "out"

#: the full scale of the benchmark issue; ``scale`` multiplies the big counts
FULL = {
    "contacts": 10_000,
    "networks": 300,
    "events": 8_000,
    "conversations": 100_000,
    "goals": 60,
}

# fmt: off
FIRST_NAMES = (
    "Anna", "Jörg", "Kemal", "Lena", "Sophie", "Markus", "Julia", "Stefan", "Katrin", "Thomas",
    "Sabine", "Michael", "Claudia", "Andreas", "Petra", "Tobias", "Miriam", "Florian", "Ayşe",
    "Björn", "Franziska", "Lukas", "Nadine", "Matthias", "Özlem", "Jan", "Birgit", "Sebastian",
    "Hannah", "Dominik", "Elif", "Ralf", "Verena", "Timo", "Jürgen", "Günter", "Bärbel", "Sören",
    "Gülay", "Mehmet", "Leonie", "Maximilian", "Felix", "Paul", "Emma", "Mia", "Marie", "Lea",
    "Johanna", "Katharina", "Christina", "Alexander", "Daniel", "Christian", "Martin", "Frank",
    "Uwe", "Dirk", "Heike", "Susanne", "Monika", "Ursula", "Wolfgang", "Klaus", "Dieter", "Helmut",
    "Renate", "Ingrid", "Karin", "Gabriele", "Nico", "Jonas", "Lara", "Svenja", "Malte", "Hendrik",
    "Tanja", "Simone", "Yvonne", "Rüdiger", "Jens", "Carsten", "Kerstin", "Anke", "Maren",
    "Friederike", "Konstantin", "Aleksandra", "Piotr", "Dimitri", "Chiara", "Luca", "Fatma", "Can",
    "Zeynep", "Amira", "Omar", "Noah", "Ben", "Elias", "Clara", "Greta", "Ida", "Till", "Jakob",
)
LAST_NAMES = (
    "Müller", "Schröder", "Yıldız", "Hoffmann", "Wagner", "Becker", "Schäfer", "Koch", "Weiß",
    "Krüger", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange",
    "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Huber", "Kaya", "Fuchs", "Vogel",
    "Jäger", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Schmidt", "Schneider", "Fischer",
    "Weber", "Meyer", "Schulz", "Richter", "Klein", "Wolf", "Schröter", "Günther", "Böhm",
    "Möller", "Groß", "Krämer", "Sommer", "Winter", "Brandt", "Haas", "Graf", "Dietrich", "Engel",
    "Kühn", "Pohl", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Ludwig",
    "Wolff", "Seidel", "Heinrich", "Schumacher", "Schuster", "Stein", "Jung", "Hahn", "Keller",
    "Berger", "Frank", "Albrecht", "Pfeiffer", "Öztürk", "Demir", "Şahin", "Çelik", "Nowak",
    "Kowalski", "Popović", "Rossi", "Ferrari", "Nguyen", "Ivanova", "Petrović", "Hübner", "Lüdtke",
    "Brückner", "Straßburger", "Großmann", "Weißenberger", "Dörfler", "Häusler", "Kößler",
    "Schüler", "Gärtner", "Bäumer", "Fröhlich", "Zöllner", "Rößler",
)
BIG_ORGANISATIONS = (
    "Siemens AG", "BMW Group", "Allianz SE", "Fraunhofer IIS", "Deutsche Bahn", "Zeiss", "Bosch",
    "SAP SE", "Infineon", "Munich Re", "Stadtwerke München", "N26", "Personio", "Celonis",
    "Lieferando", "Zalando", "Deutsche Telekom", "Lufthansa", "Audi AG", "Continental", "BASF",
    "Bayer", "Merck", "Adidas", "Puma", "Rohde & Schwarz", "Wacker Chemie", "Knorr-Bremse",
    "MAN Truck & Bus", "Osram", "Giesecke+Devrient", "Hochschule München", "TU München",
    "LMU München", "IHK München", "Handwerkskammer", "TechQuartier Frankfurt", "UnternehmerTUM",
    "Impact Hub München", "Greenfield Ventures", "Kanzlei Braun Rechtsanwälte",
    "Wagner & Partner Steuerberatung", "Bäckerei Schröder", "Café Kultur e.V.", "freiberuflich",
    "selbstständig", "Tafel München e.V.", "Süddeutsche Zeitung", "Bayerischer Rundfunk",
    "Landeshauptstadt München",
)
INDUSTRIES = (
    "Logistik", "Maschinenbau", "Software", "Beratung", "Immobilien", "Medien", "Energie",
    "Versicherungen", "Elektrotechnik", "Gastronomie", "Bau", "Design", "Personalberatung",
    "Steuerberatung", "Architektur", "Medizintechnik", "Kommunikation", "Finanzplanung",
)
LEGAL_FORMS = (
    "GmbH", "AG", "GmbH & Co. KG", "e.K.", "UG", "KG", "Partner mbB",
)
POSITIONS = (
    "Geschäftsführer", "Geschäftsführerin", "Leiterin Vertrieb", "Projektleiter",
    "Product Managerin", "Personalreferent", "UX-Designerin", "Professorin für BWL",
    "Community Managerin", "Fachanwalt für Arbeitsrecht", "Investment Manager", "Einkäufer",
    "Coach und Trainer", "Teamleiterin IT", "Vorstand", "Data Scientist",
    "Referentin Existenzgründung", "Recruiterin", "Entwicklungsingenieur", "Steuerberaterin",
    "Softwareentwickler", "Marketingleiterin", "Pressesprecher", "Unternehmensberater",
    "Key Account Manager", "Werkstudentin", "Abteilungsleiter Einkauf", "Gründerin",
    "Head of Sales", "Head of Open Innovation", "Architektin", "Journalistin", "Bürgermeisterin",
    "Vertriebsmitarbeiter", "Controllerin", "Qualitätsmanager",
)
OFFERS = (
    "Steuerberatung für Gründer", "Kontakte zu Business Angels", "Feedback zu Pitch Decks",
    "Mentoring für Berufseinsteigerinnen", "Wissen über Förderprogramme", "UX-Reviews",
    "Erfahrung mit Arbeitsrecht", "Zugang zu Einkaufsabteilungen", "Workshops zu Moderation",
    "Hilfe bei Bewerbungsunterlagen", "Datenanalyse", "Räume für Veranstaltungen",
    "Übersetzungen ins Türkische", "Kontakte zur Presse", "Erfahrung mit Börsengängen",
    "Know-how zu Exportkontrolle",
)
SEEKS = (
    "Mitgründer mit Tech-Hintergrund", "neue Kunden im Mittelstand",
    "eine Stelle im Produktmanagement", "Referentinnen für Meetups",
    "Erfahrungsaustausch zu Remote-Teams", "Investoren", "Ehrenamtliche für das Sommerfest",
    "Tipps zum Umzug nach Berlin", "Praktikumsplätze", "Kontakte in die Automobilbranche",
    "Feedback zur Website", "eine Steuerberaterin", "Fachkräfte für die Pflege",
    "Partner für ein Förderprojekt",
)
INTERESTS = (
    "Nachhaltigkeit", "Künstliche Intelligenz", "Radfahren", "Jazz", "Gartenarbeit", "Agilität",
    "Segeln", "Fotografie", "Ehrenamt", "Kochen", "Hundesport", "Bergsteigen", "Schach", "Weinbau",
    "Elektromobilität", "Städtebau", "Literatur", "Fußball",
)
TAGS = (
    "Mentor", "Kunde", "Investor", "Presse", "Recruiting", "Freundin", "Speaker", "Alumni",
    "Lieferant", "Partner", "Behörde", "Verein", "Wissenschaft", "Start-up", "Politik", "Coaching",
    "Nachbarschaft", "Familie", "Ehemalige Kollegin", "Interessent",
)
CITIES = (
    "München", "Berlin", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig",
    "Nürnberg", "Dresden", "Hannover", "Bremen", "Freiburg", "Würzburg", "Augsburg", "Regensburg",
    "Münster", "Göttingen", "Lübeck", "Saarbrücken",
)
NETWORK_PATTERNS = (
    ("Unternehmerinnen-Netzwerk {city}", "women"), ("Gründerstammtisch {city}", "founders"),
    ("Start-up-Frühstück {city}", "founders"), ("VDI Bezirksverein {city}", "association"),
    ("Wirtschaftsjunioren {city}", "association"), ("Rotary Club {city}", "association"),
    ("Alumni-Verein Universität {city}", "alumni"), ("Expats in {city}", "expats"),
    ("Internationals {city}", "expats"), ("Gemeinschaftsgarten {city}", "hobby"),
    ("Laufgruppe {city}", "hobby"), ("Tafel {city}", "volunteering"),
    ("Bürgerstiftung {city}", "volunteering"), ("Business-Club {city}", "other"),
    ("Designerinnen {city}", "women"), ("Digitalstammtisch {city}", "founders"),
)
EVENT_TITLES = (
    "Stammtisch", "Frühstücksrunde", "Afterwork", "Vortrag: KI im Mittelstand", "Sommerfest",
    "Pitch Night", "Mitgliederversammlung", "Workshop Storytelling", "Barcamp", "Jahresempfang",
    "Netzwerkabend", "Gartentag", "Podiumsdiskussion: Fachkräftemangel", "Weihnachtsfeier",
    "Messebesuch", "Konferenz", "Lunch & Learn", "Kamingespräch",
)
CHANNELS = (
    "in_person", "phone", "video", "email", "linkedin", "xing", "facebook", "other",
)
OUTCOME_KINDS = (
    "insight", "market_news", "industry_internals", "trend", "law_change", "personnel_change",
    "strategy_learned", "recommendation_given", "recommendation_received", "support_given",
    "support_received", "opportunity", "other",
)
OUTCOME_TEXTS = (
    "Förderprogramme lieber früh beantragen.", "Preise für Büroflächen sinken leicht.",
    "Neue Einkaufsrichtlinie bei einem Autobauer.", "Mehr Firmen setzen auf Vier-Tage-Woche.",
    "Neue Regeln zur E-Rechnung ab Januar.", "Neue Leitung im Vertrieb.",
    "Einmal pro Woche persönlich auf LinkedIn posten.", "Steuerberaterin weiterempfohlen.",
    "Als Speakerin empfohlen worden.", "Bewerbung gegengelesen.", "Feedback zum Pitch bekommen.",
    "Einladung zu einem Kundengespräch.", "Hinweis auf eine Ausschreibung der Stadt.",
    "Kontakt zu einem Business Angel bekommen.",
)
FOLLOW_UPS = (
    "Folien schicken", "Kontakt zur IHK vermitteln", "Termin für Kaffee ausmachen",
    "Artikel zum Thema weiterleiten", "Angebot schicken", "Auf LinkedIn vernetzen",
    "Nachfragen, wie das Vorstellungsgespräch lief", "Einladung zum Meetup schicken",
    "Buchempfehlung schicken", "Rückruf wegen Kooperation", "Glückwünsche zur Beförderung",
)
TOPICS = (
    "Förderprogramme", "Nachhaltigkeit", "Künstliche Intelligenz", "Fachkräftemangel",
    "Remote-Arbeit", "Gehaltsverhandlung", "Scheinselbstständigkeit", "E-Rechnung", "Lieferketten",
    "Energiepreise", "Elektromobilität", "Datenschutz", "Mitarbeiterbindung",
    "Digitalisierung im Handwerk", "Wärmepumpen", "Gründungszuschuss", "Exportgeschäft",
    "Vier-Tage-Woche", "Unternehmensnachfolge", "Pressearbeit", "Barrierefreiheit",
    "Künstlersozialkasse", "Bürgergeld", "Ausschreibungen", "Kundengewinnung",
)
SENTENCES = (
    "Hat von ihrem Wechsel zu {org} erzählt; sucht gerade Leute für das Produktteam.",
    "Spannendes Gespräch über {topic} und was das für kleine Firmen in {city} bedeutet.",
    "Kurz über die Branche gesprochen, die Preise im Einkauf steigen weiter.",
    "{name} kennt jemanden bei der IHK, der bei der Gründung helfen kann.",
    "Wir haben uns über {topic} und Teamkultur ausgetauscht, sehr offen.",
    "Sie plant ein Meetup zu {topic} und sucht noch Referentinnen aus {city}.",
    "Tipps für die Gehaltsverhandlung bekommen; {name} war sehr hilfsbereit.",
    "Gespräch über die neue Regelung zu {topic}, da ändert sich ab Januar einiges.",
    "Gemeinsam überlegt, wie man mehr Ehrenamtliche für die Tafel gewinnt.",
    "Erzählt, dass der Vertriebsleiter bei {org} gewechselt hat.",
    "Über Pitch Decks gesprochen; ich schicke {name} meine Folien zum Gegenlesen.",
    "Eher zähes Gespräch, wenig Gemeinsamkeiten gefunden.",
    "{name} sucht eine Steuerberaterin, ich habe jemanden aus dem Netzwerk empfohlen.",
    "Lange über Hundetraining und dann überraschend über Jobs bei {org} geredet.",
    "Bei {org} wird umstrukturiert, die Abteilung in {city} soll wachsen.",
    "Interessante Einschätzung zu {topic}: viele Mittelständler warten noch ab.",
    "Wir wollen uns im Frühjahr wieder treffen, vielleicht beim Stammtisch in {city}.",
    "Ich habe von meinem Projekt erzählt, {name} fand die Idee überzeugend.",
    "Sie hat mir angeboten, mich bei {org} vorzustellen, sobald die Stelle ausgeschrieben ist.",
    "Über Kinderbetreuung und Teilzeit in Führungspositionen gesprochen.",
    "Der Vortrag über {topic} war gut, die Diskussion danach noch besser.",
    "Er möchte ein gemeinsames Angebot für öffentliche Ausschreibungen schreiben.",
    "Müde nach dem langen Tag, aber das Gespräch mit {name} hat sich gelohnt.",
    "Hat Erfahrungen mit dem Umzug nach {city} geteilt, Wohnungssuche ist schwierig.",
    "Wir haben Visitenkarten getauscht; ich soll mich wegen {topic} melden.",
    "Sehr herzliche Begegnung, wir kennen uns schon seit dem Studium in {city}.",
    "Kritische Fragen zu meinem Geschäftsmodell, das war unbequem, aber hilfreich.",
    "{name} arbeitet jetzt bei {org} und sucht Kontakte in die Automobilbranche.",
    "Gespräch über Weiterbildung: Zertifikate zählen in der Branche immer weniger.",
    "Sie empfiehlt, Förderanträge früh zu stellen und einen Steuerberater einzubinden.",
)
GOAL_TITLES = (
    ("Sichtbarer werden als Beraterin", "visibility"), ("Neue Kunden im Mittelstand", "clients"),
    ("Erfahrungsaustausch mit anderen Gründerinnen", "experience_exchange"),
    ("Ehrenamt bei der Tafel", "engagement"), ("Neuen Job im Produktmanagement finden", "new_job"),
    ("Mehr Empfehlungen bekommen", "recommendations"),
    ("Wissen über {topic} aufbauen", "knowledge"), ("Motivation im Alltag behalten", "motivation"),
)
PLACES = (
    "{city}, Innenstadt", "{city}, Impact Hub", "Online (Zoom)", "{city}, Rathaus",
    "{city}, Hochschule", "{city}, Kulturzentrum", "Online (Teams)", "{city}, Messe",
)
# fmt: on


@dataclass(frozen=True)
class Summary:
    """How much a generation wrote (and how long it took)."""

    contacts: int
    networks: int
    events: int
    conversations: int
    goals: int
    outcomes: int
    follow_ups: int
    conversation_contacts: int
    seconds: float = 0.0


def counts_for(scale: float) -> dict[str, int]:
    """The counts at ``scale`` (1.0 = the issue's ten years); at least a few of each."""
    return {key: max(3, round(value * scale)) for key, value in FULL.items()}


def cache_path(scale: float = 1.0, out_dir: Path = OUT_DIR) -> Path:
    """Where the cached journal of this generator, scale and schema lives."""
    from kontaktbuch.store import migrations

    label = "large" if scale == 1.0 else f"scale{scale:g}"
    return out_dir / f"{label}-g{GENERATOR_VERSION}-s{migrations.SCHEMA_VERSION}.sqlite"


def ensure_journal(scale: float = 1.0, out_dir: Path = OUT_DIR, *, force: bool = False) -> Path:
    """The cached journal, generated first if missing (or when ``force``)."""
    path = cache_path(scale, out_dir)
    if path.exists() and not force:
        return path
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    summary = generate(tmp, scale=scale)
    tmp.replace(path)
    print(
        f"generated {path.name}: {summary.contacts} contacts, {summary.conversations} "
        f"conversations in {summary.seconds:.1f} s",
        file=sys.stderr,
    )
    return path


def _batches(
    rows: Sequence[tuple[object, ...]], ncols: int
) -> Iterable[Sequence[tuple[object, ...]]]:
    # SQLite allows 32766 bound variables per statement (since 3.32).
    size = max(1, 32_000 // max(1, ncols))
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(
    model: type[BaseModel], fields: Sequence[object], rows: Sequence[tuple[object, ...]]
) -> None:
    from kontaktbuch.store.models import database_proxy

    with database_proxy.atomic():
        for batch in _batches(rows, len(fields)):
            model.insert_many(batch, fields=list(fields)).execute()


def _ts(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def generate(path: Path, *, scale: float = 1.0, seed: int = SEED) -> Summary:
    """Write the journal to ``path`` (a new file) and close it again."""
    from kontaktbuch.store import models as m
    from kontaktbuch.store.db import close_database, open_database
    from kontaktbuch.store.models import database_proxy

    began = time.perf_counter()
    n = counts_for(scale)
    rng = random.Random(seed)
    start = TODAY - dt.timedelta(days=365 * YEARS + YEARS // 4)
    span_days = (TODAY - start).days
    db = open_database(Path(path), backups_dir=None)
    try:
        # A throw-away file being built: no need to wait for the disk after each batch.
        db.execute_sql("PRAGMA synchronous = OFF")
        # The reflection's stored figures are filled once at the end, as a restore
        # does (a trigger per row would recount a day 400,000 times). A checkout
        # from before them (``--app-root``) has none.
        daily_figures: ModuleType | None
        try:
            from kontaktbuch.store import daily_figures
        except ImportError:
            daily_figures = None
        if daily_figures is not None:
            daily_figures.drop_triggers(db)

        def day_at(offset: int, hour: int, minute: int = 0) -> dt.datetime:
            return dt.datetime.combine(start + dt.timedelta(days=offset), dt.time(hour, minute))

        def rand_time() -> dt.datetime:
            return day_at(
                rng.randrange(span_days), rng.randrange(8, 22), rng.choice((0, 15, 30, 45))
            )

        # --- organisations (many small firms, some big names) --------------------
        organisations = list(BIG_ORGANISATIONS)
        while len(organisations) < 1500:
            organisations.append(
                f"{rng.choice(LAST_NAMES)} {rng.choice(INDUSTRIES)} {rng.choice(LEGAL_FORMS)}"
            )

        # --- networks -----------------------------------------------------------
        network_rows = []
        network_kinds = []
        used_names: set[str] = set()
        online = ("LinkedIn", "XING", "Facebook-Gruppe Gründerinnen", "Slack Produktleute")
        for i in range(1, n["networks"] + 1):
            if i <= len(online):
                name, kind = online[i - 1], "online"
            else:
                pattern, kind = rng.choice(NETWORK_PATTERNS)
                name = pattern.format(city=rng.choice(CITIES))
                if name in used_names:
                    name = f"{name} ({rng.choice(('Nord', 'Süd', 'Ost', 'West', 'Mitte'))} {i})"
            used_names.add(name)
            stamp = _ts(day_at(rng.randrange(span_days // 2), 9))
            network_rows.append(
                (
                    i,
                    stamp,
                    stamp,
                    name,
                    kind,
                    f"{name}: regelmäßige Treffen, Austausch zu {rng.choice(TOPICS)}.",
                    rng.choice((None, None, 90, 180, 365)),
                )
            )
            network_kinds.append(kind)
        _insert(
            m.Network,
            (
                m.Network.id,
                m.Network.created_at,
                m.Network.updated_at,
                m.Network.name,
                m.Network.kind,
                m.Network.description,
                m.Network.keep_in_touch_days,
            ),
            network_rows,
        )

        # --- events (dates ascending, so "the event of a day" is easy to find) ---
        event_days = sorted(rng.randrange(span_days + 30) for _ in range(n["events"]))
        event_rows = []
        event_network: list[int] = []
        for i, offset in enumerate(event_days, start=1):
            network_id = rng.randrange(5, n["networks"] + 1) if n["networks"] > 5 else 1
            city = rng.choice(CITIES)
            starts = day_at(offset, rng.choice((8, 12, 18, 19)))
            past = starts.date() <= TODAY
            event_rows.append(
                (
                    i,
                    _ts(starts - dt.timedelta(days=14)),
                    _ts(starts - dt.timedelta(days=14)),
                    f"{rng.choice(EVENT_TITLES)} – {city}",
                    _ts(starts),
                    rng.choice((60, 90, 120, 150, 180, 240)),
                    rng.choice((0, 15, 20, 30, 45, 60)),
                    rng.choice(PLACES).format(city=city),
                    network_id if rng.random() < 0.85 else None,
                    rng.randrange(1, 6) if past and rng.random() < 0.8 else None,
                    rng.choice(
                        ("", "", "Gute Stimmung, viele neue Gesichter.", "Zu voll und zu laut.")
                    ),
                )
            )
            event_network.append(network_id)
        _insert(
            m.Event,
            (
                m.Event.id,
                m.Event.created_at,
                m.Event.updated_at,
                m.Event.title,
                m.Event.starts_at,
                m.Event.duration_minutes,
                m.Event.travel_minutes,
                m.Event.place,
                m.Event.network,
                m.Event.enjoyment,
                m.Event.notes,
            ),
            event_rows,
        )

        # --- contacts and their details -----------------------------------------
        contact_rows = []
        emails, phones, links, contact_tags, memberships = [], [], [], [], []
        first_names: list[str] = []
        for i in range(1, n["contacts"] + 1):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            first_names.append(first)
            org = rng.choice(organisations)
            created = day_at(rng.randrange(span_days), 10)
            birthday = rng.random() < 0.5
            contact_rows.append(
                (
                    i,
                    _ts(created),
                    _ts(created),
                    "Dr." if rng.random() < 0.07 else "",
                    first,
                    last,
                    org,
                    rng.choice(POSITIONS),
                    rng.choice(("", "Stammtisch", "über LinkedIn", "Konferenz", "Barcamp")),
                    rng.randrange(1, n["events"] + 1) if rng.random() < 0.3 else None,
                    rng.choice(OFFERS) if rng.random() < 0.6 else "",
                    rng.choice(SEEKS) if rng.random() < 0.5 else "",
                    ", ".join(rng.sample(INTERESTS, rng.randrange(0, 4))),
                    rng.choice(("", "", "Kennt viele Leute in der Gründerszene.", "Mag Kaffee.")),
                    rng.randrange(1, 29) if birthday else None,
                    rng.randrange(1, 13) if birthday else None,
                    rng.randrange(1955, 2003) if birthday and rng.random() < 0.6 else None,
                    rng.choice((None, None, None, 30, 60, 90, 180)),
                    rng.random() < 0.03,
                )
            )
            slug = (
                f"{first}.{last}".lower()
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .encode("ascii", "ignore")
                .decode()
            )
            emails.append((i, f"{slug}{i}@example.de", "work", 0))
            if rng.random() < 0.3:
                emails.append((i, f"{slug}{i}@example.org", "home", 1))
            if rng.random() < 0.6:
                phones.append(
                    (i, f"+49 {rng.randrange(30, 999)} {rng.randrange(10**6, 10**7)}", "work", 0)
                )
            links.append((i, f"https://www.linkedin.com/in/{slug}-{i}", "linkedin", 0))
            if rng.random() < 0.25:
                links.append((i, f"https://www.xing.com/profile/{slug}{i}", "xing", 1))
            for tag in rng.sample(range(1, len(TAGS) + 1), rng.randrange(0, 3)):
                contact_tags.append((i, tag))
            for network in rng.sample(
                range(1, n["networks"] + 1), min(n["networks"], rng.randrange(1, 4))
            ):
                memberships.append(
                    (i, network, rng.choice(("Mitglied", "Mitglied", "Vorstand")), created.date())
                )
        _insert(
            m.Contact,
            (
                m.Contact.id,
                m.Contact.created_at,
                m.Contact.updated_at,
                m.Contact.prefix,
                m.Contact.first_name,
                m.Contact.last_name,
                m.Contact.organisation,
                m.Contact.position,
                m.Contact.first_met,
                m.Contact.first_met_event,
                m.Contact.offers,
                m.Contact.seeks,
                m.Contact.interests,
                m.Contact.notes,
                m.Contact.birthday_day,
                m.Contact.birthday_month,
                m.Contact.birthday_year,
                m.Contact.keep_in_touch_days,
                m.Contact.archived,
            ),
            contact_rows,
        )
        _insert(
            m.ContactEmail,
            (
                m.ContactEmail.contact,
                m.ContactEmail.address,
                m.ContactEmail.label,
                m.ContactEmail.position,
            ),
            emails,
        )
        _insert(
            m.ContactPhone,
            (
                m.ContactPhone.contact,
                m.ContactPhone.number,
                m.ContactPhone.label,
                m.ContactPhone.position,
            ),
            phones,
        )
        _insert(
            m.ContactLink,
            (m.ContactLink.contact, m.ContactLink.url, m.ContactLink.kind, m.ContactLink.position),
            links,
        )
        _insert(m.Tag, (m.Tag.id, m.Tag.name), [(i, t) for i, t in enumerate(TAGS, start=1)])
        _insert(m.ContactTag, (m.ContactTag.contact, m.ContactTag.tag), contact_tags)
        _insert(
            m.Membership,
            (m.Membership.contact, m.Membership.network, m.Membership.role, m.Membership.since),
            memberships,
        )
        attendees = []
        for event_id in range(1, n["events"] + 1):
            for contact in rng.sample(
                range(1, n["contacts"] + 1), min(n["contacts"], rng.randrange(2, 9))
            ):
                attendees.append((event_id, contact))
        _insert(m.EventAttendee, (m.EventAttendee.event, m.EventAttendee.contact), attendees)

        # --- goals ----------------------------------------------------------------
        goal_rows = []
        for i in range(1, n["goals"] + 1):
            title, kind = rng.choice(GOAL_TITLES)
            title = title.format(topic=rng.choice(TOPICS))
            year = TODAY.year - YEARS + (i * YEARS) // max(1, n["goals"])
            created = dt.datetime(year, rng.randrange(1, 13), rng.randrange(1, 28), 9)
            target_kind = rng.choice((None, "conversations", "new_contacts", "outcomes"))
            goal_rows.append(
                (
                    i,
                    _ts(created),
                    _ts(created),
                    f"{title} ({year})",
                    "Weil es mir wichtig ist, hier voranzukommen.",
                    kind,
                    rng.choice(("week", "month", "month", "quarter", "year")),
                    rng.choice((None, 2.0, 4.0, 8.0, 20.0)),
                    target_kind,
                    rng.randrange(2, 12) if target_kind else None,
                    rng.choice(OUTCOME_KINDS) if target_kind == "outcomes" else None,
                    "active"
                    if year >= TODAY.year - 1
                    else rng.choice(("done", "dropped", "paused")),
                )
            )
        _insert(
            m.Goal,
            (
                m.Goal.id,
                m.Goal.created_at,
                m.Goal.updated_at,
                m.Goal.title,
                m.Goal.why,
                m.Goal.kind,
                m.Goal.period,
                m.Goal.budget_hours,
                m.Goal.target_kind,
                m.Goal.target_value,
                m.Goal.target_outcome_kind,
                m.Goal.status,
            ),
            goal_rows,
        )
        goal_events = []
        for event_id in range(1, n["events"] + 1):
            for goal in rng.sample(range(1, n["goals"] + 1), rng.choice((0, 0, 1, 2))):
                goal_events.append((goal, event_id))
        _insert(m.GoalEvent, (m.GoalEvent.goal, m.GoalEvent.event), goal_events)

        # --- conversations ----------------------------------------------------------
        conv_rows, participants, outcomes, follow_ups, goal_convs = [], [], [], [], []
        past_events = [i for i, d in enumerate(event_days, start=1) if d <= span_days]
        for i in range(1, n["conversations"] + 1):
            at_event: int | None = None
            if past_events and rng.random() < 0.35:
                at_event = rng.choice(past_events)
                offset = event_days[at_event - 1]
                occurred = day_at(offset, rng.randrange(18, 22), rng.choice((0, 15, 30, 45)))
                channel = "in_person"
            else:
                occurred = rand_time()
                channel = rng.choice((*CHANNELS[:7], "in_person", "phone", "video"))
            people = rng.sample(range(1, n["contacts"] + 1), 2 if rng.random() < 0.1 else 1)
            notes = []
            length = 0
            target = rng.randrange(210, 330)
            for template in rng.sample(SENTENCES, 8):
                if length >= target:
                    break
                sentence = template.format(
                    name=first_names[people[0] - 1],
                    org=rng.choice(organisations),
                    topic=rng.choice(TOPICS),
                    city=rng.choice(CITIES),
                )
                notes.append(sentence)
                length += len(sentence) + 1
            stamp = _ts(occurred.replace(hour=22, minute=30))
            conv_rows.append(
                (
                    i,
                    stamp,
                    stamp,
                    _ts(occurred),
                    at_event,
                    channel,
                    rng.choice((5, 10, 15, 20, 30, 45, 60, 90)),
                    " ".join(notes),
                    rng.choice((None, 1, 2, 3, 3, 4, 4, 4, 5, 5)),
                )
            )
            for person in people:
                participants.append((i, person))
            if rng.random() < 0.5:
                for kind in rng.sample(OUTCOME_KINDS, rng.randrange(1, 3)):
                    outcomes.append((i, kind, rng.choice(OUTCOME_TEXTS)))
            if rng.random() < 0.25:
                due = occurred.date() + dt.timedelta(days=rng.choice((2, 3, 7, 14, 30)))
                done = (
                    _ts(dt.datetime.combine(due, dt.time(17)))
                    if due < TODAY - dt.timedelta(days=10)
                    else None
                )
                follow_ups.append((stamp, stamp, i, people[0], rng.choice(FOLLOW_UPS), due, done))
            for goal in rng.sample(range(1, n["goals"] + 1), rng.choice((0, 0, 1, 1, 2))):
                goal_convs.append((goal, i))
        _insert(
            m.Conversation,
            (
                m.Conversation.id,
                m.Conversation.created_at,
                m.Conversation.updated_at,
                m.Conversation.occurred_at,
                m.Conversation.event,
                m.Conversation.channel,
                m.Conversation.minutes,
                m.Conversation.notes,
                m.Conversation.enjoyment,
            ),
            conv_rows,
        )
        _insert(
            m.ConversationContact,
            (m.ConversationContact.conversation, m.ConversationContact.contact),
            participants,
        )
        _insert(m.Outcome, (m.Outcome.conversation, m.Outcome.kind, m.Outcome.text), outcomes)
        _insert(
            m.FollowUp,
            (
                m.FollowUp.created_at,
                m.FollowUp.updated_at,
                m.FollowUp.conversation,
                m.FollowUp.contact,
                m.FollowUp.text,
                m.FollowUp.due_date,
                m.FollowUp.done_at,
            ),
            follow_ups,
        )
        _insert(
            m.GoalConversation,
            (m.GoalConversation.goal, m.GoalConversation.conversation),
            goal_convs,
        )

        # --- monthly reflections of the last ten years ----------------------------------
        reflections = []
        for months_back in range(1, 12 * YEARS, 1):
            year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - months_back, 12)
            month_start = dt.date(year, month + 1, 1)
            nxt = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
            reflections.append(
                (
                    "month",
                    month_start,
                    nxt - dt.timedelta(days=1),
                    '{"brought": "Zwei gute Kontakte, ein Auftrag.", "enjoyed": "Der Stammtisch."}',
                    rng.choice(("more", "same", "less", "differently")),
                    "{}",
                    _ts(dt.datetime.combine(nxt, dt.time(20))),
                )
            )
        _insert(
            m.Reflection,
            (
                m.Reflection.period_kind,
                m.Reflection.period_start,
                m.Reflection.period_end,
                m.Reflection.answers,
                m.Reflection.verdict,
                m.Reflection.figures,
                m.Reflection.created_at,
            ),
            reflections,
        )
        # --- relationships (a generator of their own: the rows above stay as they were)
        related = random.Random(seed + 2)
        kinds = ("introduced_by", "introduced_by", "works_with", "knows", "knows", "family")
        pairs: set[tuple[int, int]] = set()
        relationships: list[tuple[object, ...]] = []
        while len(relationships) < n["contacts"] // 2:
            a, b = related.sample(range(1, n["contacts"] + 1), 2)
            if (min(a, b), max(a, b)) in pairs:
                continue
            pairs.add((min(a, b), max(a, b)))
            relationships.append((_ts(rand_time()), a, b, related.choice(kinds), ""))
        _insert(
            m.Relationship,
            (
                m.Relationship.created_at,
                m.Relationship.contact,
                m.Relationship.other,
                m.Relationship.kind,
                m.Relationship.label,
            ),
            relationships,
        )
        if daily_figures is not None:
            with database_proxy.atomic():
                daily_figures.rebuild(db)
                daily_figures.create_triggers(db)
        db.execute_sql("ANALYZE")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database(db)
    return Summary(
        contacts=n["contacts"],
        networks=n["networks"],
        events=n["events"],
        conversations=n["conversations"],
        goals=n["goals"],
        outcomes=len(outcomes),
        follow_ups=len(follow_ups),
        conversation_contacts=len(participants),
        seconds=time.perf_counter() - began,
    )


def write_vcards(path: Path, count: int = 10_000, seed: int = SEED + 1) -> Path:
    """A vCard 3.0 file of ``count`` contacts, as a phone or Outlook would export them."""
    if path.exists():
        return path
    rng = random.Random(seed)
    lines: list[str] = []
    for i in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        org = rng.choice(BIG_ORGANISATIONS)
        slug = f"{first}.{last}".lower().encode("ascii", "ignore").decode()
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{last};{first};;;",
            f"FN:{first} {last}",
            f"ORG:{org}",
            f"TITLE:{rng.choice(POSITIONS)}",
            f"EMAIL;TYPE=INTERNET,WORK:{slug}{i}@example.de",
            f"TEL;TYPE=CELL:+49 1{rng.randrange(50, 80)} {rng.randrange(10**6, 10**7)}",
            f"URL:https://www.linkedin.com/in/{slug}-{i}",
        ]
        if rng.random() < 0.4:
            year, month, day = rng.randrange(1955, 2003), rng.randrange(1, 13), rng.randrange(1, 29)
            lines.append(f"BDAY:{year}-{month:02d}-{day:02d}")
        if rng.random() < 0.3:
            lines.append(
                f"NOTE:Kennengelernt in {rng.choice(CITIES)}\\, Thema {rng.choice(TOPICS)}."
            )
        lines.append("END:VCARD")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = ten years (default)")
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    path = ensure_journal(args.scale, args.out, force=args.force)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
