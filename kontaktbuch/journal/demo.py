"""A realistic demo journal, generated from a fixed seed.

Used by the first-start screen, ``kontaktbuch demo``, screenshots and tests. The
same seed and the same "today" always give the same journal, so screenshots and
figures are reproducible; dates are relative to today so the demo looks current.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

SEED = 20261126

FIRST_NAMES = (
    "Anna",
    "Jörg",
    "Kemal",
    "Lena",
    "Sophie",
    "Markus",
    "Julia",
    "Stefan",
    "Katrin",
    "Thomas",
    "Sabine",
    "Michael",
    "Claudia",
    "Andreas",
    "Petra",
    "Tobias",
    "Miriam",
    "Florian",
    "Ayşe",
    "Björn",
    "Franziska",
    "Lukas",
    "Nadine",
    "Matthias",
    "Özlem",
    "Jan",
    "Birgit",
    "Sebastian",
    "Hannah",
    "Dominik",
    "Elif",
    "Ralf",
    "Verena",
    "Timo",
)
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
ORGANISATIONS = (
    ("Stadtwerke München", "Leiterin Vertrieb"),
    ("Bäckerei Schröder GmbH", "Geschäftsführer"),
    ("Fraunhofer IIS", "Head of Open Innovation"),
    ("Wagner & Partner Steuerberatung", "Steuerberaterin"),
    ("Siemens AG", "Projektleiter"),
    ("N26", "Product Managerin"),
    ("Allianz SE", "Personalreferent"),
    ("freiberuflich", "UX-Designerin"),
    ("Hochschule München", "Professorin für BWL"),
    ("TechQuartier Frankfurt", "Community Managerin"),
    ("Kanzlei Braun Rechtsanwälte", "Fachanwalt für Arbeitsrecht"),
    ("Greenfield Ventures", "Investment Manager"),
    ("BMW Group", "Einkäufer"),
    ("selbstständig", "Coach und Trainer"),
    ("Deutsche Bahn", "Teamleiterin IT"),
    ("Café Kultur e.V.", "Vorstand"),
    ("Lieferando", "Data Scientist"),
    ("IHK München", "Referentin Existenzgründung"),
    ("Personio", "Recruiterin"),
    ("Zeiss", "Entwicklungsingenieur"),
)
OFFERS = (
    "Steuerberatung für Gründer",
    "Kontakte zu Business Angels",
    "Feedback zu Pitch Decks",
    "Mentoring für Berufseinsteigerinnen",
    "Wissen über Förderprogramme",
    "UX-Reviews",
    "Erfahrung mit Arbeitsrecht",
    "Zugang zu Einkaufsabteilungen",
    "Workshops zu Moderation",
    "Hilfe bei Bewerbungsunterlagen",
    "Datenanalyse",
    "Räume für Veranstaltungen",
)
SEEKS = (
    "Mitgründer mit Tech-Hintergrund",
    "neue Kunden im Mittelstand",
    "eine Stelle im Produktmanagement",
    "Referentinnen für Meetups",
    "Erfahrungsaustausch zu Remote-Teams",
    "Investoren",
    "Ehrenamtliche für das Sommerfest",
    "Tipps zum Umzug nach Berlin",
    "Praktikumsplätze",
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

NETWORKS = (
    ("Unternehmerinnen-Netzwerk München", "women", "Monatlicher Austausch von Gründerinnen."),
    ("Gründerstammtisch Schwabing", "founders", "Lockerer Stammtisch für Gründer."),
    ("VDI Bezirksverein München", "association", "Ingenieursverband, Arbeitskreise."),
    ("TU München Alumni", "alumni", "Ehemalige der TUM."),
    ("Expats in Munich", "expats", "Internationale Community."),
    ("Gemeinschaftsgarten Giesing", "hobby", "Urban Gardening am Wochenende."),
    ("LinkedIn", "online", "Berufliches Online-Netzwerk."),
    ("XING", "online", "Online-Netzwerk im deutschsprachigen Raum."),
    ("Tafel München", "volunteering", "Ehrenamtliche Lebensmittelausgabe."),
    ("Hundesportverein Isartal", "hobby", "Agility-Training am Samstag."),
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
NOTES = (
    "Hat von ihrem Wechsel zu einem Start-up erzählt; sucht gerade Leute für das Produktteam.",
    "Spannendes Gespräch über Förderprogramme für Gründer in Bayern.",
    "Kurz über die Branche gesprochen, die Preise im Einkauf steigen weiter.",
    "Er kennt jemanden bei der IHK, der bei der Gründung helfen kann.",
    "Wir haben uns über Remote-Arbeit und Teamkultur ausgetauscht.",
    "Sie plant ein Meetup zu Nachhaltigkeit und sucht noch Referentinnen.",
    "Tipps für die Gehaltsverhandlung bekommen; sehr offen und hilfsbereit.",
    "Gespräch über die neue Regelung zur Scheinselbstständigkeit.",
    "Gemeinsam überlegt, wie man mehr Ehrenamtliche für die Tafel gewinnt.",
    "Erzählt, dass der Vertriebsleiter bei Siemens gewechselt hat.",
    "Hat mir ihre Strategie für LinkedIn-Beiträge erklärt: einmal pro Woche, persönlich.",
    "Eher zähes Gespräch, wenig Gemeinsamkeiten gefunden.",
    "Über Pitch Decks gesprochen; ich schicke ihm meine Folien zum Gegenlesen.",
    "Er sucht eine Steuerberaterin, ich habe Sophie empfohlen.",
    "Lange über Hundetraining und dann überraschend über Jobs in der Autoindustrie geredet.",
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


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    networks: int
    events: int
    conversations: int
    goals: int


class JournalNotEmptyError(Exception):
    """The demo only goes into an empty journal; it never mixes with real data."""


def _is_empty() -> bool:
    return not any(
        model.select().limit(1).exists()
        for model in (m.Contact, m.Network, m.Event, m.Conversation, m.Goal)
    )


def create_demo(today: dt.date | None = None, seed: int = SEED) -> DemoSummary:
    """Fill an empty journal with the demo data in one transaction."""
    if not _is_empty():
        raise JournalNotEmptyError
    today = today or dt.date.today()
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(12, 0))
    start = today - dt.timedelta(days=548)

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute))

    with database_proxy.atomic():
        networks = []
        for name, kind, description in NETWORKS:
            networks.append(
                m.Network.create(
                    name=name,
                    kind=kind,
                    description=description,
                    keep_in_touch_days=rng.choice((None, 90, 180)),
                    created_at=at(start, 9),
                )
            )
        tags = [m.Tag.create(name=t) for t in TAGS]

        contacts: list[m.Contact] = []
        used: set[tuple[str, str]] = set()
        while len(contacts) < 60:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if (first, last) in used:
                continue
            used.add((first, last))
            org, position = rng.choice(ORGANISATIONS)
            has_year = rng.random() < 0.6
            created = at(start + dt.timedelta(days=rng.randrange(0, 400)), 10)
            contact = m.Contact.create(
                prefix="Dr." if rng.random() < 0.08 else "",
                first_name=first,
                last_name=last,
                organisation=org,
                position=position,
                first_met=rng.choice(("", "Stammtisch", "über LinkedIn", "Konferenz", "Barcamp")),
                offers=rng.choice(OFFERS) if rng.random() < 0.7 else "",
                seeks=rng.choice(SEEKS) if rng.random() < 0.6 else "",
                interests=", ".join(rng.sample(INTERESTS, rng.randrange(0, 3))),
                notes=rng.choice(("", "Kennt viele Leute in der Gründerszene.", "Mag Kaffee.")),
                birthday_day=rng.randrange(1, 29) if rng.random() < 0.5 else None,
                birthday_month=rng.randrange(1, 13),
                birthday_year=rng.randrange(1965, 2000) if has_year else None,
                keep_in_touch_days=rng.choice((None, None, 30, 60, 90, 180)),
                archived=rng.random() < 0.04,
                created_at=created,
                updated_at=created,
            )
            if contact.birthday_day is None:
                contact.birthday_month = None
                contact.birthday_year = None
                m.Contact.update(birthday_month=None, birthday_year=None).where(
                    m.Contact.id == contact.id
                ).execute()
            slug = f"{first}-{last}".lower()
            for src, dst in (
                ("ä", "ae"),
                ("ö", "oe"),
                ("ü", "ue"),
                ("ß", "ss"),
                ("ı", "i"),
                ("ş", "s"),
                ("ğ", "g"),
                ("ç", "c"),
            ):
                slug = slug.replace(src, dst)
            m.ContactEmail.create(contact=contact, address=f"{slug}@example.de", label="work")
            if rng.random() < 0.3:
                m.ContactEmail.create(
                    contact=contact, address=f"{slug}@example.org", label="home", position=1
                )
            if rng.random() < 0.6:
                m.ContactPhone.create(
                    contact=contact,
                    number=f"+49 89 {rng.randrange(1000000, 9999999)}",
                    label="work",
                )
            m.ContactLink.create(
                contact=contact, url=f"https://www.linkedin.com/in/{slug}-demo", kind="linkedin"
            )
            if rng.random() < 0.3:
                m.ContactLink.create(
                    contact=contact,
                    url=f"https://www.xing.com/profile/{slug}",
                    kind="xing",
                    position=1,
                )
            for tag in rng.sample(tags, rng.randrange(0, 3)):
                m.ContactTag.create(contact=contact, tag=tag)
            for network in rng.sample(networks, rng.randrange(1, 4)):
                m.Membership.create(
                    contact=contact,
                    network=network,
                    role=rng.choice(
                        ("Mitglied", "Mitglied", "Mitglied", "Vorstand", "Organisatorin")
                    ),
                    since=created.date(),
                )
            contacts.append(contact)

        goals = []
        for title, kind, period, budget, target_kind, target_value in GOALS:
            goals.append(
                m.Goal.create(
                    title=title,
                    why="Weil es mir wichtig ist, hier voranzukommen.",
                    kind=kind,
                    period=period,
                    budget_hours=budget,
                    target_kind=target_kind,
                    target_value=target_value,
                    status="active",
                    created_at=at(start, 9),
                )
            )

        events = []
        physical = [n for n in networks if n.kind != "online"]
        for i in range(25):
            day = start + dt.timedelta(days=int(i * 548 / 25) + rng.randrange(0, 15))
            if i >= 23:
                day = today + dt.timedelta(days=(i - 22) * 4)  # two upcoming events
            network = rng.choice(physical)
            event = m.Event.create(
                title=f"{rng.choice(EVENT_TITLES)} – {network.name.split()[0]}",
                starts_at=at(day, rng.choice((8, 18, 19))),
                duration_minutes=rng.choice((90, 120, 150, 180)),
                travel_minutes=rng.choice((0, 20, 30, 45)),
                place=rng.choice(PLACES),
                network=network,
                enjoyment=None if day > today else rng.randrange(2, 6),
                notes=rng.choice(
                    ("", "Gute Stimmung, viele neue Gesichter.", "Zu voll und zu laut.")
                ),
                created_at=at(day, 8),
            )
            members = [ms.contact for ms in network.memberships] or contacts
            for attendee in rng.sample(members, min(len(members), rng.randrange(2, 6))):
                m.EventAttendee.create(event=event, contact=attendee)
            for goal in rng.sample(goals, rng.randrange(0, 2)):
                m.GoalEvent.create(goal=goal, event=event)
            events.append(event)

        past_events = [e for e in events if e.starts_at.date() <= today]
        conversation_rows = 0
        for i in range(400):
            day = start + dt.timedelta(days=int(i * 547 / 400))
            at_event: m.Event | None = None
            if rng.random() < 0.3:
                candidates = [e for e in past_events if e.starts_at.date() <= day]
                if candidates:
                    at_event = candidates[-1]
                    day = at_event.starts_at.date()
            channel = (
                "in_person"
                if at_event
                else rng.choice(
                    ("in_person", "phone", "video", "email", "linkedin", "xing", "phone", "video")
                )
            )
            people = rng.sample(contacts, 2 if rng.random() < 0.1 else 1)
            # One network feels like a chore: long, low enjoyment, few outcomes.
            chore = any(ms.network.name.startswith("VDI") for p in people for ms in p.memberships)
            enjoyment = rng.choice((1, 2, 2, 3)) if chore else rng.choice((3, 4, 4, 5, 5, 2))
            conversation = m.Conversation.create(
                occurred_at=at(day, rng.randrange(8, 21), rng.choice((0, 15, 30, 45))),
                event=at_event,
                channel=channel,
                minutes=rng.choice((10, 15, 20, 30, 45, 60, 90)),
                notes=rng.choice(NOTES),
                enjoyment=enjoyment,
                created_at=at(day, 22),
            )
            for person in people:
                m.ConversationContact.create(conversation=conversation, contact=person)
            if rng.random() < (0.15 if chore else 0.55):
                for kind in rng.sample(sorted(OUTCOME_TEXTS), rng.randrange(1, 3)):
                    m.Outcome.create(conversation=conversation, kind=kind, text=OUTCOME_TEXTS[kind])
            if rng.random() < 0.25:
                due = day + dt.timedelta(days=rng.choice((2, 3, 7, 14)))
                m.FollowUp.create(
                    conversation=conversation,
                    contact=people[0],
                    text=rng.choice(FOLLOW_UPS),
                    due_date=due,
                    done_at=at(due, 17) if due < today - dt.timedelta(days=10) else None,
                    created_at=at(day, 22),
                )
            for goal in rng.sample(goals, rng.choice((0, 1, 1, 2))):
                m.GoalConversation.create(goal=goal, conversation=conversation)
            conversation_rows += 1
        # A little of today, so the first look shows something due.
        m.FollowUp.create(
            contact=contacts[0], text="Angebot nachfassen", due_date=today, created_at=now
        )
    return DemoSummary(
        contacts=len(contacts),
        networks=len(networks),
        events=len(events),
        conversations=conversation_rows,
        goals=len(goals),
    )
