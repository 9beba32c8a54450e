"""What to do first, when the journal has (nearly) nothing to reflect on.

An empty journal's panel would be a wall of empty tables. Instead it says what
to do first – log a conversation, set a goal – with a button for each; the
journal decides which are still missing (``Panel.first_steps``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kontaktbuch.ui.reflection.parts import section_title


class FirstSteps(QFrame):
    """A card with the first steps still missing, and a button for each."""

    log_requested = Signal()
    goal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = section_title(self.tr("Where to start"))
        layout.addWidget(self.title)
        self.text = QLabel()
        self.text.setObjectName("firstStepsText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log a conversation…"))
        self.log_button.setObjectName("firstStepLog")
        self.log_button.clicked.connect(self.log_requested)
        self.goal_button = QPushButton(self.tr("Set a goal…"))
        self.goal_button.setObjectName("firstStepGoal")
        self.goal_button.clicked.connect(self.goal_requested)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.goal_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_steps(self, steps: list[str], empty: bool) -> None:
        """Show the card for the steps still missing, or hide it when none is."""
        self.setVisible(bool(steps))
        self.log_button.setVisible("log" in steps)
        self.goal_button.setVisible("goal" in steps)
        lines = []
        if empty:
            lines.append(
                self.tr(
                    "Nothing is logged yet, so there is nothing to reflect on. The panel "
                    "weighs the time you spend on your network against your goals and "
                    "your enjoyment – it starts with your first conversations."
                )
            )
        elif "log" in steps:
            lines.append(
                self.tr(
                    "Only a few conversations and events are logged so far: the figures "
                    "below say more with every one you add."
                )
            )
        if "log" in steps:
            lines.append(
                self.tr(
                    "1. Log a conversation: who, how long, what came of it, and how much "
                    "you enjoyed it."
                )
            )
        if "goal" in steps:
            lines.append(
                self.tr(
                    "%1. Set a goal with a time budget, so the panel can tell whether "
                    "the time fits."
                ).replace("%1", "2" if "log" in steps else "1")
            )
        self.text.setText("\n\n".join(lines))
