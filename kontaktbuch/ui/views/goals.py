"""The Goals view."""

from __future__ import annotations

from kontaktbuch.ui.views.simple import SimpleListView


class GoalsView(SimpleListView):
    kind = "goals"

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No goals yet"),
            self.tr(
                "Goals say what your networking is for: visibility, clients, a new job,"
                " exchange of experience. Give each a time budget and see whether the "
                "time fits."
            ),
        )
