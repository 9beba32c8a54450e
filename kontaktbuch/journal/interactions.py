"""When did I last have contact with someone, and when is the next contact due?

Any interaction resets the keep-in-touch clock: a conversation of any channel
with the person, or an event both attended. The interval is the contact's own,
or else the shortest default of the networks the contact belongs to.
Computed in SQL for all contacts at once, so lists and reminders stay fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kontaktbuch.store.models import database_proxy
from kontaktbuch.store.values import as_datetime

_LAST_SQL = """
SELECT contact_id, MAX(at) FROM (
    SELECT cc.contact_id AS contact_id, c.occurred_at AS at
      FROM conversation_contact cc JOIN conversation c ON c.id = cc.conversation_id
     WHERE c.occurred_at <= ?
    UNION ALL
    SELECT ea.contact_id, e.starts_at
      FROM event_attendee ea JOIN event e ON e.id = ea.event_id
     WHERE e.starts_at <= ?
) {where} GROUP BY contact_id
"""

_LAST_CONVERSATION_SQL = """
SELECT cc.contact_id, MAX(c.occurred_at)
  FROM conversation_contact cc JOIN conversation c ON c.id = cc.conversation_id
 WHERE c.occurred_at <= ? {where}
 GROUP BY cc.contact_id
"""

_LAST_EVENT_SQL = """
SELECT ea.contact_id, MAX(e.starts_at)
  FROM event_attendee ea JOIN event e ON e.id = ea.event_id
 WHERE e.starts_at <= ? {where}
 GROUP BY ea.contact_id
"""

_INTERVAL_SQL = """
SELECT c.id, c.keep_in_touch_days,
       (SELECT MIN(n.keep_in_touch_days) FROM membership ms JOIN network n ON n.id = ms.network_id
         WHERE ms.contact_id = c.id AND n.keep_in_touch_days IS NOT NULL),
       c.created_at
  FROM contact c
 WHERE c.archived = 0 {where}
"""


def _id_filter(column: str, ids: Iterable[int] | None) -> tuple[str, list[int]]:
    if ids is None:
        return "", []
    id_list = [int(i) for i in ids]
    if not id_list:
        return f"WHERE {column} IN (NULL)", []
    return f"WHERE {column} IN ({','.join('?' * len(id_list))})", id_list


# Up to this many ids, ``IN (?, …)`` lets SQLite look each contact up by index.
# Beyond it the plan grows much faster than the list (2,000 ids took 11 s on a
# decade of notes, 7,000 — the reminders' keep-in-touch check — minutes), while
# all contacts at once take about 0.15 s; so a long list filters that instead.
MAX_IDS_IN_SQL = 200


def last_contact(
    now: dt.datetime, contact_ids: Iterable[int] | None = None
) -> dict[int, dt.datetime]:
    """Latest interaction (not in the future) per contact; contacts never met are absent."""
    ids = None if contact_ids is None else [int(i) for i in contact_ids]
    if ids is not None and len(ids) > MAX_IDS_IN_SQL:
        wanted = set(ids)
        return {cid: at for cid, at in last_contact(now).items() if cid in wanted}
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    result: dict[int, dt.datetime] = {}
    # Two GROUP BYs merged here, not one over the UNION of both: SQLite sorts the
    # union's 300,000 rows of a decade of notes in one temporary b-tree, which
    # took 200 ms against 125 ms for the two (the reminders check reads all).
    for sql, column in (
        (_LAST_CONVERSATION_SQL, "cc.contact_id"),
        (_LAST_EVENT_SQL, "ea.contact_id"),
    ):
        where, params = _id_filter(column, ids)
        where = where.replace("WHERE", "AND", 1)
        cursor = database_proxy.execute_sql(sql.format(where=where), [stamp, *params])
        for contact_id, at in cursor.fetchall():
            parsed = as_datetime(at)
            if parsed is not None:
                cid = int(contact_id)
                known = result.get(cid)
                if known is None or parsed > known:
                    result[cid] = parsed
    return result


def next_interaction_after(now: dt.datetime) -> dt.datetime | None:
    """The first conversation or event after ``now`` (None: none is planned).

    Until then every :func:`last_contact` answer stays the same (it counts only
    what has happened), which lets the window reuse a list it read earlier.
    """
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    row = database_proxy.execute_sql(
        "SELECT (SELECT MIN(occurred_at) FROM conversation WHERE occurred_at > ?),"
        " (SELECT MIN(starts_at) FROM event WHERE starts_at > ?)",
        [stamp, stamp],
    ).fetchone()
    moments = [parsed for parsed in (as_datetime(value) for value in row) if parsed is not None]
    return min(moments) if moments else None


@dataclass(frozen=True)
class KeepInTouch:
    contact_id: int
    interval_days: int
    last: dt.datetime | None
    due: dt.date

    def overdue_days(self, today: dt.date) -> int:
        return (today - self.due).days


def keep_in_touch(
    now: dt.datetime,
    contact_ids: Iterable[int] | None = None,
    *,
    lasts: dict[int, dt.datetime] | None = None,
) -> dict[int, KeepInTouch]:
    """Next due date for every active contact that has an interval (own or network's).

    A contact never met counts from the day it was added to the journal.
    ``lasts``: :func:`last_contact` of (at least) these contacts, when the caller
    has it already (a list page shows both; asking twice doubled its cost).
    """
    ids = None if contact_ids is None else list(contact_ids)
    where, params = _id_filter("c.id", ids)
    where = where.replace("WHERE", "AND", 1)
    rows = database_proxy.execute_sql(_INTERVAL_SQL.format(where=where), params).fetchall()
    with_interval = {
        int(cid): (own if own is not None else net, as_datetime(created))
        for cid, own, net, created in rows
        if (own if own is not None else net)
    }
    if not with_interval:
        return {}
    if lasts is None:
        lasts = last_contact(now, with_interval.keys())
    result = {}
    for cid, (interval, created) in with_interval.items():
        last = lasts.get(cid)
        start = last or created or now
        result[cid] = KeepInTouch(
            contact_id=cid,
            interval_days=int(interval),
            last=last,
            due=(start + dt.timedelta(days=int(interval))).date(),
        )
    return result


def timing_cte(now: dt.datetime) -> tuple[str, list[object]]:
    """SQL for ``WITH …``: a ``timing(contact_id, last, due)`` table over all contacts.

    The same rules as :func:`last_contact` and :func:`keep_in_touch`, as a table
    that lists can join, sort and filter on in SQL (``due`` is an ISO date text,
    NULL for archived contacts and contacts without an interval).
    """
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    sql = f"""
last_at(contact_id, last) AS ({_LAST_SQL.format(where="")}),
timing(contact_id, last, due) AS (
    SELECT c.id, la.last,
           CASE WHEN c.archived = 0 AND iv.days IS NOT NULL
                THEN date(COALESCE(la.last, c.created_at), '+' || iv.days || ' days') END
      FROM contact c
      LEFT JOIN last_at la ON la.contact_id = c.id
      LEFT JOIN (
          SELECT c2.id AS contact_id,
                 NULLIF(COALESCE(c2.keep_in_touch_days,
                     (SELECT MIN(n.keep_in_touch_days) FROM membership ms
                        JOIN network n ON n.id = ms.network_id
                       WHERE ms.contact_id = c2.id AND n.keep_in_touch_days IS NOT NULL)), 0)
                 AS days
            FROM contact c2
      ) iv ON iv.contact_id = c.id
)"""
    return sql, [stamp, stamp]
