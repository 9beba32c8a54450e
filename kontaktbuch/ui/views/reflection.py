"""The reflection view."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kontaktbuch.ui.context import AppContext
from kontaktbuch.ui.views.base import EmptyState, View


class ReflectionView(View):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Reflection"),
                self.tr(
                    "Is the time you invest justified by your own goals – and do you enjoy it? "
                    "Log conversations and set goals; this panel then puts time, outcomes and "
                    "enjoyment side by side."
                ),
            )
        )
