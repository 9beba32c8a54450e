"""Words for sync: errors, what went up and came down, conflicts — window and CLI alike.

:mod:`kontaktbuch.exchange.sync` reports reason codes and counts per kind; here
they become sentences in the user's language. Offline is normal, not an error,
so its sentence says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from kontaktbuch.text.i18n import translate


def describe_error(reason: str, detail: str = "") -> str:
    """One sentence for a sync that could not run (the journal is untouched)."""
    sentences = {
        "auth": translate(
            "sync",
            "The server did not accept the user name or password. Check them in the settings.",
        ),
        "forbidden": translate(
            "sync", "The server refused access to the address book or calendar."
        ),
        "not_found": translate(
            "sync", "The address book or calendar is no longer on the server. Set up sync again."
        ),
        "precondition": translate(
            "sync", "Something changed on the server during the sync. It will be tried again."
        ),
        "storage_full": translate("sync", "The server is full. Free some space there."),
        "server": translate(
            "sync", "The server has a problem right now. Sync will try again later."
        ),
        "timeout": translate(
            "sync", "The server did not answer in time. Sync will try again later."
        ),
        "offline": translate(
            "sync", "Offline: the server cannot be reached. Sync will try again later."
        ),
        "tls": translate(
            "sync",
            "The server's certificate could not be verified. If it uses its own certificate "
            "authority, give its CA file in the settings.",
        ),
        "garbage": translate(
            "sync", "The server sent an answer that cannot be read. Sync will try again later."
        ),
        "protocol": translate("sync", "The server did not understand a request."),
        "bad_url": translate(
            "sync", "This is not a server address (it starts with https:// or http://)."
        ),
        "no_dav": translate(
            "sync", "No address book or calendar service was found at this address."
        ),
        "no_account": translate("sync", "Sync is not set up. Use “sync setup” or the settings."),
        "no_password": translate(
            "sync",
            "No password: give it with --password-stdin or KONTAKTBUCH_SYNC_PASSWORD, "
            "or store it in the settings.",
        ),
        "missing": translate(
            "sync",
            "The server has no Kontaktbuch address book and calendars yet. "
            "Create them (--create, or the settings).",
        ),
        "cancelled": translate("sync", "Sync was stopped. It goes on from here next time."),
    }
    sentence = sentences.get(reason, translate("sync", "Sync failed."))
    return sentence


# kinds as the summary names them, singular and plural through %n
def kind_count(kind: str, count: int) -> str:
    texts = {
        "contact": translate("sync", "%n contact(s)", None, count),
        "network": translate("sync", "%n network(s)", None, count),
        "event": translate("sync", "%n event(s)", None, count),
        "conversation": translate("sync", "%n conversation(s)", None, count),
        "follow_up": translate("sync", "%n follow-up(s)", None, count),
        "goal": translate("sync", "%n goal(s)", None, count),
        "reflection": translate("sync", "%n reflection(s)", None, count),
        "settings": translate("sync", "the figure settings"),
    }
    return texts.get(kind, translate("sync", "%n item(s)", None, count))


def counts_text(counts: Mapping[str, int]) -> str:
    parts = [kind_count(kind, n) for kind, n in sorted(counts.items()) if n]
    return ", ".join(parts) if parts else translate("sync", "nothing")


def field_label(kind: str, field: str) -> str:
    """The name of a field in a conflict, as the editors call it."""
    name = field.split(":", 1)[0]
    labels = {
        "prefix": translate("sync", "Title"),
        "first_name": translate("sync", "First name"),
        "last_name": translate("sync", "Last name"),
        "organisation": translate("sync", "Organisation"),
        "position": translate("sync", "Position"),
        "first_met": translate("sync", "First met"),
        "first_met_event": translate("sync", "First met at"),
        "offers": translate("sync", "Offers"),
        "seeks": translate("sync", "Seeks"),
        "interests": translate("sync", "Interests"),
        "notes": translate("sync", "Notes"),
        "birthday": translate("sync", "Birthday"),
        "keep_in_touch_days": translate("sync", "Keep in touch"),
        "archived": translate("sync", "Archived"),
        "name": translate("sync", "Name"),
        "kind": translate("sync", "Kind"),
        "description": translate("sync", "Description"),
        "members": translate("sync", "Member"),
        "title": translate("sync", "Title"),
        "starts_at": translate("sync", "Start"),
        "duration_minutes": translate("sync", "Duration"),
        "travel_minutes": translate("sync", "Travel time"),
        "place": translate("sync", "Place"),
        "network": translate("sync", "Network"),
        "enjoyment": translate("sync", "Enjoyment"),
        "occurred_at": translate("sync", "When"),
        "event": translate("sync", "Event"),
        "channel": translate("sync", "Channel"),
        "minutes": translate("sync", "Time spent"),
        "text": translate("sync", "Follow-up"),
        "due_date": translate("sync", "Due"),
        "done_at": translate("sync", "Done"),
        "snoozed_until": translate("sync", "Snoozed until"),
        "contact": translate("sync", "Contact"),
        "conversation": translate("sync", "Conversation"),
        "why": translate("sync", "Why"),
        "period": translate("sync", "Period"),
        "budget_hours": translate("sync", "Time budget"),
        "target_kind": translate("sync", "Target"),
        "target_value": translate("sync", "Target"),
        "target_outcome_kind": translate("sync", "Target"),
        "status": translate("sync", "Status"),
        "verdict": translate("sync", "Verdict"),
        "answers": translate("sync", "Answers"),
    }
    return labels.get(name, name)


def collection_names() -> dict[str, str]:
    """Display names of the collections sync creates, in the user's language."""
    return {
        "contacts": translate("sync", "Kontaktbuch"),
        "events": translate("sync", "Kontaktbuch – events"),
        "tasks": translate("sync", "Kontaktbuch – follow-ups"),
        "journal": translate("sync", "Kontaktbuch – conversations"),
        "internal": translate("sync", "Kontaktbuch – internal (do not subscribe)"),
    }
