"""The network as a picture: who is in it, how they hang together, where each is drawn.

Two pictures, both laid out here (plain Python, no Qt, so the benchmark and the
tests measure and check them without a screen):

- **people** (:func:`people_graph`), for up to :data:`PEOPLE_LIMIT` contacts:
  every network as a block of its people's names (a dot coloured by the last
  contact, the name beside it: names never overlap), the blocks packed in rows
  to fill the pane; a faint line from a person to their other networks and a
  coloured curve per relationship. The layout is computed in one pass — no
  force simulation — so it costs milliseconds and the same journal always
  gives the same picture.
- **clusters** (:func:`cluster_graph`), when more contacts match: one bubble per
  network (sized by its members, coloured by how recently they were met) and a
  line between networks that share members. Choosing a network or one contact
  (:func:`neighbourhood`) goes back to the people picture of that part.

A force-directed layout (``networkx.spring_layout``) was measured on the large
journal and is far too slow for a first paint (see ``docs/performance.md``).

Filters: a network, a goal (contacts of conversations that served it), a period
(contacts met within it). Colour: the days since the last contact (buckets).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

from kontaktbuch.journal import interactions
from kontaktbuch.journal.names import display_name
from kontaktbuch.journal.snapshots import placeholders
from kontaktbuch.store.models import database_proxy

# more matching contacts than this are shown as network clusters
PEOPLE_LIMIT = 400
# a network's members shown in the people picture of that network at most
# (the most recently met ones)
MEMBERS_SHOWN = PEOPLE_LIMIT
# last-contact buckets: up to this many days ago -> bucket name; older: "old"
BUCKETS: tuple[tuple[int, str], ...] = ((30, "month"), (90, "quarter"), (365, "year"))
_GOLDEN = math.pi * (3 - math.sqrt(5))
# a contact's cell in a network's block: a dot and the name beside it (scene units)
CELL_W = 165.0
CELL_H = 20.0
DOT_X = 8.0  # the dot's centre from the cell's left edge; the name follows it
TITLE_CHAR = 7.2  # a block title's width per letter


def bucket(last: dt.datetime | None, today: dt.date) -> str:
    """ "month", "quarter", "year", "old" (longer ago) or "never"."""
    if last is None:
        return "never"
    days = (today - last.date()).days
    for limit, name in BUCKETS:
        if days <= limit:
            return name
    return "old"


@dataclass(frozen=True)
class Filters:
    network_id: int | None = None
    goal_id: int | None = None
    # only contacts met within this many days (None: any time)
    days: int | None = None


@dataclass
class Node:
    id: int
    name: str
    bucket: str
    networks: tuple[int, ...]
    x: float = 0.0
    y: float = 0.0
    home: int = 0  # the network whose hub it is drawn at (0: none)


@dataclass
class Hub:
    id: int  # 0: the contacts in no network
    name: str
    members: int  # in the picture
    total: int = 0  # in the journal
    recent: float = 0.0  # share of members met within a quarter
    x: float = 0.0
    y: float = 0.0
    radius: float = 30.0  # a cluster's bubble
    width: float = 0.0  # a network's block of names (people picture)
    height: float = 0.0


@dataclass(frozen=True)
class Link:
    a: int
    b: int
    kind: str  # a relationship's kind, or "shared" (networks sharing members)
    weight: int = 1


@dataclass
class Picture:
    """What the graph view draws."""

    mode: str  # "people" or "clusters"
    nodes: list[Node] = field(default_factory=list)
    hubs: list[Hub] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # between nodes, or between hubs
    matching: int = 0  # contacts that match the filters
    shown: int = 0  # contacts drawn (people) or represented (clusters)
    centre: int | None = None  # the contact a neighbourhood is drawn around


# --- reading ---------------------------------------------------------------------


# a contact (``c``) who is a member of the network ``?``
_IN_NETWORK = "c.id IN (SELECT contact_id FROM membership WHERE network_id = ?)"
# a contact (``c``) met in a conversation or at an event that served the goal ``?`` (twice)
_MET_FOR_GOAL = (
    "c.id IN (SELECT cc.contact_id FROM conversation_contact cc "
    "JOIN goal_conversation gc ON gc.conversation_id = cc.conversation_id "
    "WHERE gc.goal_id = ? UNION SELECT ea.contact_id FROM event_attendee ea "
    "JOIN goal_event ge ON ge.event_id = ea.event_id WHERE ge.goal_id = ?)"
)


def matching_contacts(filters: Filters, today: dt.date) -> list[int]:
    """Ids of the active contacts that pass the filters."""
    where = ["c.archived = 0"]
    params: list[object] = []
    if filters.network_id is not None:
        where.append(_IN_NETWORK)
        params.append(filters.network_id)
    if filters.goal_id is not None:
        where.append(_MET_FOR_GOAL)
        params += [filters.goal_id, filters.goal_id]
    sql = f"SELECT c.id FROM contact c WHERE {' AND '.join(where)} ORDER BY c.id"
    ids = [int(r[0]) for r in database_proxy.execute_sql(sql, params).fetchall()]
    if filters.days is not None:
        since = dt.datetime.combine(today - dt.timedelta(days=filters.days), dt.time())
        last = interactions.last_contact(_end_of(today), ids)
        ids = [i for i in ids if (at := last.get(i)) is not None and at >= since]
    return ids


def _end_of(today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(23, 59, 59))


def network_names() -> dict[int, str]:
    return {
        int(i): str(n)
        for i, n in database_proxy.execute_sql("SELECT id, name FROM network").fetchall()
    }


# --- the people picture ----------------------------------------------------------


def people_graph(
    ids: list[int],
    today: dt.date,
    centre: int | None = None,
    aspect: float = 1.0,
    networks: set[int] | None = None,
) -> Picture:
    """Contacts as dots around their networks' hubs, with their relationships.

    The hubs drawn are ``networks`` when given (the network filtered by, the
    centre's networks), else every network with at least two of the people —
    a network only one of them belongs to would be a hub for a single dot.
    """
    picture = Picture("people", matching=len(ids), shown=len(ids), centre=centre)
    wanted = set(ids)
    last = interactions.last_contact(_end_of(today), ids)
    names: dict[int, str] = {}
    for cid, prefix, first, last_name, org in database_proxy.execute_sql(
        "SELECT id, prefix, first_name, last_name, organisation FROM contact "
        f"WHERE id IN ({placeholders(ids)})",
        ids,
    ).fetchall():
        names[int(cid)] = display_name(prefix, first, last_name, org)
    member_of: dict[int, list[int]] = defaultdict(list)
    for cid, nid in database_proxy.execute_sql(
        f"SELECT contact_id, network_id FROM membership WHERE contact_id IN "
        f"({placeholders(ids)}) ORDER BY network_id",
        ids,
    ).fetchall():
        member_of[int(cid)].append(int(nid))
    all_names = network_names()
    counts: dict[int, int] = defaultdict(int)
    for nets in member_of.values():
        for nid in nets:
            counts[nid] += 1
    drawn = networks if networks is not None else {n for n, c in counts.items() if c >= 2}
    for cid in list(member_of):
        member_of[cid] = [n for n in member_of[cid] if n in drawn]
    counts = defaultdict(int, {n: c for n, c in counts.items() if n in drawn})
    for cid in ids:
        picture.nodes.append(
            Node(cid, names.get(cid, "?"), bucket(last.get(cid), today), tuple(member_of[cid]))
        )
    hub_ids = sorted(counts, key=lambda n: (-counts[n], all_names.get(n, "").casefold()))
    picture.hubs = [Hub(n, all_names.get(n, ""), counts[n]) for n in hub_ids]
    if any(not node.networks for node in picture.nodes):
        picture.hubs.append(Hub(0, "", sum(1 for node in picture.nodes if not node.networks)))
    from kontaktbuch.journal.relationships import edges

    picture.links = [Link(e.contact_id, e.other_id, e.kind) for e in edges(wanted)]
    lay_out_people(picture, aspect)
    return picture


def lay_out_people(picture: Picture, aspect: float = 1.0) -> None:
    """Each network a block of its people's names; the blocks packed in rows.

    A block is a grid of cells (:data:`CELL_W` × :data:`CELL_H`: a dot and a
    name), about three times as tall as wide, so that no two names overlap. A
    contact in several networks sits in the block of the one with the fewest
    people in the picture (so blocks stay even) and is joined to the others by a
    line; the contacts in no drawn network form a block of their own. The rows
    are as wide as the pane's shape (``aspect``) asks, see :func:`_pack`.
    """
    size = {h.id: h.members for h in picture.hubs}
    groups: dict[int, list[Node]] = defaultdict(list)
    for node in picture.nodes:
        home = min(node.networks, key=lambda n: (size.get(n, 0), n)) if node.networks else 0
        groups[home].append(node)
    at = {h.id: h for h in picture.hubs}
    for each in picture.hubs:  # a network whose people all sit in other blocks: its title
        each.width, each.height = CELL_W + 16, 30.0
    for home, members in groups.items():
        block = at.get(home)
        if block is None:
            continue
        columns = max(1, round(math.sqrt(len(members) / 3)))
        rows = math.ceil(len(members) / columns)
        block.width, block.height = columns * CELL_W + 16, rows * CELL_H + 30
    for each in picture.hubs:  # room for the title (about 7 units a letter, bold)
        each.width = max(each.width, min(40, len(each.name)) * TITLE_CHAR + 16)
    _pack(picture.hubs, aspect)
    for home, members in groups.items():
        block = at.get(home)
        if block is None:
            continue
        columns = max(1, round((block.width - 16) / CELL_W))
        left = block.x - block.width / 2 + 8
        top = block.y - block.height / 2 + 26
        members.sort(key=lambda n: (n.name.casefold(), n.id))
        for j, node in enumerate(members):
            node.home = home
            row, column = divmod(j, columns)
            node.x = left + column * CELL_W + DOT_X
            node.y = top + row * CELL_H + CELL_H / 2
    if picture.centre is not None:
        _centre_on(picture, picture.centre)


# space between two blocks
GAP = 28.0


def _pack(blocks: list[Hub], aspect: float) -> None:
    """Blocks in rows, left to right, as wide as the pane's shape asks (shelf packing):
    the picture fills the pane, so the names are as large as they can be."""
    if not blocks:
        return
    area = sum((b.width + GAP) * (b.height + GAP) for b in blocks)
    widest = max(b.width for b in blocks) + GAP
    row_width = max(widest, math.sqrt(area * max(0.5, min(3.0, aspect))))
    x = y = row_height = 0.0
    placed: list[tuple[Hub, float, float]] = []
    for block in sorted(blocks, key=lambda b: (-b.height, b.name.casefold(), b.id)):
        if x > 0 and x + block.width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        placed.append((block, x, y))
        x += block.width + GAP
        row_height = max(row_height, block.height)
    total_w = max(px + b.width for b, px, _ in placed)
    total_h = max(py + b.height for b, _, py in placed)
    for block, px, py in placed:  # centred on (0, 0)
        block.x = px + block.width / 2 - total_w / 2
        block.y = py + block.height / 2 - total_h / 2


def _centre_on(picture: Picture, contact_id: int) -> None:
    """The neighbourhood's contact in the middle, the people related to them on a
    ring around it; the blocks of their networks move up and down out of its way."""
    node = next((n for n in picture.nodes if n.id == contact_id), None)
    if node is None:
        return
    related = {link.b if link.a == contact_id else link.a for link in picture.links
               if contact_id in (link.a, link.b)}  # fmt: skip
    ring = sorted(
        (n for n in picture.nodes if n.id in related), key=lambda n: (n.name.casefold(), n.id)
    )
    radius = max(60.0, CELL_H * 1.6 * len(ring) / math.pi) if ring else 0.0
    # the room the ring needs, above and below the middle
    half = radius + CELL_H + GAP
    shift: dict[int, float] = {}
    for hub in picture.hubs:
        shift[hub.id] = half if hub.y >= 0 else -half
        hub.y += shift[hub.id]
    moved = {n.id for n in ring} | {contact_id}
    for other in picture.nodes:
        if other.id not in moved:
            other.y += shift.get(other.home, 0.0)
    node.x, node.y = 0.0, 0.0
    for i, other in enumerate(ring):
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        other.x, other.y = 2.2 * radius * math.cos(angle), radius * math.sin(angle)


def neighbourhood(contact_id: int, today: dt.date, limit: int = 60, aspect: float = 1.0) -> Picture:
    """One contact, the people related to them, and the most recently met
    fellow members of their networks (at most ``limit`` in all)."""
    related: list[int] = []
    for a, b in database_proxy.execute_sql(
        "SELECT contact_id, other_id FROM relationship WHERE contact_id = ? OR other_id = ?",
        [contact_id, contact_id],
    ).fetchall():
        other = int(b if a == contact_id else a)
        if other not in related:
            related.append(other)
    fellows = [
        int(r[0])
        for r in database_proxy.execute_sql(
            "SELECT DISTINCT ms.contact_id FROM membership ms JOIN contact c ON c.id = "
            "ms.contact_id WHERE c.archived = 0 AND ms.contact_id <> ? AND ms.network_id IN "
            "(SELECT network_id FROM membership WHERE contact_id = ?)",
            [contact_id, contact_id],
        ).fetchall()
    ]
    if len(fellows) > limit:
        last = interactions.last_contact(_end_of(today), fellows)
        fellows.sort(key=lambda i: (last.get(i) or dt.datetime.min, -i), reverse=True)
    ids = [contact_id, *related[:limit]]
    ids += [i for i in fellows if i not in ids][: max(0, limit + 1 - len(ids))]
    own = {
        int(r[0])
        for r in database_proxy.execute_sql(
            "SELECT network_id FROM membership WHERE contact_id = ?", [contact_id]
        ).fetchall()
    }
    return people_graph(ids, today, centre=contact_id, aspect=aspect, networks=own)


# --- the clusters picture ----------------------------------------------------------


def cluster_graph(ids: list[int], today: dt.date, max_links: int = 60) -> Picture:
    """One bubble per network with members among ``ids``; lines where they share people."""
    picture = Picture("clusters", matching=len(ids), shown=len(ids))
    wanted = set(ids)
    last = interactions.last_contact(_end_of(today))
    quarter = dt.datetime.combine(today - dt.timedelta(days=90), dt.time())
    members: dict[int, list[int]] = defaultdict(list)
    for cid, nid in database_proxy.execute_sql(
        "SELECT contact_id, network_id FROM membership ORDER BY contact_id"
    ).fetchall():
        if cid in wanted:
            members[int(nid)].append(int(cid))
    names = network_names()
    totals = {
        int(n): int(c)
        for n, c in database_proxy.execute_sql(
            "SELECT network_id, COUNT(*) FROM membership GROUP BY network_id"
        ).fetchall()
    }
    in_some = {c for ms in members.values() for c in ms}
    for nid, people in members.items():
        recent = sum(1 for c in people if (at := last.get(c)) is not None and at >= quarter)
        picture.hubs.append(
            Hub(nid, names.get(nid, ""), len(people), totals.get(nid, 0), recent / len(people))
        )
    alone = [c for c in ids if c not in in_some]
    if alone:
        recent = sum(1 for c in alone if (at := last.get(c)) is not None and at >= quarter)
        picture.hubs.append(Hub(0, "", len(alone), len(alone), recent / len(alone)))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    by_contact: dict[int, list[int]] = defaultdict(list)
    for nid, people in members.items():
        for c in people:
            by_contact[c].append(nid)
    for nets in by_contact.values():
        nets.sort()
        for i, a in enumerate(nets):
            for b in nets[i + 1 :]:
                shared[(a, b)] += 1
    strongest = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:max_links]
    picture.links = [Link(a, b, "shared", w) for (a, b), w in strongest]
    lay_out_clusters(picture)
    return picture


def lay_out_clusters(picture: Picture) -> None:
    """Bubbles on a sunflower spiral, biggest in the middle, sized by members."""
    picture.hubs.sort(key=lambda h: (-h.members, h.name.casefold(), h.id))
    biggest = max((h.members for h in picture.hubs), default=1)
    step = 14.0 + 40.0 * 0.5  # spacing of the spiral: room for two mid-sized bubbles
    for k, hub in enumerate(picture.hubs):
        hub.radius = 8.0 + 34.0 * math.sqrt(hub.members / biggest)
        r = step * 2.4 * math.sqrt(k)
        hub.x, hub.y = r * math.cos(k * _GOLDEN), r * math.sin(k * _GOLDEN)


def picture_for(
    filters: Filters, today: dt.date, *, centre: int | None = None, aspect: float = 1.0
) -> Picture:
    """The picture for the view: a neighbourhood, the people, or the clusters;
    ``aspect`` (width / height of the pane) lets the people spread to fill it."""
    if centre is not None:
        return neighbourhood(centre, today, aspect=aspect)
    ids = matching_contacts(filters, today)
    only = {filters.network_id} if filters.network_id is not None else None
    if len(ids) <= PEOPLE_LIMIT:
        return people_graph(ids, today, aspect=aspect, networks=only)
    if filters.network_id is not None:
        # one big network: its most recently met members, as people
        last = interactions.last_contact(_end_of(today), ids)
        ids.sort(key=lambda i: (last.get(i) or dt.datetime.min, -i), reverse=True)
        picture = people_graph(sorted(ids[:MEMBERS_SHOWN]), today, aspect=aspect, networks=only)
        picture.matching = len(ids)
        return picture
    return cluster_graph(ids, today)


def hubs_by_id(picture: Picture) -> dict[int, Hub]:
    return {h.id: h for h in picture.hubs}


def nodes_by_id(picture: Picture) -> dict[int, Node]:
    return {n.id: n for n in picture.nodes}
