"""Two-way sync of the journal with the user's own CardDAV/CalDAV server.

The local file stays the truth; the server is a meeting point for the user's
other computers and phone. The pieces, from the bottom up:

- :mod:`.records` — each synced thing (contact, network, event, conversation,
  follow-up, goal, reflection, the figure settings) as a *record*: a flat dict
  of JSON values whose references to other things are UIDs, never local ids.
  :mod:`.local_read` builds records from the journal, :mod:`.local_write`
  writes them back.
- :mod:`.merge` — the three-way, field-by-field merge against the last synced
  record; same field changed on both sides keeps both values as a conflict.
- :mod:`.vcard_map` and :mod:`.ical_map` — records to and from vCard and
  iCalendar text, changing only what changed so that what other programs wrote
  (photos, RELATED, alarms, unknown properties) survives.
- :mod:`.client` — the thin protocol layer over the ``caldav`` library.
- :mod:`.state` — the sync state inside the journal (migration 10).
- :mod:`.engine` — one sync run.

No Qt here: the window and the command line both call :func:`engine.run_sync`.
The design and every mapping are described in ``docs/sync.md``.
"""
