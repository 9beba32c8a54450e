"""The events and networks view."""

from __future__ import annotations

from kontaktbuch.ui.views.simple import SimpleListView


class EventsView(SimpleListView):
    kind = "events"

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No events yet"),
            self.tr(
                "Events and networks: the association evenings, meetups and groups where "
                "you meet people. Add an event to log its conversations together."
            ),
        )
