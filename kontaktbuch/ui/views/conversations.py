"""The Conversations view."""

from __future__ import annotations

from kontaktbuch.ui.views.simple import SimpleListView


class ConversationsView(SimpleListView):
    kind = "conversations"

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No conversations yet"),
            self.tr(
                "The conversation log shows what was said with whom, newest first. "
                "After an event, log the evening's conversations in a couple of "
                "minutes."
            ),
        )
