"""A realistic demo journal, generated from a fixed seed (its words: ``demo_words``).

Used by the first-start screen, ``kontaktbuch demo``, screenshots and tests. The
same seed and the same "today" always give the same journal, so screenshots and
figures are reproducible; dates are relative to today so the demo looks current.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

from kontaktbuch.journal.demo_words import (
    EVENT_TITLES,
    FIRST_NAMES,
    FOLLOW_UPS,
    GENDERS,
    GOALS,
    INTERESTS,
    LABELS,
    LAST_NAMES,
    NETWORKS,
    NOTES,
    OFFERS,
    ORGANISATIONS,
    OUTCOME_TEXTS,
    PLACES,
    ROLES,
    SEEKS,
    TAGS,
)
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

SEED = 20261126

__all__ = [
    "EVENT_TITLES",
    "FIRST_NAMES",
    "FOLLOW_UPS",
    "GENDERS",
    "GOALS",
    "INTERESTS",
    "LABELS",
    "LAST_NAMES",
    "NETWORKS",
    "NOTES",
    "OFFERS",
    "ORGANISATIONS",
    "OUTCOME_TEXTS",
    "PLACES",
    "ROLES",
    "SEED",
    "SEEKS",
    "TAGS",
    "DemoSummary",
    "JournalNotEmptyError",
    "create_demo",
]

# organisations that do not make colleagues
_NO_COLLEAGUES = ("freiberuflich", "selbstständig")


def _relationships(contacts: list[m.Contact], rng: random.Random) -> None:
    """Colleagues at the same organisation, who introduced whom, who knows whom.

    A generator of its own (``rng``): the rest of the demo stays as it was.
    """
    by_org: dict[str, list[m.Contact]] = {}
    for contact in contacts:
        if contact.organisation not in _NO_COLLEAGUES:
            by_org.setdefault(contact.organisation, []).append(contact)
    for colleagues in by_org.values():  # the first two at each place know each other
        for a, b in itertools.pairwise(colleagues[:2]):
            m.Relationship.create(contact=a, other=b, kind="works_with", created_at=a.created_at)
    pairs: set[tuple[int, int]] = set()
    introduced: set[int] = set()  # one introducer per person
    for kind, count in (("introduced_by", 14), ("knows", 8), ("family", 1), ("other", 3)):
        made = 0
        while made < count:
            a, b = rng.sample(contacts, 2)
            key = (min(a.id, b.id), max(a.id, b.id))
            if key in pairs or a.organisation == b.organisation:
                continue
            if kind == "introduced_by" and b.created_at >= a.created_at:
                a, b = b, a  # the introducer was there first
            if kind == "introduced_by":
                if a.id in introduced:
                    continue
                introduced.add(a.id)
            pairs.add(key)
            m.Relationship.create(
                contact=a,
                other=b,
                kind=kind,
                label=LABELS[made] if kind == "other" else "",
                created_at=a.created_at,
            )
            made += 1


def _offers(of_organisation: str, other: str) -> str:
    """What someone offers: what their organisation stands for, every second person more."""
    if OFFERS.index(other) % 2 == 0 or other in of_organisation:
        return of_organisation
    return f"{of_organisation}, {other}"


def _note(note: str | tuple[str, str, str], people: list[m.Contact]) -> str:
    """The note in the form that fits the people of the conversation."""
    if isinstance(note, str):
        return note
    if len(people) > 1:
        return note[2]
    return note[0] if GENDERS[people[0].first_name] == "f" else note[1]


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
            org, position_m, position_f, org_offer = rng.choice(ORGANISATIONS)
            female = GENDERS[first] == "f"
            has_year = rng.random() < 0.6
            created = at(start + dt.timedelta(days=rng.randrange(0, 400)), 10)
            contact = m.Contact.create(
                prefix="Dr." if rng.random() < 0.08 else "",
                first_name=first,
                last_name=last,
                organisation=org,
                position=position_f if female else position_m,
                first_met=rng.choice(("", "Stammtisch", "über LinkedIn", "Konferenz", "Barcamp")),
                offers=_offers(org_offer, rng.choice(OFFERS)) if rng.random() < 0.7 else "",
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
                    role=rng.choice(ROLES)[1 if female else 0],
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
                notes=_note(rng.choice(NOTES), people),
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
        _relationships(contacts, random.Random(seed + 1))
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
