"""Conversations: capture, the log, deleting with undo, and what a typed name means.

The package's modules each do one thing:

- :mod:`.capture` — what a form or the command line says about a conversation
  (:class:`ConversationInput`), its checks, and writing it (quick capture,
  editing, ticking off follow-ups), each in one transaction;
- :mod:`.log` — the rows of the conversation log, filtered and paged by key;
- :mod:`.matching` — which contacts a typed name means, and which event a typed
  title means, the rules quick capture and the command line share;
- :mod:`.undo` — deleting a conversation with a snapshot that puts it back;
- the items forms pick from (contacts, events, goals, networks) live in
  :mod:`kontaktbuch.journal.choices` and are re-exported here.

Callers use the package (``from kontaktbuch.journal import conversations as
cv``); the names below are its public interface.
"""

from __future__ import annotations

from kontaktbuch.journal.choices import (
    COMPLETION_LIMIT,
    Choice,
    active_goals,
    complete_contacts,
    contact_choices,
    event_choices,
    goal_choices,
    network_choices,
)
from kontaktbuch.journal.conversations.capture import (
    CaptureResult,
    ConversationInput,
    FollowUpInput,
    NewEvent,
    OutcomeInput,
    ValidationError,
    create_contact,
    create_conversation,
    follow_up_conversation,
    input_from_row,
    mark_follow_up_done,
    save_capture,
    update_conversation,
)
from kontaktbuch.journal.conversations.log import (
    PAGE_SIZE,
    ContactRef,
    ConversationRow,
    Filters,
    FollowUpRow,
    OutcomeRow,
    count,
    get_conversation,
    list_page,
    newer_count,
)
from kontaktbuch.journal.conversations.matching import (
    TypedGoal,
    TypedName,
    capture_event,
    find_contacts_by_name,
    resolve_goal,
    resolve_name,
    same_event,
    similar_contacts,
    typed_names,
)
from kontaktbuch.journal.conversations.undo import (
    ConversationSnapshot,
    delete_conversation,
    restore_conversation,
)
from kontaktbuch.journal.names import fold_name_for_matching, split_name
from kontaktbuch.journal.vocabulary import CHANNELS, ENJOYMENT_RANGE, OUTCOME_KINDS

__all__ = [
    "CHANNELS",
    "COMPLETION_LIMIT",
    "ENJOYMENT_RANGE",
    "OUTCOME_KINDS",
    "PAGE_SIZE",
    "CaptureResult",
    "Choice",
    "ContactRef",
    "ConversationInput",
    "ConversationRow",
    "ConversationSnapshot",
    "Filters",
    "FollowUpInput",
    "FollowUpRow",
    "NewEvent",
    "OutcomeInput",
    "OutcomeRow",
    "TypedGoal",
    "TypedName",
    "ValidationError",
    "active_goals",
    "capture_event",
    "complete_contacts",
    "contact_choices",
    "count",
    "create_contact",
    "create_conversation",
    "delete_conversation",
    "event_choices",
    "find_contacts_by_name",
    "fold_name_for_matching",
    "follow_up_conversation",
    "get_conversation",
    "goal_choices",
    "input_from_row",
    "list_page",
    "mark_follow_up_done",
    "network_choices",
    "newer_count",
    "resolve_goal",
    "resolve_name",
    "restore_conversation",
    "same_event",
    "save_capture",
    "similar_contacts",
    "split_name",
    "typed_names",
    "update_conversation",
]
