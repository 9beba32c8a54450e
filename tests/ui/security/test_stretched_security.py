"""The encryption dialogs with every text 40 % longer: nothing cut (in both
languages), as tests/ui/test_stretched_dialogs.py checks the other dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.security.dialogs import (
    CurrentPassphraseDialog,
    NewPassphraseDialog,
    UnlockDialog,
)
from tests.ui.cut_text import cut_texts
from tests.ui.test_stretched_strings import settle, stretched  # noqa: F401


@pytest.mark.parametrize(
    "make",
    [
        lambda: UnlockDialog(note="–"),
        lambda: NewPassphraseDialog(),
        lambda: NewPassphraseDialog(change=True),
        lambda: CurrentPassphraseDialog(),
    ],
    ids=["unlock", "encrypt", "change", "decrypt"],
)
def test_encryption_dialogs_keep_stretched_text_whole(
    stretched: str,  # noqa: F811
    make: object,
    qtbot: QtBot,
) -> None:
    dialog: QDialog = make()  # type: ignore[operator]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    if isinstance(dialog, UnlockDialog):
        dialog.show_message(
            dialog.tr("That passphrase does not open the journal. Tries left: %n.", "", 2)
        )
        settle(qtbot)
    problems = cut_texts(dialog, dialog.objectName())
    assert not problems, "\n".join(problems)
