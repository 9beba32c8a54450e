"""What the conversation tests share: a moment and a conversation input."""

from __future__ import annotations

import datetime as dt

from kontaktbuch.journal import conversations as cv

WHEN = dt.datetime(2026, 11, 26, 19, 30)


def conversation_input(**kw: object) -> cv.ConversationInput:
    """A conversation at :data:`WHEN` with the fields given."""
    base = {"occurred_at": WHEN}
    base.update(kw)
    return cv.ConversationInput(**base)  # type: ignore[arg-type]
