"""One thing at a time: bring the journal and the server's copy together.

:class:`Reconciler` holds what a sync run knows (the collections, the settings,
the report) and decides for each thing — arrived from the server, deleted
there, or changed here — what to write where, following the rules in
``docs/sync.md``: one-sided changes win, both-sided changes merge field by field
(conflicts keep both values), and an edit always beats a deletion.

Remote changes are written into the journal at once (in the engine's
transaction); what must go up is only marked here (``dirty``) and sent by
:meth:`Reconciler.push` in the local phase, after its intent is recorded.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from kontaktbuch.exchange.sync import (
    ical_map,
    ical_render,
    local_read,
    local_write,
    state,
    vcard_map,
)
from kontaktbuch.exchange.sync.client import Connection, SyncError, normalise_href
from kontaktbuch.exchange.sync.merge import merge
from kontaktbuch.exchange.sync.records import (
    MAPS,
    REFERENCES,
    SETS,
    SETTINGS_UID,
    Record,
    clean,
)
from kontaktbuch.journal.conversations import find_contacts_by_name
from kontaktbuch.store.models import database_proxy

log = logging.getLogger(__name__)

SETTINGS_LOCAL_ID = 1


@dataclass
class SettingsAccess:
    """The figure settings live in the settings file: how the engine reads and writes them."""

    get: Callable[[], Record]
    set: Callable[[Record], None]
    defaults: Record


@dataclass
class Report:
    """What a run did, for the window, the command line and ``sync status``."""

    up: Counter[str] = field(default_factory=Counter)
    down: Counter[str] = field(default_factory=Counter)
    deleted_here: Counter[str] = field(default_factory=Counter)
    deleted_there: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    proposals: int = 0
    skipped: list[str] = field(default_factory=list)
    first: bool = False
    dry_run: bool = False
    error: str = ""  # the reason code of the error that stopped the run, if any
    error_detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "up": dict(self.up),
            "down": dict(self.down),
            "deleted_here": dict(self.deleted_here),
            "deleted_there": dict(self.deleted_there),
            "conflicts": self.conflicts,
            "proposals": self.proposals,
            "skipped": self.skipped,
            "first": self.first,
            "dry_run": self.dry_run,
            "error": self.error,
        }


def kinds_of(roles: tuple[str, ...]) -> set[str]:
    return {kind for kind, role in state.ROLE_OF_KIND.items() if role in roles}


def file_name(uid: str, extension: str) -> str:
    """A resource name for a UID: plain characters only (a colon confuses some servers)."""
    base = uid.removeprefix("urn:uuid:")
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in base)
    return f"{safe or quote(base, safe='')}{extension}"


class Reconciler:
    def __init__(
        self,
        conn: Connection | None,
        collections: list[state.Collection],
        settings: SettingsAccess,
        report: Report,
    ) -> None:
        self.conn = conn
        self.collections = {c.id: c for c in collections}
        self.by_role = {role: c for c in collections for role in c.roles}
        self.settings = settings
        self.report = report
        self.deleted_at_start = state.deleted_uids()
        self.created_any = False

    # --- local records --------------------------------------------------------------

    def local(self, kind: str, local_id: int | None) -> Record | None:
        if kind == "settings":
            return clean("settings", self.settings.get())
        if local_id is None:
            return None
        return local_read.read_records(kind, [local_id]).get(local_id)

    def _carried(self, kind: str, uid: str | None) -> bool:
        """A reference the journal cannot follow: unknown here, or deleted here."""
        if not uid:
            return False
        if (kind, uid) in self.deleted_at_start or (
            kind == "contact" and (kind, uid.removeprefix("urn:uuid:")) in self.deleted_at_start
        ):
            return True
        return local_write.Resolver().one(kind, uid) is None

    def effective(
        self, kind: str, local: Record, base: Record | None, carried: bool = False
    ) -> Record:
        """The local record plus the references of ``base`` this journal does not hold
        because it could not: to things unknown or deleted here, or — while the row is
        marked ``carried`` — any it has not been able to write yet. The user did not
        remove those, so they must not look removed."""
        if base is None:
            return local
        out = dict(local)

        def waiting(target: str, uid: str) -> bool:
            return carried or self._carried(target, uid)

        for key, target in REFERENCES.get(kind, {}).items():
            before = base.get(key)
            if key == "relations":  # [other contact, kind, label]: the other is the reference
                extra = [r for r in before or [] if r not in out[key] and waiting(target, r[0])]
                if extra:
                    out[key] = sorted([*out[key], *extra])
            elif key in SETS.get(kind, ()):
                extra = [u for u in before or [] if u not in out[key] and waiting(target, u)]
                if extra:
                    out[key] = sorted({*out[key], *extra})
            elif key in MAPS.get(kind, ()):
                members = before if isinstance(before, dict) else {}
                more = {
                    u: v for u, v in members.items() if u not in out[key] and waiting(target, u)
                }
                if more:
                    out[key] = {**out[key], **more}
            elif out.get(key) is None and isinstance(before, str) and waiting(target, before):
                out[key] = before
        return out

    def apply(self, kind: str, local_id: int | None, record: Record) -> tuple[int, bool]:
        """Write ``record`` here; (local id, whether some references had to wait)."""
        if kind == "settings":
            self.settings.set(record)
            return SETTINGS_LOCAL_ID, False
        new_id = local_write.apply(kind, local_id, record, local_write.Resolver())
        if local_id is None:
            self.created_any = True
        back = self.local(kind, new_id)
        return new_id, back != clean(kind, record)

    def _record_conflicts(self, kind: str, uid: str, conflicts: list[Any]) -> None:
        for conflict in conflicts:
            state.add_conflict(
                kind, uid, conflict.field, conflict.local, conflict.remote, conflict.base
            )
            self.report.conflicts += 1

    # --- what came from the server -----------------------------------------------------

    def remote_item(
        self, collection: state.Collection, href: str, etag: str, text: str, parsed: ical_map.Parsed
    ) -> None:
        kind, uid, remote = parsed.kind, parsed.uid, parsed.record
        if kind not in kinds_of(collection.roles):
            return  # not ours to keep (say, an appointment in the task list)
        item = state.item_by_href(collection.id, href) or state.item_by_uid(kind, uid)
        if item is not None and item.kind != kind:
            self.remote_deleted(collection, href)
            item = state.item_by_uid(kind, uid)
        if kind == "conversation":
            remote = self._match_people(uid, remote, parsed.people)
        if item is None:
            if kind == "settings":
                current = self.local(kind, None) or {}
                merged, conflicts = merge(kind, self.settings.defaults, current, remote)
                self._record_conflicts(kind, uid, conflicts)
                self.settings.set(merged)
                item_id = state.new_item(kind, uid, SETTINGS_LOCAL_ID)
                self._settle(item_id, collection, href, etag, text, remote, merged, False)
                return
            local_id, carried = self.apply(kind, None, remote)
            item_id = state.new_item(kind, uid, local_id)
            self._settle(item_id, collection, href, etag, text, remote, remote, carried)
            self.report.down[kind] += 1
            return
        local = None if item.deleted else self.local(kind, item.local_id)
        if local is None:
            if item.base is not None and remote == item.base:
                state.set_location(item.id, collection.id, href)
                state.set_server(item.id, etag, text)  # our DELETE follows with this ETag
                return
            # edited there, deleted here: the edit wins, the thing comes back
            local_id, carried = self.apply(kind, None, remote)
            state.set_local(item.id, kind, local_id)
            self._settle(item.id, collection, href, etag, text, remote, remote, carried)
            self.report.down[kind] += 1
            return
        base = item.base if item.base is not None or kind != "settings" else self.settings.defaults
        mine = self.effective(kind, local, base, item.carried)
        merged, conflicts = merge(kind, base, mine, remote)
        self._record_conflicts(kind, uid, conflicts)
        carried = item.carried
        if merged != local:
            _, carried = self.apply(kind, item.local_id, merged)
            if merged != mine:
                self.report.down[kind] += 1
        self._settle(item.id, collection, href, etag, text, remote, merged, carried)

    def _settle(
        self,
        item_id: int,
        collection: state.Collection,
        href: str,
        etag: str,
        text: str,
        remote: Record,
        merged: Record,
        carried: bool,
    ) -> None:
        """Record the server's version; mark for upload when the merge differs from it."""
        state.set_location(item_id, collection.id, href)
        state.set_server(item_id, etag, text)
        state.agree(item_id, remote, None, carried)
        if merged != remote:
            database_proxy.execute_sql("UPDATE sync_item SET dirty = 1 WHERE id = ?", [item_id])

    def remote_deleted(self, collection: state.Collection, href: str) -> None:
        item = state.item_by_href(collection.id, href)
        if item is None:
            return
        if item.deleted:
            state.forget(item.id)
            return
        local = self.local(item.kind, item.local_id)
        if local is None:
            state.forget(item.id)
            return
        if (
            item.kind != "settings"
            and item.base is not None
            and self.effective(item.kind, local, item.base, item.carried) == item.base
        ):
            local_write.delete(item.kind, int(item.local_id or 0))
            state.forget(item.id)
            self.report.deleted_here[item.kind] += 1
            return
        # changed here, deleted there: the edit wins and goes up again as a new resource
        state.set_location(item.id, None, None)
        state.set_server(item.id, None, None)
        database_proxy.execute_sql("UPDATE sync_item SET dirty = dirty + 1 WHERE id = ?", [item.id])

    def _match_people(self, uid: str, record: Record, people: list[ical_map.Person]) -> Record:
        """Names in a journal entry written elsewhere: one matching contact → linked;
        none or several → proposed for the user's review, never created silently."""
        if not people:
            return record
        decided = state.decided_names(uid)
        contacts = set(record["contacts"])
        for person in people:
            ids: set[int] = set()
            if person.email:
                rows = database_proxy.execute_sql(
                    "SELECT DISTINCT contact_id FROM contact_email WHERE lower(address) = lower(?)",
                    [person.email],
                ).fetchall()
                ids = {int(r[0]) for r in rows}
            if not ids and person.name:
                ids = {c.id for c in find_contacts_by_name(person.name)}
            if len(ids) == 1:
                ref = local_read.uids_of("contact", ids).get(next(iter(ids)))
                if ref:
                    contacts.add(ref)
                    continue
            if f"{person.name}\x00{person.email}" not in decided and state.add_proposal(
                uid, person.name, person.email
            ):
                self.report.proposals += 1
        return clean("conversation", {**record, "contacts": sorted(contacts)})

    def resolve_carried(self) -> None:
        """Things arrived that others were waiting for: write the waiting references."""
        if not self.created_any:
            return
        for item_id in state.carried_ids():
            item = state.item_by_id(item_id)
            if item is None or item.base is None or item.local_id is None:
                continue
            local = self.local(item.kind, item.local_id)
            if local is None:
                continue
            wanted = self.effective(item.kind, local, item.base, carried=True)
            if wanted != local:
                _, carried = self.apply(item.kind, item.local_id, wanted)
                database_proxy.execute_sql(
                    "UPDATE sync_item SET carried = ? WHERE id = ?", [int(carried), item_id]
                )

    # --- what changed here ---------------------------------------------------------------

    def plan_local(self, item: state.Item) -> tuple[str, Record | None]:
        """("delete" | "forget" | "put" | "none", the record to upload) for a changed
        thing; sets ``item.carried`` when the journal lacks references the record keeps."""
        if item.deleted:
            return ("delete" if item.href else "forget"), None
        local = self.local(item.kind, item.local_id)
        if local is None:
            return ("delete" if item.href else "forget"), None
        mine = self.effective(item.kind, local, item.base, item.carried)
        item.carried = mine != local
        if item.carried and self.created_any:  # what it waited for may have arrived
            _, item.carried = self.apply(item.kind, item.local_id, mine)
        if item.base is not None and item.href and mine == item.base:
            return "none", mine
        return "put", mine

    def target(self, kind: str) -> state.Collection | None:
        return self.by_role.get(state.ROLE_OF_KIND[kind])

    def render(self, item: state.Item, record: Record, collection: state.Collection) -> str:
        raw = item.raw if item.collection_id == collection.id else None
        if item.kind in ("contact", "network"):
            version = collection.vcard_version or "3.0"
            return vcard_map.render(item.kind, item.uid, record, version, raw)
        return ical_render.render(item.kind, item.uid, record, raw, self._context(record))

    def _context(self, record: Record) -> ical_render.Context:
        refs: list[str] = []
        for key in ("contacts", "attendees", "contact"):
            value = record.get(key)
            values = value if isinstance(value, list) else [value]
            refs.extend(ref for ref in values if isinstance(ref, str))
        ctx = ical_render.Context()
        resolver = local_write.Resolver()
        for ref in refs:
            local_id = resolver.one("contact", ref)
            if local_id is None:
                continue
            row = database_proxy.execute_sql(
                "SELECT first_name, last_name, organisation, "
                "(SELECT number FROM contact_phone WHERE contact_id = c.id "
                "ORDER BY position LIMIT 1), "
                "(SELECT address FROM contact_email WHERE contact_id = c.id "
                "ORDER BY position LIMIT 1) "
                "FROM contact c WHERE id = ?",
                [local_id],
            ).fetchone()
            if row is None:
                continue
            name = " ".join(p for p in row[:2] if p) or row[2] or ""
            ctx.names[ref] = name
            ctx.details[ref] = "\n".join(p for p in (name, row[2], row[3], row[4]) if p)
        return ctx

    def push(self, item: state.Item, record: Record) -> bool:
        """Send one thing up (its place already recorded); True when the server took it."""
        assert self.conn is not None
        collection = self.collections[int(item.collection_id or 0)]
        try:
            text = self.render(item, record, collection)
        except ValueError as exc:  # text that cannot be written faithfully: left here
            log.warning("cannot write %s %s: %s", item.kind, item.uid, exc)
            self.report.skipped.append(f"{item.kind} {item.uid}: {exc}")
            return False
        content_type = "text/vcard" if collection.kind == "addressbook" else "text/calendar"
        etag = item.etag if item.raw is not None and item.etag else None
        try:
            new_etag = self.conn.put(str(item.href), text, content_type, etag)
        except SyncError as exc:
            if exc.reason == "precondition":
                return False  # changed there meanwhile, or already there: fetched next
            if exc.reason in ("forbidden", "protocol"):
                self.report.skipped.append(f"{item.kind} {item.uid}: {exc.reason} {exc.status}")
                return False
            raise
        with database_proxy.atomic():
            state.set_server(item.id, new_etag, text)
            state.agree(item.id, record, item.dirty, item.carried)
        self.report.up[item.kind] += 1
        return True

    def place(self, item: state.Item) -> state.Collection | None:
        """Record where a thing goes before it is sent (the intent a killed run resumes from)."""
        collection = self.target(item.kind)
        if collection is None:
            return None
        if item.collection_id != collection.id or not item.href:
            moved = item.collection_id != collection.id
            extension = ".vcf" if collection.kind == "addressbook" else ".ics"
            path = collection_path(collection.url) + file_name(item.uid, extension)
            state.set_location(item.id, collection.id, path)
            if moved:
                state.set_server(item.id, None, None)
                item.etag, item.raw = None, None
            item.collection_id, item.href = collection.id, path
        return collection

    def settings_item(self) -> state.Item | None:
        item = state.item_by_uid("settings", SETTINGS_UID)
        if item is None and self.target("settings") is not None:
            item_id = state.new_item("settings", SETTINGS_UID, SETTINGS_LOCAL_ID)
            database_proxy.execute_sql("UPDATE sync_item SET dirty = 1 WHERE id = ?", [item_id])
            item = state.item_by_id(item_id)
        elif item is not None and item.base != self.local("settings", None):
            database_proxy.execute_sql(
                "UPDATE sync_item SET dirty = dirty + 1 WHERE id = ?", [item.id]
            )
        return item


def collection_path(url: str) -> str:
    path = normalise_href(url)
    return path if path.endswith("/") else path + "/"
