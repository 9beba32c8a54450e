"""Setting the account up: find (or make) the collections each kind of thing goes to.

Five roles, each one collection (several roles may share one):

=============  =====================  ============================================
role           created as             holds
=============  =====================  ============================================
``contacts``   address book           contacts, networks (group cards)
``events``     calendar (VEVENT)      events
``tasks``      task list (VTODO)      follow-ups
``journal``    journal (VJOURNAL)     conversations
``internal``   journal (VJOURNAL)     goals, reflections, figure settings
=============  =====================  ============================================

A second computer finds the collections the first one made by their names in
the URL (``kontaktbuch``, ``kontaktbuch-events`` …) or their display names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from kontaktbuch.exchange.sync import state
from kontaktbuch.exchange.sync.client import CollectionInfo, Connection, SyncError, normalise_href

SLUGS = {
    "contacts": "kontaktbuch",
    "events": "kontaktbuch-events",
    "tasks": "kontaktbuch-tasks",
    "journal": "kontaktbuch-journal",
    "internal": "kontaktbuch-internal",
}
COMPONENT = {"events": "VEVENT", "tasks": "VTODO", "journal": "VJOURNAL", "internal": "VJOURNAL"}


@dataclass
class SetupResult:
    collections: list[state.Collection]
    created: list[str] = field(default_factory=list)  # roles whose collection was made now
    missing: list[str] = field(default_factory=list)  # roles without a collection


def _slug(info: CollectionInfo) -> str:
    return normalise_href(info.url).rstrip("/").rsplit("/", 1)[-1].lower()


def _fits(role: str, info: CollectionInfo) -> bool:
    if role == "contacts":
        return info.kind == "addressbook"
    return info.kind == "calendar" and COMPONENT[role] in info.components


def _choose(
    role: str, found: list[CollectionInfo], names: dict[str, str], explicit: dict[str, str]
) -> CollectionInfo | None:
    if role in explicit:
        wanted = normalise_href(explicit[role]).rstrip("/")
        return next((i for i in found if normalise_href(i.url).rstrip("/") == wanted), None)
    fitting = [i for i in found if _fits(role, i)]
    for info in fitting:
        if _slug(info) == SLUGS[role]:
            return info
    for info in fitting:
        if info.display_name and info.display_name == names.get(role):
            return info
    return None


def discover(conn: Connection) -> list[CollectionInfo]:
    """Every address book and calendar of the account."""
    cards_home, cals_home = conn.homes()
    homes = [h for h in dict.fromkeys((cards_home, cals_home)) if h]
    if not homes:
        raise SyncError("no_dav", conn.url)
    found: list[CollectionInfo] = []
    for home in homes:
        found.extend(conn.collections(home))
    return found


def set_up(
    conn: Connection,
    *,
    create: bool,
    names: dict[str, str],
    explicit: dict[str, str] | None = None,
) -> SetupResult:
    """Find or make the five collections; nothing is written to the journal here."""
    explicit = explicit or {}
    found = discover(conn)
    cards_home, cals_home = conn.homes()
    result = SetupResult([])
    chosen: dict[str, CollectionInfo] = {}
    for role in state.ROLES:
        info = _choose(role, found, names, explicit)
        if info is None and create and role not in explicit:
            home = cards_home if role == "contacts" else cals_home
            if home is None:
                raise SyncError("no_dav", conn.url)
            url = urljoin(home if home.endswith("/") else home + "/", SLUGS[role] + "/")
            if role == "contacts":
                conn.create_addressbook(url, names.get(role, "Kontaktbuch"))
            else:
                conn.create_calendar(url, names.get(role, "Kontaktbuch"), [COMPONENT[role]])
            result.created.append(role)
            found = discover(conn)
            info = _choose(role, found, names, {})
        if info is None:
            result.missing.append(role)
            continue
        chosen[role] = info
    by_url: dict[str, state.Collection] = {}
    for role, info in chosen.items():
        collection = by_url.get(info.url)
        if collection is None:
            version = "4.0" if "4.0" in info.vcard_versions else "3.0"
            collection = state.Collection(
                0,
                info.url,
                info.kind,
                (),
                info.display_name,
                version if info.kind == "addressbook" else "",
                use_sync_token=info.supports_sync,
            )
            by_url[info.url] = collection
        collection.roles = (*collection.roles, role)
    result.collections = list(by_url.values())
    return result
