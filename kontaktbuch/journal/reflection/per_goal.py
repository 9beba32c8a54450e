"""Each goal's figures in a period: time against budget, progress against target.

Kept apart from the period's overall figures because a goal is read on its own
too: the goals view shows each goal's history (through
:func:`.compute.goal_figures`), and the findings judge goals one by one. An item
counts fully towards every goal it is linked to, so goal totals may overlap.
Like the rest of the computation, it reads the temporary table that
:mod:`.compute` fills.
"""

from __future__ import annotations

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.figures import GoalFigures
from kontaktbuch.journal.reflection.scope import EVENT_MINUTES, EVENT_RANGE, fetch, mean
from kontaktbuch.store import models as m

_SQL_GOAL_ITEMS = f"""
SELECT goal_id, SUM(minutes), SUM(convs), SUM(evs), SUM(enj), COUNT(enj), SUM(outcomes) FROM (
    SELECT ge.goal_id AS goal_id, {EVENT_MINUTES} AS minutes,
           0 AS convs, 1 AS evs, e.enjoyment AS enj, 0 AS outcomes
      FROM event e CROSS JOIN goal_event ge ON ge.event_id = e.id
     WHERE {EVENT_RANGE}
    UNION ALL
    SELECT gc.goal_id, CASE WHEN r.event_id IS NULL THEN r.minutes ELSE 0 END,
           1, 0, CASE WHEN r.event_id IS NULL THEN r.enjoyment END, r.outcomes
      FROM temp.refl_conv r CROSS JOIN goal_conversation gc ON gc.conversation_id = r.id
     WHERE r.with_goal
) GROUP BY goal_id
"""

_SQL_GOAL_OUTCOMES = """
SELECT gc.goal_id, o.kind, COUNT(*)
  FROM temp.refl_conv r CROSS JOIN goal_conversation gc ON gc.conversation_id = r.id
  CROSS JOIN outcome o ON o.conversation_id = r.id
 WHERE r.with_goal AND r.outcomes > 0
 GROUP BY gc.goal_id, o.kind
"""

# Only for the goals whose target is new contacts, driven from their links.
_SQL_GOAL_NEW_CONTACTS = f"""
SELECT goal_id, COUNT(DISTINCT contact_id) FROM (
    SELECT gc.goal_id AS goal_id, k.id AS contact_id
      FROM goal_conversation gc
      CROSS JOIN temp.refl_conv r ON r.id = gc.conversation_id
      CROSS JOIN conversation_contact cc ON cc.conversation_id = r.id
      CROSS JOIN contact k ON k.id = cc.contact_id
     WHERE gc.goal_id IN ({{ids}}) AND k.created_at >= ? AND k.created_at < ?
    UNION ALL
    SELECT ge.goal_id, k.id
      FROM goal_event ge
      CROSS JOIN event e ON e.id = ge.event_id
      CROSS JOIN event_attendee ea ON ea.event_id = e.id
      CROSS JOIN contact k ON k.id = ea.contact_id
     WHERE ge.goal_id IN ({{ids}}) AND k.created_at >= ? AND k.created_at < ? AND {EVENT_RANGE}
) GROUP BY goal_id
"""


def goal_figures_from_temp(
    period: P.Period, lo: str, hi: str, goal_ids: list[int] | None, details: bool = True
) -> list[GoalFigures]:
    """Per goal, from the filled temporary table: active goals and any goal served.

    Without ``details`` only time, items, outcomes and enjoyment are filled (not the
    outcomes by kind, new contacts and target progress): what a comparison needs.
    """
    query = m.Goal.select().order_by(m.Goal.title, m.Goal.id)
    if goal_ids is not None:
        query = query.where(m.Goal.id.in_(goal_ids))
    goals = list(query)
    if not goals:
        return []
    items = {int(row[0]): row for row in fetch(_SQL_GOAL_ITEMS, [lo, hi])}
    if goal_ids is None:
        goals = [g for g in goals if g.status == "active" or g.id in items]
    result: dict[int, GoalFigures] = {}
    for g in goals:
        # The budget and target in the period are set by .scaling (the days that count).
        gf = GoalFigures(
            goal_id=g.id,
            title=g.title,
            kind=g.kind,
            status=g.status,
            goal_period=g.period,
            target_kind=g.target_kind if g.target_kind and (g.target_value or 0) > 0 else None,
            target_outcome_kind=g.target_outcome_kind,
        )
        row = items.get(g.id)
        if row is not None:
            _gid, minutes, convs, evs, enj, rated, outcomes = row
            gf.minutes = int(minutes or 0)
            gf.conversations = int(convs or 0)
            gf.events = int(evs or 0)
            gf.enjoyment = mean(enj, rated)
            gf.outcomes = int(outcomes or 0)
        result[g.id] = gf
    if not details:
        return [result[g.id] for g in goals]
    for goal_id, kind, count in fetch(_SQL_GOAL_OUTCOMES, []):
        served = result.get(int(goal_id))
        if served is not None:
            served.outcomes_by_kind[kind] = int(count)
            if kind == served.target_outcome_kind:
                served.target_outcomes = int(count)
    wanting = [gid for gid, g in result.items() if g.target_kind == "new_contacts"]
    if wanting:
        ids = ",".join(str(int(i)) for i in wanting)
        sql = _SQL_GOAL_NEW_CONTACTS.format(ids=ids)
        for goal_id, count in fetch(sql, [lo, hi, lo, hi, lo, hi]):
            result[int(goal_id)].new_contacts = int(count)
    for gf in result.values():
        if gf.target_kind == "conversations":
            gf.progress = gf.conversations
        elif gf.target_kind == "new_contacts":
            gf.progress = gf.new_contacts
        elif gf.target_kind == "outcomes":
            gf.progress = gf.target_outcomes if gf.target_outcome_kind else gf.outcomes
    return [result[g.id] for g in goals]
