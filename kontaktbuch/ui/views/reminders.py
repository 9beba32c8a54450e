"""The reminders view."""

from __future__ import annotations

from kontaktbuch.ui.views.simple import SimpleListView


class RemindersView(SimpleListView):
    kind = "follow_ups"

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("Nothing is due"),
            self.tr(
                "Reminders of follow-ups, contacts gone quiet, birthdays, events and your "
                "next reflection appear here when they are due."
            ),
        )
