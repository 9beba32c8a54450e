"""One row of the contact list, in a module of its own that imports no store.

``journal.contacts`` lists these (``listing.py``); the window also reads them
back from the first view it remembered (``ui/first_view.py``) before the store
is imported at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organisation: str
    position: str
    networks: str
    last_contact: dt.datetime | None
    next_due: dt.date | None
    archived: bool
    key: str  # the sort key, for asking for the next page
