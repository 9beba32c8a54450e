"""The written side of the reflection: the guided questions and the reflections saved before.

The guided tab shows the period's figures beside its questions, and a verdict per
goal beside "Does the time fit what these goals are worth to me?"
(:mod:`.goal_verdicts`). A saved reflection keeps the figures and findings of its
period as they were, so the past tab reads them from the saved record, never
recomputes them."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import reflection as R
from kontaktbuch.journal.vocabulary import VERDICTS
from kontaktbuch.text import formatting as F
from kontaktbuch.text import labels
from kontaktbuch.text import reflection as T
from kontaktbuch.text import verdicts as V
from kontaktbuch.ui.common.figure_table import FigureTableModel, Row
from kontaktbuch.ui.reflection.goal_verdicts import GoalVerdicts
from kontaktbuch.ui.reflection.parts import scrolled, section_title


class GuidedTab(QWidget):
    """Five questions with the figures beside them, a verdict per goal and one overall,
    saved with a snapshot of the figures."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget()
        form = QVBoxLayout(inner)
        self.heading = section_title("")
        form.addWidget(self.heading)
        intro = QLabel(
            self.tr(
                "Take a few minutes. Look at the figures and the findings, then answer "
                "for yourself – there are no wrong answers."
            )
        )
        intro.setWordWrap(True)
        form.addWidget(intro)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("guidedFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setStyleSheet("font-style: italic")
        form.addWidget(self.findings_label)
        self.answers: dict[str, QPlainTextEdit] = {}
        self.question_figures: dict[str, QLabel] = {}
        self.goal_verdicts = GoalVerdicts()
        self.goal_verdicts.changed.connect(self._update_button)
        for key in R.QUESTIONS:
            label = QLabel(T.question(key))
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            figures = QLabel()
            figures.setObjectName(f"figures_{key}")
            figures.setWordWrap(True)
            figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.question_figures[key] = figures
            edit = QPlainTextEdit()
            edit.setObjectName(f"answer_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setAccessibleName(T.question(key))
            label.setBuddy(edit)
            edit.textChanged.connect(self._update_button)
            form.addWidget(label)
            form.addWidget(figures)
            if key == "worth":
                form.addWidget(self.goal_verdicts)
            form.addWidget(edit)
            self.answers[key] = edit
        form.addWidget(QLabel(self.tr("My verdict: in the next period I will network…")))
        verdict_row = QHBoxLayout()
        self.verdicts = QButtonGroup(self)
        self.verdict_buttons: dict[str, QRadioButton] = {}
        for code in VERDICTS:
            button = QRadioButton(labels.label(labels.VERDICTS, code))
            button.setObjectName(f"verdict_{code}")
            self.verdicts.addButton(button)
            self.verdict_buttons[code] = button
            verdict_row.addWidget(button)
            button.toggled.connect(self._update_button)
        verdict_row.addStretch(1)
        form.addLayout(verdict_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save reflection"))
        self.save_button.setObjectName("saveReflectionButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(inner))

    def set_panel(self, data: R.Panel) -> None:
        period = data.current.period
        self.heading.setText(self.tr("Reflection on %1").replace("%1", T.period_name(period)))
        self.findings_label.setText(
            "\n".join("• " + line for _f, line in T.finding_lines(data.findings))
        )
        self.findings_label.setVisible(bool(data.findings))
        for key, label in self.question_figures.items():
            text = T.question_figures(key, data.current)
            label.setText(text)
            label.setVisible(bool(text))
        self.goal_verdicts.set_panel(data)
        self._update_button()

    def verdict(self) -> str:
        return next((code for code, b in self.verdict_buttons.items() if b.isChecked()), "")

    def answer_texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.answers.items()}

    def goal_verdicts_chosen(self) -> list[R.GoalVerdict]:
        return self.goal_verdicts.verdicts()

    def clear(self) -> None:
        for edit in self.answers.values():
            edit.clear()
        self.verdicts.setExclusive(False)
        for button in self.verdict_buttons.values():
            button.setChecked(False)
        self.verdicts.setExclusive(True)
        self.goal_verdicts.clear()
        self._update_button()

    def _update_button(self) -> None:
        filled = any(text.strip() for text in self.answer_texts().values())
        chosen = bool(self.verdict()) or bool(self.goal_verdicts.verdicts())
        self.save_button.setEnabled(filled or chosen)


def _finding_lines(saved: object) -> list[str]:
    """The findings stored in a reflection's snapshot, worded again."""
    lines = []
    for item in saved if isinstance(saved, list) else []:
        if isinstance(item, dict) and "kind" in item:
            finding = R.Finding(
                kind=str(item["kind"]),
                subject=str(item.get("subject", "")),
                values={k: float(v) for k, v in dict(item.get("values", {})).items()},
            )
            lines.append("• " + T.finding_text(finding))
    return lines


class PastTab(QSplitter):
    """Saved reflections; the selected ones side by side with their figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FigureTableModel([self.tr("Reflection")], self)
        self.list = QListView()
        self.list.setObjectName("pastReflections")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(self._show_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Select several to compare them (Ctrl+click)."))
        hint.setWordWrap(True)
        left_layout.addWidget(self.list)
        left_layout.addWidget(hint)
        self.browser = QTextBrowser()
        self.browser.setObjectName("reflectionComparison")
        self.addWidget(left)
        self.addWidget(self.browser)
        self.setStretchFactor(1, 1)
        self.setSizes([220, 700])
        self._saved: list[R.SavedReflection] = []

    def reload(self) -> None:
        self._saved = R.list_reflections()
        self.model.set_rows(
            [
                Row(
                    [
                        f"{T.period_name(s.period)} · {T.verdict_text(s.verdict)}",
                    ],
                    key=s.reflection_id,
                    tooltip=self.tr("Saved on %1").replace("%1", T.date(s.created_at.date())),
                )
                for s in self._saved
            ]
        )
        selection = self.list.selectionModel()
        for row in range(min(2, len(self._saved))):
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        chosen = [self._saved[r] for r in rows if r < len(self._saved)]
        if not chosen:
            self.browser.setHtml(
                "<p>"
                + html.escape(
                    self.tr("No reflection saved yet.")
                    if not self._saved
                    else self.tr("Select a reflection on the left.")
                )
                + "</p>"
            )
            return
        chosen.sort(key=lambda s: (s.period.start, s.created_at))
        self.browser.setHtml(self.comparison_html(chosen))

    def comparison_html(self, chosen: list[R.SavedReflection]) -> str:
        def cell(text: str, header: bool = False) -> str:
            tag = "th" if header else "td"
            body = html.escape(text).replace("\n", "<br>")
            return f"<{tag} valign='top' align='left'>{body}</{tag}>"

        def fig(s: R.SavedReflection, key: str, kind: str) -> str:
            value = s.figures.get(key)
            if value is None:
                return "–"
            if kind == "hours":
                return F.hours(float(value))
            if kind == "enjoyment":
                return T.enjoyment(float(value))
            return str(value)

        rows: list[tuple[str, list[str]]] = [
            (self.tr("Period"), [T.range_text(s.period) for s in chosen]),
            (self.tr("Saved on"), [T.date(s.created_at.date()) for s in chosen]),
            (self.tr("Verdict"), [T.verdict_text(s.verdict) for s in chosen]),
            (self.tr("Total time"), [fig(s, "total_minutes", "hours") for s in chosen]),
            (self.tr("Time serving goals"), [fig(s, "goal_minutes", "hours") for s in chosen]),
            (self.tr("Time without a goal"), [fig(s, "no_goal_minutes", "hours") for s in chosen]),
            (self.tr("Conversations"), [fig(s, "conversations", "n") for s in chosen]),
            (self.tr("Outcomes"), [fig(s, "outcomes", "n") for s in chosen]),
            (self.tr("New contacts"), [fig(s, "new_contacts", "n") for s in chosen]),
            (self.tr("Average enjoyment"), [fig(s, "enjoyment", "enjoyment") for s in chosen]),
        ]
        rows.append(
            (
                self.tr("Time per goal"),
                [
                    "\n".join(
                        f"{g.get('title', '')}: "
                        + F.hours(float(g.get("minutes", 0))).replace(" ", "\u00a0")
                        for g in s.figures.get("goals", [])
                        if g.get("minutes")
                    )
                    or "–"
                    for s in chosen
                ],
            )
        )
        rows.append(
            (
                self.tr("Verdicts per goal"),
                [
                    "\n".join(f"{v.title}: {V.change_text(v)}" for v in s.goal_verdicts) or "–"
                    for s in chosen
                ],
            )
        )
        rows.append(
            (
                self.tr("Findings"),
                ["\n".join(_finding_lines(s.figures.get("findings", []))) or "–" for s in chosen],
            )
        )
        for key in R.QUESTIONS:
            rows.append((T.question(key), [s.answers.get(key, "") or "–" for s in chosen]))
        head = cell("", True) + "".join(cell(T.period_name(s.period), True) for s in chosen)
        body = "".join(
            "<tr>" + cell(label, True) + "".join(cell(v) for v in values) + "</tr>"
            for label, values in rows
        )
        return (
            "<table cellspacing='0' cellpadding='6' border='1' "
            "style='border-collapse:collapse' width='100%'>"
            f"<tr>{head}</tr>{body}</table>"
        )
