"""Networks: the groups a contact belongs to, and what each one costs and brings.

Time invested in a network is the duration and travel time of the events it
organised, plus the minutes of conversations outside any event with people who
are its members (each conversation counted once, however many members took
part). The reflection panel and the networks list both read these figures here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kontaktbuch.journal import limits
from kontaktbuch.journal.contacts import display_name
from kontaktbuch.journal.event_time import event_minutes_sql
from kontaktbuch.journal.names import fold
from kontaktbuch.journal.snapshots import Snapshot, capture_ids, delete_row, existing
from kontaktbuch.journal.snapshots import restore as restore_snapshot
from kontaktbuch.journal.vocabulary import NETWORK_KINDS
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_datetime


@dataclass
class NetworkData:
    id: int | None = None
    name: str = ""
    kind: str = "other"
    description: str = ""
    keep_in_touch_days: int | None = None


@dataclass(frozen=True)
class NetworkSummary:
    """A network with its figures, for the networks list."""

    id: int
    name: str
    kind: str
    members: int
    events: int
    minutes: int
    last_activity: dt.datetime | None


@dataclass(frozen=True)
class Member:
    contact_id: int
    name: str
    organisation: str
    role: str
    since: dt.date | None
    archived: bool


class NetworkInvalid(limits.FieldErrors):
    """A network the journal refuses; ``errors`` maps field names to problem codes."""


def validate(data: NetworkData) -> dict[str, str]:
    errors = limits.text_problems(
        data, {"name": limits.NAME_MAX}, {"description": limits.TEXT_MAX}, required="name"
    )
    if data.kind not in NETWORK_KINDS:
        errors["kind"] = "kind_invalid"
    if data.keep_in_touch_days is not None and not (
        0 < data.keep_in_touch_days <= limits.MAX_INTERVAL_DAYS
    ):
        errors["keep_in_touch"] = "interval_invalid"
    return errors


def load_network(network_id: int) -> NetworkData:
    n = existing(m.Network, network_id)
    return NetworkData(n.id, n.name, n.kind, n.description, n.keep_in_touch_days)


def save_network(data: NetworkData) -> int:
    """Create or update a network; raises :class:`NetworkInvalid` and writes nothing."""
    errors = validate(data)
    if errors:
        raise NetworkInvalid(errors)
    values: dict[str, object] = {
        "name": limits.clean_line(data.name),
        "kind": data.kind,
        "description": limits.clean_text(data.description).strip(),
        "keep_in_touch_days": data.keep_in_touch_days,
    }
    with database_proxy.atomic():
        return m.Network.create_or_update(data.id, values)


def intervals() -> dict[int, int]:
    """Each network's default keep-in-touch interval in days (networks without one absent)."""
    query = m.Network.select(m.Network.id, m.Network.keep_in_touch_days).where(
        m.Network.keep_in_touch_days.is_null(False)
    )
    return {n.id: n.keep_in_touch_days for n in query if n.keep_in_touch_days}


def delete_network(network_id: int) -> Snapshot:
    """Delete a network (its memberships go, its events stay without organiser)."""
    return delete_row(
        "network",
        network_id,
        cascades=(("membership", "network_id"),),
        nulls=(("event", "network_id"),),
    )


def restore(snapshot: Snapshot) -> None:
    restore_snapshot(snapshot)


# --- members -----------------------------------------------------------------------


def members(network_id: int) -> list[Member]:
    query = (
        m.Membership.select(m.Membership, m.Contact)
        .join(m.Contact)
        .where(m.Membership.network == network_id)
    )
    result = [
        Member(
            ms.contact_id,
            display_name(
                ms.contact.prefix,
                ms.contact.first_name,
                ms.contact.last_name,
                ms.contact.organisation,
            ),
            ms.contact.organisation,
            ms.role,
            ms.since,
            bool(ms.contact.archived),
        )
        for ms in query
    ]
    return sorted(result, key=lambda r: (fold(r.name), r.contact_id))


def set_member(
    network_id: int, contact_id: int, role: str = "", since: dt.date | None = None
) -> None:
    """Add a contact to a network, or change the role of a member."""
    role = " ".join(role.split())
    with database_proxy.atomic():
        existing = m.Membership.get_or_none(
            (m.Membership.network == network_id) & (m.Membership.contact == contact_id)
        )
        if existing is None:
            m.Membership.create(
                network=network_id, contact=contact_id, role=role, since=since or dt.date.today()
            )
        else:
            m.Membership.update(role=role).where(m.Membership.id == existing.id).execute()


def remove_members(network_id: int, contact_ids: Sequence[int]) -> Snapshot:
    snap = Snapshot()
    with database_proxy.atomic():
        rows = [
            r
            for r in capture_ids("membership", "network_id", [network_id])
            if r["contact_id"] in set(contact_ids)
        ]
        snap.add("membership", rows)
        m.Membership.delete().where(
            (m.Membership.network == network_id) & (m.Membership.contact.in_(list(contact_ids)))
        ).execute()
    return snap


def roles_in_use() -> list[str]:
    """Roles already given, for completion ("Mitglied", "Vorstand", …)."""
    rows = m.Membership.select(m.Membership.role).where(m.Membership.role != "").distinct()
    return sorted({r.role for r in rows}, key=fold)


# --- figures -----------------------------------------------------------------------

_MINUTES_SQL = f"""
SELECT n.id,
       (SELECT COUNT(*) FROM membership ms WHERE ms.network_id = n.id),
       (SELECT COUNT(*) FROM event e WHERE e.network_id = n.id),
       (SELECT COALESCE(SUM({event_minutes_sql("e")}), 0) FROM event e
         WHERE e.network_id = n.id AND e.starts_at <= ?),
       (SELECT COALESCE(SUM(c.minutes), 0) FROM conversation c
         WHERE c.event_id IS NULL AND c.occurred_at <= ? AND c.id IN (
             SELECT cc.conversation_id FROM conversation_contact cc
               JOIN membership ms ON ms.contact_id = cc.contact_id
              WHERE ms.network_id = n.id)),
       (SELECT MAX(e.starts_at) FROM event e WHERE e.network_id = n.id AND e.starts_at <= ?),
       (SELECT MAX(c.occurred_at) FROM conversation c
          JOIN conversation_contact cc ON cc.conversation_id = c.id
          JOIN membership ms ON ms.contact_id = cc.contact_id
         WHERE ms.network_id = n.id AND c.occurred_at <= ?)
  FROM network n {{where}}
"""


def summaries(now: dt.datetime, network_ids: Sequence[int] | None = None) -> list[NetworkSummary]:
    """Every network with members, events, minutes invested and last activity.

    Only what has happened up to ``now`` counts as time invested or activity.
    """
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    where, params = "", []
    if network_ids is not None:
        ids = list(network_ids) or [-1]
        where = f"WHERE n.id IN ({','.join('?' * len(ids))})"
        params = ids
    rows = database_proxy.execute_sql(
        _MINUTES_SQL.format(where=where), [stamp, stamp, stamp, stamp, *params]
    ).fetchall()
    names = {
        n.id: (n.name, n.kind)
        for n in m.Network.select(m.Network.id, m.Network.name, m.Network.kind)
    }
    result = []
    for nid, members_count, events, event_minutes, conv_minutes, last_event, last_conv in rows:
        lasts = [d for d in (as_datetime(last_event), as_datetime(last_conv)) if d is not None]
        name, kind = names[int(nid)]
        result.append(
            NetworkSummary(
                id=int(nid),
                name=name,
                kind=kind,
                members=int(members_count),
                events=int(events),
                minutes=int(event_minutes) + int(conv_minutes),
                last_activity=max(lasts) if lasts else None,
            )
        )
    return sorted(result, key=lambda s: (fold(s.name), s.id))


def summary(network_id: int, now: dt.datetime) -> NetworkSummary | None:
    found = summaries(now, [network_id])
    return found[0] if found else None
