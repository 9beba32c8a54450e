"""Which goals an event serves because its conversations serve them.

A conversation at an event adds no time of its own: the event's time counts
(``docs/reflection.md``). So a goal ticked on such a conversation would get
none of the evening's time unless the event served the goal too. The rule,
applied wherever a conversation's goals or its event are written (quick
capture, ``kontaktbuch log``, editing a conversation, linking one to a goal in
the goals view): **an event serves every goal that one of its conversations
serves**. The link is written, not derived when counting, so every figure —
the reflection, a goal's history, the command line's ``stats`` — sees it.

Links are only ever added here. Unticking a goal on one conversation leaves
the event's link alone: the user may have linked the event itself, and the
event form is where an event's goals are changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from kontaktbuch.store.models import database_proxy


def serve_event_goals(conversation_ids: Iterable[int]) -> int:
    """Link the events of these conversations to the goals the conversations serve.

    Call after the conversations and their goal links are written (inside the
    caller's transaction). Returns how many links were added.
    """
    wanted = json.dumps(sorted({int(i) for i in conversation_ids}))
    if wanted == "[]":
        return 0
    cursor = database_proxy.execute_sql(
        "INSERT OR IGNORE INTO goal_event (goal_id, event_id) "
        "SELECT DISTINCT gc.goal_id, c.event_id FROM goal_conversation gc "
        "JOIN conversation c ON c.id = gc.conversation_id "
        "WHERE c.event_id IS NOT NULL AND gc.conversation_id IN (SELECT value FROM json_each(?))",
        (wanted,),
    )
    return int(cursor.rowcount or 0)
