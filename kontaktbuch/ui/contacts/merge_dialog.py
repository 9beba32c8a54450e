"""Merging two contacts after a preview, and the list of possible duplicates."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import contacts, duplicates, events, merge
from kontaktbuch.journal.contacts import ContactData
from kontaktbuch.text import labels
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP, translate
from kontaktbuch.ui.common import build

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
# why two contacts may be the same person, as the list of possible duplicates says it
# (in German not the import's words: "ähnlicher Name", not "ähnlichen Namen")
_REASONS = {
    "email": QT_TRANSLATE_NOOP("DuplicatesDialog", "same e-mail address"),
    "link": QT_TRANSLATE_NOOP("DuplicatesDialog", "same profile link"),
    "name": QT_TRANSLATE_NOOP("DuplicatesDialog", "similar name"),
}

# runs a merge: (kept id, merged-away id, combined contact); the view makes it undoable
MergeRunner = Callable[[int, int, ContactData], object]


def run_merge_directly(keep: int, other: int, combined: ContactData) -> object:
    return merge.merge_contacts(keep, other, combined)


def _birthday(data: ContactData) -> str:
    if data.birthday_day is None or data.birthday_month is None:
        return ""
    text = f"{data.birthday_day:02}.{data.birthday_month:02}."
    return text + (str(data.birthday_year) if data.birthday_year else "")


class MergeDialog(QDialog):
    """Choose which of two contacts to keep, see the result, then merge."""

    def __init__(
        self,
        first_id: int,
        second_id: int,
        parent: QWidget | None = None,
        runner: MergeRunner = run_merge_directly,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setObjectName("mergeDialog")
        self.first_id, self.second_id = first_id, second_id
        self.merged_id: int | None = None
        first = contacts.load_contact(first_id)
        second = contacts.load_contact(second_id)
        intro = QLabel(
            self.tr(
                "Both become one contact. Conversations, events, networks, tags, e-mails, "
                "phones, links and follow-ups of both are kept. Which one should stay?"
            )
        )
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(self._describe(first))
        self.keep_second = QRadioButton(self._describe(second))
        self.keep_first.setChecked(True)
        self.keep_first.toggled.connect(self._update)
        self.preview_box = QWidget()
        self.preview_form = QFormLayout(self.preview_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_box)
        self.choices_box = QGroupBox(self.tr("Where the two differ, keep:"))
        self.choices_form = QFormLayout(self.choices_box)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        buttons, self.merge_button = build.dialog_buttons(
            self, self.tr("&Merge"), accept=self.do_merge
        )
        self.merge_button.setObjectName("mergeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        heading = QLabel(self.tr("<b>The merged contact:</b>"))
        layout.addWidget(self.choices_box)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves)
        layout.addWidget(buttons)
        self.resize(640, 700)
        self._update()

    def _describe(self, data: ContactData) -> str:
        extra = ", ".join(
            p for p in (data.organisation, *(e.address for e in data.emails[:1])) if p
        )
        return f"{data.display_name} ({extra})" if extra else data.display_name

    def ids(self) -> tuple[int, int]:
        """(kept, merged away)."""
        if self.keep_first.isChecked():
            return self.first_id, self.second_id
        return self.second_id, self.first_id

    def _update(self) -> None:
        keep, other = self.ids()
        self.preview = merge.preview_merge(keep, other)
        self._build_choices()
        self._render()

    def _field_names(self) -> dict[str, str]:
        return {
            "prefix": self.tr("Title:"),
            "first_name": self.tr("First name:"),
            "last_name": self.tr("Last name:"),
            "organisation": self.tr("Organisation:"),
            "position": self.tr("Position:"),
            "birthday": self.tr("Birthday:"),
            "keep_in_touch_days": self.tr("Keep in touch:"),
            "first_met_event_id": self.tr("First met at:"),
        }

    def _value_text(self, field: str, value: object) -> str:
        # What ``merge.combine`` dropped: (day, month, year) for the birthday, an int for
        # the day count and the event id, the field's text otherwise.
        if field == "birthday":
            day, month, year = cast(tuple[int | None, int | None, int | None], value)
            return _birthday(
                ContactData(birthday_day=day, birthday_month=month, birthday_year=year)
            )
        if field == "keep_in_touch_days":
            return self.tr("every %n day(s)", "", cast(int, value))
        if field == "first_met_event_id":
            titles = {eid: title for eid, title, _start in events.event_choices()}
            return titles.get(cast(int, value), "?")
        return str(value)

    def _build_choices(self) -> None:
        """Where both contacts say something different, the user picks."""
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)
        self.choice_boxes: dict[str, QComboBox] = {}
        combined = self.preview.combined
        names = self._field_names()
        for field, theirs in self.preview.dropped.items():
            if field == "birthday":
                mine: object = (
                    combined.birthday_day,
                    combined.birthday_month,
                    combined.birthday_year,
                )
            else:
                mine = getattr(combined, field)
            box = QComboBox()
            box.setObjectName(f"choice_{field}")
            box.addItem(self._value_text(field, mine), mine)
            box.addItem(self._value_text(field, theirs), theirs)
            box.currentIndexChanged.connect(lambda _i, f=field, b=box: self._choose(f, b))
            self.choices_form.addRow(names.get(field, field), box)
            self.choice_boxes[field] = box
        self.choices_box.setVisible(bool(self.preview.dropped))

    def _choose(self, field: str, box: QComboBox) -> None:
        value = box.currentData()
        if field == "birthday":
            c = self.preview.combined
            c.birthday_day, c.birthday_month, c.birthday_year = value
        else:
            setattr(self.preview.combined, field, value)
        self._render()

    def _render(self) -> None:
        c = self.preview.combined
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        rows = [
            (self.tr("Name:"), c.display_name),
            (self.tr("Organisation:"), c.organisation),
            (self.tr("Position:"), c.position),
            (self.tr("E-mail:"), "\n".join(e.address for e in c.emails)),
            (self.tr("Phone:"), "\n".join(p.number for p in c.phones)),
            (
                self.tr("Profiles:"),
                "\n".join(
                    f"{labels.label(labels.LINK_KINDS, li.kind or 'other')}: {li.url}"
                    for li in c.links
                ),
            ),
            (self.tr("Offers:"), c.offers),
            (self.tr("Seeks:"), c.seeks),
            (self.tr("Interests:"), c.interests),
            (self.tr("Tags:"), ", ".join(c.tags)),
            (
                self.tr("Networks:"),
                "\n".join(
                    f"{ms.network_name} ({ms.role})" if ms.role else ms.network_name
                    for ms in c.memberships
                ),
            ),
            (self.tr("Birthday:"), _birthday(c)),
            (self.tr("First met:"), c.first_met),
            (self.tr("Notes:"), c.notes),
        ]
        for caption, value in rows:
            if value:
                label = QLabel(value)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.preview_form.addRow(caption, label)
        moves = self.preview.moves
        self.moves.setText(
            self.tr("Moves over: %1, %2, %3.")
            .replace("%1", self.tr("%n conversation(s)", "", moves["conversations"]))
            .replace("%2", self.tr("%n event(s)", "", moves["events"]))
            .replace("%3", self.tr("%n follow-up(s)", "", moves["follow_ups"]))
        )

    def do_merge(self) -> None:
        keep, other = self.ids()
        self.runner(keep, other, self.preview.combined)
        self.merged_id = keep
        self.accept()


class DuplicatesDialog(QDialog):
    """Pairs of contacts that look like the same person, each one merge away."""

    def __init__(
        self, parent: QWidget | None = None, runner: MergeRunner = run_merge_directly
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setObjectName("duplicatesDialog")
        self.merged_any = False
        self.list = QListWidget()
        self.list.setObjectName("duplicatePairs")
        self.list.itemActivated.connect(lambda _item: self.merge_selected())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.merge_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        pairs = duplicates.possible_duplicates()
        names = contacts.names_of(sorted({i for a, b, _r in pairs for i in (a, b)}))
        for a, b, reason in pairs:
            why = translate("DuplicatesDialog", _REASONS[reason]) if reason in _REASONS else reason
            item = QListWidgetItem(f"{names.get(a, '?')}  ↔  {names.get(b, '?')}   ({why})")
            item.setData(PAIR_ROLE, (a, b))
            self.list.addItem(item)
        self.hint.setText(
            self.tr("%n pair(s) of contacts may be the same person.", "", len(pairs))
            if pairs
            else self.tr("No possible duplicates found.")
        )
        self.merge_button.setEnabled(bool(pairs))
        if pairs:
            self.list.setCurrentRow(0)

    def merge_selected(self) -> None:
        # None when no row is current (the stubs say it never is).
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return
        a, b = item.data(PAIR_ROLE)
        dialog = MergeDialog(a, b, self, self.runner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merged_any = True
            self.reload()
