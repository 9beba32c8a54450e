"""Choosing the interface language and loading Qt's translators.

Translations are Qt Linguist ``.ts`` files in ``resources/i18n``. The ``.qm``
files Qt loads are built from them: by the packaging build, or here on first run
into the cache folder (with ``lrelease`` from PySide6), so a source checkout
never needs hand-compiled binaries committed.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from kontaktbuch.paths import private_folder
from kontaktbuch.resources_path import resources_dir

log = logging.getLogger(__name__)


def _skip_feature_scan() -> None:
    """Spare every later import PySide6's scan of its source for ``__feature__``.

    PySide6's import hook reads the source of each module imported after it, to
    see whether it selects a ``__feature__`` (snake_case names, true properties).
    Kontaktbuch selects none, and the scan cost 15-20 ms of every start (some 90
    modules). The hook's test is told that no module uses PySide6's features;
    where the hook looks different (another PySide6), nothing is changed.
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]


_skip_feature_scan()

SUPPORTED = ("de", "en")
# environment variable: stretch every text by this factor (e.g. 1.4) to find cut text
STRETCH_ENV = "KONTAKTBUCH_PSEUDO_STRETCH"
STRETCH_FILLER = "~"
_installed: list[QTranslator] = []


def system_language() -> str:
    """German on a German system, English otherwise."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def choose_language(cli_choice: str | None, setting: str) -> str:
    if cli_choice in SUPPORTED:
        return cli_choice
    if setting in SUPPORTED:
        return setting
    return system_language()


def lrelease_executable() -> str | None:
    """The ``lrelease`` shipped inside PySide6, or one on PATH."""
    import shutil

    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (
        base / "lrelease",
        base / "Qt" / "libexec" / "lrelease",
        base / "lrelease.exe",
    ):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(lang: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``lang``: shipped next to the ``.ts``, or compiled into the cache."""
    ts = resources_dir() / "i18n" / f"kontaktbuch_{lang}.ts"
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    target = cache_dir / "i18n" / shipped.name
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = lrelease_executable()
    if tool is None:
        log.warning("lrelease not found; the interface stays in English")
        return None
    try:
        private_folder(target.parent)
    except OSError:
        # A read-only data folder (its cache inside it): the messages that say
        # so must still be in the user's language; compile into a private
        # temporary folder instead.
        import tempfile

        target = Path(tempfile.mkdtemp(prefix="kontaktbuch-i18n-")) / shipped.name
    import subprocess  # only to compile, not at every start

    tmp = target.with_suffix(".qm.part")
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(tmp)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        tmp.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not compile %s: %s", ts, exc)
        tmp.unlink(missing_ok=True)
        return None
    return target


def stretched(text: str, factor: float) -> str:
    """``text`` padded to ``factor`` times its length with a visible filler.

    Languages differ in length (German runs 30–40 % longer than English); padding
    every text shows where a layout would cut a longer translation.
    """
    if not text.strip() or factor <= 1:
        return text
    extra = max(1, round(len(text) * (factor - 1)))
    # words of filler, so that word-wrapping labels can still break the line
    filler = ((STRETCH_FILLER * 5 + " ") * (extra // 6 + 1))[:extra]
    if filler.endswith(" "):
        filler = filler[:-1] + STRETCH_FILLER
    return text + filler


class StretchTranslator(QTranslator):
    """Pseudo-translation: the real translation (or the source), stretched.

    Installed last, so Qt asks it first; it asks the real translators itself.
    """

    def __init__(self, factor: float, inner: list[QTranslator], parent: QObject | None = None):
        super().__init__(parent)
        self.factor = factor
        self.inner = list(inner)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        for translator in reversed(self.inner):
            found = translator.translate(context, source_text, disambiguation, n)
            if found:
                return stretched(found, self.factor)
        return stretched(source_text, self.factor)


def stretch_factor_from_env() -> float | None:
    value = os.environ.get(STRETCH_ENV, "").strip()
    if not value:
        return None
    try:
        factor = float(value)
    except ValueError:
        log.warning("%s=%r is not a number; ignored", STRETCH_ENV, value)
        return None
    return factor if factor > 1 else None


def remove_translators() -> None:
    """Back to the source language (English); tests call this between tests."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def install_translators(lang: str, cache_dir: Path, stretch: float | None = None) -> None:
    """Load our translation and Qt's own (so standard buttons speak the language too).

    ``stretch`` (or the environment variable ``KONTAKTBUCH_PSEUDO_STRETCH``) pads
    every text by that factor, to look for layouts that cut longer translations.
    """
    app = QCoreApplication.instance()
    remove_translators()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany if lang == "de" else QLocale.Country.AnyCountry,
        )
    )
    qm = compiled_translation(lang, cache_dir)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):
            qt = QTranslator(app)
            if qt.load(f"{name}_{lang}", qt_dir):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
    factor = stretch if stretch is not None else stretch_factor_from_env()
    if factor is not None and factor > 1:
        pseudo = StretchTranslator(factor, _installed, app)
        QCoreApplication.installTranslator(pseudo)
        _installed.append(pseudo)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (the CLI, module-level helpers)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def filled(text: str, *values: str) -> str:
    """``text`` with its placeholders ``%1``, ``%2``, … replaced by ``values`` in turn.

    PySide6 has no ``QString.arg``. A sentence may name ``%2`` before ``%1``, so
    they are filled by number, one after the other, as a chain of
    ``str.replace`` would.
    """
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


# the fourth argument of QT_TRANSLATE_NOOP for a text with plural forms ("%n …(s)")
PLURAL = 1


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark ``text`` for lupdate in ``context``; it is translated when shown.

    Does what PySide6's own does (hand ``text`` back), but says it returns ``str``
    where PySide6's stubs say ``object``, so the tables of marked texts type-check.
    lupdate reads the source and finds the calls by this name, whoever defines it.
    It reads the arguments as those of ``translate``: a fourth one (``PLURAL``)
    marks a text with plural forms, as ``QT_TRANSLATE_N_NOOP`` does in C++ (which
    lupdate's Python parser does not know, checked with PySide6 6.12). The text is
    then translated with its count: ``translate(context, text, None, count)``.
    """
    return text


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
