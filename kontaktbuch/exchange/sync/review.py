"""What sync leaves for the user to decide: conflicts, and names from other devices.

A conflict kept this journal's value and remembered the other one; the user keeps
theirs ("keep mine" just forgets the other value) or takes the other one (written
into the journal like an edit, so the next sync sends it on). A name from a
journal entry written on a phone that matched no contact is created as a contact,
assigned to an existing one, or dismissed — each only when the user says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kontaktbuch.exchange.sync import local_read, local_write, state
from kontaktbuch.exchange.sync.reconcile import SettingsAccess
from kontaktbuch.journal.names import split_name
from kontaktbuch.store.models import database_proxy


@dataclass
class ConflictView:
    id: int
    kind: str
    field: str
    thing: str  # what the conflict is about, e.g. "Anna Schmidt"
    when: dt.datetime | None  # the conversation's or event's time, shown by the window
    mine: str
    theirs: str


@dataclass
class ProposalView:
    id: int
    name: str
    email: str
    conversation: str  # with whom, e.g. "Clara Yıldız, Bernd Müller"
    when: dt.datetime | None
    conversation_id: int | None


def _one(sql: str, params: list[object]) -> Any:
    row = database_proxy.execute_sql(sql, params).fetchone()
    return row


def _local_id(kind: str, uid: str) -> int | None:
    if kind == "settings":
        return None
    return local_write.Resolver().one(kind, uid)


def describe_thing(kind: str, uid: str) -> tuple[str, dt.datetime | None]:
    """A short name for a thing (the UID when it is gone) and, for conversations and
    events, when it was."""
    local_id = _local_id(kind, uid)
    if local_id is None:
        return ("" if kind == "settings" else uid), None
    queries = {
        "contact": "SELECT trim(first_name || ' ' || last_name), organisation FROM contact "
        "WHERE id = ?",
        "network": "SELECT name, NULL FROM network WHERE id = ?",
        "event": "SELECT title, starts_at FROM event WHERE id = ?",
        "conversation": "SELECT '', occurred_at FROM conversation WHERE id = ?",
        "follow_up": "SELECT text, NULL FROM follow_up WHERE id = ?",
        "goal": "SELECT title, NULL FROM goal WHERE id = ?",
        "reflection": "SELECT period_start || ' – ' || period_end, NULL FROM reflection "
        "WHERE id = ?",
    }
    row = _one(queries[kind], [local_id])
    if row is None:
        return uid, None
    title = str(row[0] or "")
    when = None
    if kind in ("event", "conversation") and row[1]:
        when = dt.datetime.fromisoformat(str(row[1])[:19])
    elif kind == "contact" and not title:
        title = str(row[1] or "")
    if kind == "conversation":
        title = contact_names(local_id)
    return title or uid, when


def contact_names(conversation_id: int) -> str:
    rows = database_proxy.execute_sql(
        "SELECT trim(c.first_name || ' ' || c.last_name) FROM conversation_contact cc "
        "JOIN contact c ON c.id = cc.contact_id WHERE cc.conversation_id = ? ORDER BY c.last_name",
        [conversation_id],
    ).fetchall()
    return ", ".join(r[0] for r in rows if r[0])


def _value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, str) and value.startswith("urn:uuid:"):
        return describe_thing("contact", value)[0]
    return str(value)


def conflicts() -> list[ConflictView]:
    out = []
    for c in state.conflicts():
        thing, when = describe_thing(c.kind, c.uid)
        out.append(
            ConflictView(
                c.id, c.kind, c.field, thing, when, _value_text(c.local), _value_text(c.remote)
            )
        )
    return out


def keep_mine(conflict_id: int) -> None:
    with database_proxy.atomic():
        state.drop_conflict(conflict_id)


def take_theirs(conflict_id: int, settings: SettingsAccess) -> str:
    """Write the other side's value into the journal; returns the kind changed."""
    found = next((c for c in state.conflicts() if c.id == conflict_id), None)
    if found is None:
        return ""
    with database_proxy.atomic():
        name, _, key = found.field.partition(":")
        if found.kind == "settings":
            settings.set({**settings.get(), name: found.remote})
        else:
            local_id = _local_id(found.kind, found.uid)
            if local_id is not None:
                record = local_read.read_records(found.kind, [local_id])[local_id]
                if key:
                    record[name] = {**record[name], key: found.remote}
                else:
                    record[name] = found.remote
                local_write.apply(found.kind, local_id, record, local_write.Resolver())
        state.drop_conflict(conflict_id)
    return found.kind


def proposals() -> list[ProposalView]:
    out = []
    for p in state.proposals():
        conversation_id = _local_id("conversation", p.conversation_uid)
        names, when = describe_thing("conversation", p.conversation_uid)
        out.append(ProposalView(p.id, p.name, p.email, names, when, conversation_id))
    return out


def _link(conversation_id: int | None, contact_id: int) -> None:
    if conversation_id is not None:
        database_proxy.execute_sql(
            "INSERT OR IGNORE INTO conversation_contact (conversation_id, contact_id) "
            "VALUES (?, ?)",
            [conversation_id, contact_id],
        )


def create_contact(proposal_id: int) -> int:
    """A new contact from the proposed name (and e-mail), added to its conversation."""
    proposal = next(p for p in proposals() if p.id == proposal_id)
    first, last = split_name(proposal.name or proposal.email.split("@")[0])
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    with database_proxy.atomic():
        cursor = database_proxy.execute_sql(
            "INSERT INTO contact (created_at, updated_at, prefix, first_name, last_name, "
            "organisation, position, first_met, offers, seeks, interests, notes, archived) "
            "VALUES (?, ?, '', ?, ?, '', '', '', '', '', '', '', 0)",
            [now, now, first, last],
        )
        contact_id = int(cursor.lastrowid)
        if proposal.email:
            database_proxy.execute_sql(
                "INSERT INTO contact_email (contact_id, address, label, position) "
                "VALUES (?, ?, '', 0)",
                [contact_id, proposal.email],
            )
        _link(proposal.conversation_id, contact_id)
        state.set_proposal_state(proposal_id, "created")
    return contact_id


def assign_contact(proposal_id: int, contact_id: int) -> None:
    """The proposed name is this existing contact: add them to the conversation."""
    proposal = next(p for p in proposals() if p.id == proposal_id)
    with database_proxy.atomic():
        _link(proposal.conversation_id, contact_id)
        state.set_proposal_state(proposal_id, "assigned")


def dismiss(proposal_id: int) -> None:
    with database_proxy.atomic():
        state.set_proposal_state(proposal_id, "dismissed")
