"""The Contacts view."""

from __future__ import annotations

from kontaktbuch.ui.views.simple import SimpleListView


class ContactsView(SimpleListView):
    kind = "contacts"

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No contacts yet"),
            self.tr(
                "Your contacts appear here: the people you meet at events, in your "
                "networks and online. Log a conversation or import your contacts to "
                "start."
            ),
        )
