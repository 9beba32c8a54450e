"""Screenshots of every view, the welcome page and the settings dialog, in German
and English, on the demo journal.

    python tools/screenshots.py                    # docs/screenshots/<lang>/<name>.png
    python tools/screenshots.py --out /tmp/shots --stretch 1.4   # look for cut text
    xvfb-run -a env QT_QPA_PLATFORM=xcb python tools/screenshots.py   # under Xvfb

Runs on Qt's offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise (fonts
render the same there as under Xvfb). The journal is the demo, generated into a
temporary folder with a fixed "today", so the pictures only change when the app
does. Views come from the registry (``kontaktbuch.ui.views.VIEWS``): a new view
gets its screenshot without touching this script.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from kontaktbuch.ui.common.context import AppContext
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.views import ViewSpec

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the demo's "today" (the same as the tests')
TODAY = dt.date(2026, 11, 26)
SIZE = (1100, 720)
#: what the settings dialog shows as the data folder (not the temporary one)
EXAMPLE_DATA_DIR = "~/.local/share/Kontaktbuch"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="*", default=["de", "en"], choices=["de", "en"])
    parser.add_argument("--stretch", type=float, default=None, help="pseudo-translation factor")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kontaktbuch-shots-") as tmp:
        os.environ["KONTAKTBUCH_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["KONTAKTBUCH_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ.pop("KONTAKTBUCH_PSEUDO_STRETCH", None)
        written = take_all(args.out, args.lang, args.stretch)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def take_all(out: Path, langs: list[str], stretch: float | None) -> list[Path]:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialog

    from kontaktbuch import paths as paths_module
    from kontaktbuch.journal import demo
    from kontaktbuch.settings import Settings
    from kontaktbuch.store.db import open_database
    from kontaktbuch.text.i18n import install_translators
    from kontaktbuch.ui.application import create_application
    from kontaktbuch.ui.common.context import AppContext
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import install_features
    from kontaktbuch.ui.views import VIEWS

    app = create_application([sys.argv[0]])
    app_paths = paths_module.resolve()
    app_paths.ensure_dirs()
    db = open_database(app_paths.database, backups_dir=None)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    def context(lang: str) -> AppContext:
        install_translators(lang, app_paths.cache_dir, stretch=stretch)
        (out / lang).mkdir(parents=True, exist_ok=True)
        return AppContext(
            # shown as a user sees it: the data folder not forced by the environment
            paths=dataclasses.replace(app_paths, overridden=False),
            settings=Settings(language=lang, data_dir=EXAMPLE_DATA_DIR),
            db=db,
            lang=lang,
            clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)),
        )

    # the first start, as a new user sees it: on the still empty journal
    for lang in langs:
        ctx = context(lang)
        welcome = MainWindow(ctx, first_start=True)
        install_features(welcome, ctx)
        welcome.resize(*SIZE)
        welcome.show()
        written.append(save(welcome, out / lang / "welcome.png", settle))
        # the reflection of an empty journal: what to do first, not empty tables
        welcome.show_view("reflection")
        written.append(save(welcome, out / lang / "reflection-empty.png", settle))
        welcome.close()
        welcome.deleteLater()
        settle()

    demo.create_demo(today=TODAY)
    for lang in langs:
        ctx = context(lang)
        written += shoot_language(
            ctx, out / lang, MainWindow, install_features, VIEWS, QDialog, settle
        )
    save_october_verdicts()
    for lang in langs:
        ctx = context(lang)
        written += shoot_verdicts(ctx, out / lang, MainWindow, install_features, settle)
    QLocale.setDefault(QLocale.c())
    db.close()
    del app
    return written


def save(widget: QWidget, target: Path, settle: Callable[[], None]) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    settle()
    image = widget.grab().toImage()
    # 256 colours are plenty for a window and keep the repository small (~50 KB each)
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    # PySide6 6.11 takes the format as str and refuses bytes; its stubs say bytes.
    small.save(str(target), "PNG", 0)  # type: ignore[call-overload]
    return target


def shoot_language(
    ctx: AppContext,
    folder: Path,
    main_window: type[MainWindow],
    install_features: Callable[[MainWindow, AppContext], None],
    views: Sequence[ViewSpec],
    dialog_class: type[QDialog],
    settle: Callable[[], None],
) -> list[Path]:
    """Every view and the settings dialog in one language."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    written: list[Path] = []
    window = main_window(ctx)
    install_features(window, ctx)
    window.resize(*SIZE)
    window.show()
    settle()
    for spec in views:
        view = window.show_view(spec.key)
        view.focus_primary()
        written.append(save(window, folder / f"{spec.key}.png", settle))

    written.append(shoot_capture(window, ctx, folder, settle))

    # the settings dialog, opened the way the user opens it (with every feature's pages)
    original_exec = dialog_class.exec

    def capture(dialog: QDialog) -> int:
        dialog.show()
        written.append(save(dialog, folder / "settings.png", settle))
        tabs = dialog.findChild(QTabWidget)
        page = dialog.findChild(QWidget, "reflectionSettingsPage")
        if tabs is not None and page is not None:  # the thresholds, each said as its rule
            tabs.setCurrentWidget(page)
            written.append(save(dialog, folder / "settings-reflection.png", settle))
        dialog.reject()
        return 0

    # exec() is replaced for a moment, to photograph the dialog instead of waiting on it.
    dialog_class.exec = capture  # type: ignore[method-assign]
    try:
        window.open_settings()
    finally:
        dialog_class.exec = original_exec  # type: ignore[method-assign]
    window.close()
    window.deleteLater()

    settle()
    return written


def shoot_capture(
    window: MainWindow, ctx: AppContext, folder: Path, settle: Callable[[], None]
) -> Path:
    """Quick capture, the product's main job, half-way through an evening's entry."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QListWidgetItem

    from kontaktbuch.ui.capture import open_capture

    dialog = open_capture(window, ctx)
    dialog.resize(900, 680)

    # as if typed (the event's details open up as its title is typed); QTest cannot
    # type umlauts, so the text is set and the edit announced as a keystroke would
    def type_into(edit: QLineEdit, text: str) -> None:
        edit.setText(text)
        edit.textEdited.emit(text)

    type_into(dialog.event_edit, "Stammtisch Gründerinnen")
    type_into(dialog.event_fields.network_edit, "Gründerstammtisch Schwabing")
    form = dialog.form
    type_into(form.contacts_edit, "Hannah Köhler")
    form.notes_edit.setPlainText(
        "Sucht eine Steuerberaterin für ihre GmbH; erzählt von ihrem Förderantrag."
    )
    form.minutes.setValue(25)
    form.enjoyment.setValue(4)
    for row in range(form.goals.count()):
        item: QListWidgetItem | None = form.goals.item(row)
        if item is not None and row == 0:
            item.setCheckState(Qt.CheckState.Checked)
    path = save(dialog, folder / "capture.png", settle)
    dialog.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]  # no question here
    dialog.reject()
    settle()
    return path


def save_october_verdicts() -> None:
    """October's reflection decided to halve one goal's budget: November shows it."""
    from kontaktbuch.journal import periods as P
    from kontaktbuch.journal import reflection as R
    from kontaktbuch.store import models as m

    october = P.parse("2026-10")
    goal = m.Goal.get(m.Goal.title == "Ehrenamt bei der Tafel")
    R.save_reflection(
        october,
        {"worth": "Die Tafel ist mir wichtig, aber sechs Stunden sind zu viel."},
        "less",
        R.compute_figures(october),
        now=dt.datetime(2026, 11, 2, 9, 0),
        goal_verdicts=[
            R.GoalVerdict(goal.id, goal.title, "budget", budget_after=(goal.budget_hours or 0) / 2)
        ],
    )


def shoot_verdicts(
    ctx: AppContext,
    folder: Path,
    main_window: type[MainWindow],
    install_features: Callable[[MainWindow, AppContext], None],
    settle: Callable[[], None],
) -> list[Path]:
    """The guided reflection at its verdicts per goal ("Is it worth it to you?")."""
    from PySide6.QtWidgets import QLabel, QScrollArea

    from kontaktbuch.ui.reflection.view import ReflectionView

    window = main_window(ctx)
    install_features(window, ctx)
    window.resize(*SIZE)
    window.show()
    view = window.show_view("reflection")
    assert isinstance(view, ReflectionView)
    view.tabs.setCurrentWidget(view.guided)
    settle()
    rows = view.guided.goal_verdicts.rows
    rows[1].buttons["keep"].setChecked(True)  # one answer given, the others still open
    area = view.guided.findChildren(QScrollArea)[0]
    heading = view.guided.findChild(QLabel, "figures_worth")
    inner = area.widget()
    if heading is not None and inner is not None:  # scrolled to the goals' question
        top = heading.mapTo(inner, heading.rect().topLeft()).y()
        area.verticalScrollBar().setValue(max(0, top - 40))
    written = [save(window, folder / "reflection-verdicts.png", settle)]
    window.close()
    window.deleteLater()
    settle()
    return written


if __name__ == "__main__":
    sys.exit(main())
