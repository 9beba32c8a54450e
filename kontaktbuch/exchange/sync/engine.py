"""One sync run: what changed there comes down, what changed here goes up.

1. Every thing made here since the last run gets its stable UID (recorded, so a
   killed run resumes with the same UIDs and the server never gets a copy twice).
2. Each collection says what changed since our sync token (RFC 6578), or — when
   the server has no tokens or forgot ours — lists every ETag to compare.
3. What changed there is fetched in batches and merged into the journal, one
   transaction per batch; the collection's new token is kept with its last batch.
   A network error here stops the run: what was written is whole and consistent,
   the rest comes next time.
4. What changed here goes up: first its place on the server is recorded (the
   intent), then it is sent with ``If-None-Match: *`` (new) or ``If-Match`` (an
   update of exactly the version we know). A server that changed it meanwhile
   answers 412; the thing is fetched and merged in the next run.

An unchanged run asks each collection one question and reads a few indexed rows;
it never reads the whole journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from kontaktbuch.exchange.sync import ical_map, state, vcard_map
from kontaktbuch.exchange.sync.client import Changes, Connection, SyncError, TokenInvalid
from kontaktbuch.exchange.sync.reconcile import Reconciler, Report, SettingsAccess
from kontaktbuch.exchange.sync.records import SETTINGS_FIELDS, Record
from kontaktbuch.settings import Settings
from kontaktbuch.store.models import database_proxy

log = logging.getLogger(__name__)

# ``progress(phase, done, total)`` with phase "down" or "up"; False cancels
SyncProgress = Callable[[str, int, int], "bool | None"]
BATCH = 100
# the order collections are read in: what others refer to first
_ROLE_ORDER = ("internal", "contacts", "events", "journal", "tasks")


class Cancelled(Exception):
    """The user stopped the run; what was done is kept."""


@dataclass
class _Plan:
    collection: state.Collection
    changes: Changes
    fetch: list[str]
    deleted: list[str]
    full_listing: bool
    ctag: str | None = None


def _order(collection: state.Collection) -> int:
    return min((_ROLE_ORDER.index(r) for r in collection.roles if r in _ROLE_ORDER), default=9)


def _parse(collection: state.Collection, text: str) -> ical_map.Parsed:
    if collection.kind == "addressbook":
        kind, uid, record = vcard_map.parse(text)
        return ical_map.Parsed(kind, uid, record)
    return ical_map.parse(text)


def _changes(conn: Connection, collection: state.Collection) -> tuple[Changes, bool]:
    """(changes, whether they list everything) of one collection."""
    if collection.use_sync_token:
        try:
            changes = conn.sync_collection(collection.url, collection.sync_token)
            return changes, collection.sync_token is None
        except TokenInvalid:
            log.info("sync token of %s no longer valid: listing everything", collection.url)
            try:
                return conn.sync_collection(collection.url, None), True
            except SyncError as exc:
                if exc.reason not in ("forbidden", "protocol", "token", "garbage"):
                    raise
        except SyncError as exc:
            if exc.reason not in ("forbidden", "protocol", "garbage") or collection.sync_token:
                raise
        collection.use_sync_token = False  # no tokens here: compare ETags from now on
    return Changes(None, conn.etags(collection.url)), True


def _plan(conn: Connection, collection: state.Collection) -> _Plan:
    token_now, ctag = conn.collection_tag(collection.url)
    if collection.use_sync_token and collection.sync_token and token_now == collection.sync_token:
        return _Plan(collection, Changes(collection.sync_token), [], [], False, ctag)
    if not collection.use_sync_token and collection.ctag and ctag == collection.ctag:
        return _Plan(collection, Changes(None), [], [], False, ctag)  # unchanged: no listing
    changes, full = _changes(conn, collection)
    if full:
        known = state.hrefs(collection.id)
        fetch = [href for href, etag in changes.changed.items() if known.get(href) != etag]
        deleted = [href for href in known if href not in changes.changed]
    else:
        known = state.etags_of(collection.id, [*changes.changed, *changes.deleted])
        fetch = [href for href, etag in changes.changed.items() if known.get(href) != etag]
        deleted = [href for href in changes.deleted if href in known]
    return _Plan(collection, changes, fetch, deleted, full, ctag)


def run_sync(
    conn: Connection,
    settings: SettingsAccess,
    *,
    dry_run: bool = False,
    progress: SyncProgress | None = None,
) -> Report:
    """Sync the open journal with the account's server; the report says what happened.

    A :class:`SyncError` (offline, wrong password, server trouble …) is raised
    when nothing could be done; once things have moved it is recorded in the
    report instead (``report.error``) with everything done so far kept.
    """
    account = state.account()
    if account is None:
        raise SyncError("no_account")
    report = Report(first=account.last_sync_at is None, dry_run=dry_run)
    collections = sorted(state.all_collections(), key=_order)
    if not dry_run:
        with database_proxy.atomic():
            state.register_new()
    plans = [_plan(conn, c) for c in collections]
    if dry_run:
        return _dry_run(plans, settings, report)
    reconciler = Reconciler(conn, collections, settings, report)
    try:
        _download(conn, plans, reconciler, progress)
        _upload(reconciler, progress)
    except SyncError as exc:
        if not (report.up or report.down or report.deleted_here or report.deleted_there):
            raise
        report.error, report.error_detail = exc.reason, exc.detail
    except Cancelled:
        report.error = "cancelled"
    with database_proxy.atomic():
        state.record_result(report.as_dict())
    return report


def _dry_run(plans: list[_Plan], settings: SettingsAccess, report: Report) -> Report:
    for plan in plans:
        role = ",".join(plan.collection.roles)
        if plan.fetch:
            report.down[role] += len(plan.fetch)
        if plan.deleted:
            report.deleted_here[role] += len(plan.deleted)
    waiting = state.unregistered_count() + len(state.pending_ids())
    if waiting:
        report.up["*"] = waiting
    return report


def _tick(progress: SyncProgress | None, phase: str, done: int, total: int) -> None:
    if progress is not None and progress(phase, done, total) is False:
        raise Cancelled


def _download(
    conn: Connection, plans: list[_Plan], rec: Reconciler, progress: SyncProgress | None
) -> None:
    total = sum(len(p.fetch) + len(p.deleted) for p in plans)
    done = 0
    _tick(progress, "down", 0, total)
    for plan in plans:
        collection = plan.collection
        for start in range(0, len(plan.fetch), BATCH):
            batch = plan.fetch[start : start + BATCH]
            fetched = list(conn.multiget(collection.url, collection.kind, batch))
            with database_proxy.atomic():
                for href, etag, text in fetched:
                    try:
                        parsed = _parse(collection, text)
                    except ValueError as exc:
                        rec.report.skipped.append(f"{href}: {exc}")
                        continue
                    rec.remote_item(
                        collection, href, etag or plan.changes.changed.get(href, ""), text, parsed
                    )
            done += len(batch)
            _tick(progress, "down", done, total)
        with database_proxy.atomic():
            for href in plan.deleted:
                rec.remote_deleted(collection, href)
            state.set_token(collection.id, plan.changes.token, collection.use_sync_token, plan.ctag)
        done += len(plan.deleted)
        _tick(progress, "down", done, total)
    with database_proxy.atomic():
        rec.resolve_carried()


def _upload(rec: Reconciler, progress: SyncProgress | None) -> None:
    with database_proxy.atomic():
        state.register_new()
        rec.settings_item()
        pending = state.pending_ids()
    total = len(pending)
    done = 0
    _tick(progress, "up", 0, total)
    for start in range(0, len(pending), BATCH):
        jobs: list[tuple[state.Item, Record | None]] = []
        with database_proxy.atomic():  # the intent: where each thing goes, before it goes
            for item_id in pending[start : start + BATCH]:
                item = state.item_by_id(item_id)
                if item is None:
                    continue
                action, record = rec.plan_local(item)
                if action == "forget":
                    state.forget(item.id)
                elif action == "none":
                    state.agree(item.id, record or {}, item.dirty, item.carried)
                elif action == "delete":
                    jobs.append((item, None))
                elif rec.place(item) is not None:
                    jobs.append((item, record))
        for item, record in jobs:
            if record is None:
                _delete(rec, item)
            else:
                rec.push(item, record)
            done += 1
            _tick(progress, "up", done, total)
        done = min(start + BATCH, total)
        _tick(progress, "up", done, total)


def _delete(rec: Reconciler, item: state.Item) -> None:
    assert rec.conn is not None
    try:
        rec.conn.delete(str(item.href), item.etag)
    except SyncError as exc:
        if exc.reason == "precondition":
            return  # edited there meanwhile: it comes back with the next run (edit beats delete)
        raise
    with database_proxy.atomic():
        state.forget(item.id)
    rec.report.deleted_there[item.kind] += 1


def settings_access(settings: Settings, save: Callable[[], None]) -> SettingsAccess:
    """The figure settings of ``settings`` for the engine; ``save`` writes the file."""
    defaults = Settings()

    def read() -> dict[str, object]:
        return {key: getattr(settings, key) for key in SETTINGS_FIELDS}

    def write(record: dict[str, object]) -> None:
        changed = False
        for key in SETTINGS_FIELDS:
            if key in record and getattr(settings, key) != record[key]:
                setattr(settings, key, record[key])
                changed = True
        if changed:
            save()

    return SettingsAccess(read, write, {key: getattr(defaults, key) for key in SETTINGS_FIELDS})
