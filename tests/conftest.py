"""Shared fixtures: every test gets its own temporary data folder and journal.

Widget tests run on Qt's offscreen platform; nothing here ever touches the
user's real data or configuration folders.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

# Before any QApplication exists: no screen needed, no real config touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import kontaktbuch.ui  # noqa: E402, F401 - pins None where PySide6 6.12 runs on Python 3.11
from kontaktbuch import paths as paths_module  # noqa: E402
from kontaktbuch.settings import Settings  # noqa: E402
from kontaktbuch.store.db import open_database  # noqa: E402

#: the "today" of the demo journal in tests, so figures never depend on the clock
DEMO_TODAY = dt.date(2026, 11, 26)
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
from tests.journal_files import TEST_PASSPHRASE  # noqa: E402 - every journal's under --encrypted-journal


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--encrypted-journal",
        action="store_true",
        help="create every journal the tests open encrypted (SQLCipher), so the same "
        "tests run on both forms; CI runs tests/store, tests/journal, tests/exchange so",
    )


def encrypted_run(config: pytest.Config) -> bool:
    return bool(config.getoption("--encrypted-journal"))


@pytest.fixture(autouse=True)
def _test_keyring(_isolated_dirs: Path) -> Iterator[None]:
    """A keyring whose file lies in the test's folder (XDG_DATA_HOME): no test ever
    reads or writes the user's real keyring. keyrings.alt's file backend, ranked
    as a system keyring so that Kontaktbuch accepts it."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    class TestKeyring(PlaintextKeyring):
        priority = 1  # type: ignore[assignment]

    before = keyring.get_keyring()
    keyring.set_keyring(TestKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def _journal_form(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under ``--encrypted-journal`` the store's functions that open a file get the
    test passphrase as their default: a new journal is created encrypted, an
    encrypted one (and its encrypted backups) opens, a plain one stays plain."""
    if not encrypted_run(request.config):
        return
    from kontaktbuch.store import backup

    for function in (
        open_database,
        backup.verify_backup,
        backup.replace_damaged,
        backup.restore_backup,
    ):
        monkeypatch.setitem(function.__kwdefaults__, "passphrase", TEST_PASSPHRASE)


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> object:
    """One QApplication for the whole run, created before any CLI test makes a
    QCoreApplication (the command line reuses an existing instance)."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every path override at a temporary folder for each test."""
    data = tmp_path / "data"
    monkeypatch.setenv(paths_module.DATA_DIR_ENV, str(data))
    monkeypatch.setenv(paths_module.CONFIG_DIR_ENV, str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return data


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches to German (CLI ``--lang de``, installed translators, the
    default locale) leaves no trace for the tests after it."""
    from PySide6.QtCore import QLocale

    from kontaktbuch.text.i18n import remove_translators

    locale = QLocale()
    yield
    remove_translators()
    QLocale.setDefault(locale)


@pytest.fixture(scope="session")
def _translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("i18n-cache")


@pytest.fixture
def english(_translation_cache: Path) -> None:
    """English texts, plural forms and formats, whatever language an earlier test
    (a CLI run with ``--lang de``, a German window) switched to."""
    from kontaktbuch.text.i18n import install_translators

    install_translators("en", _translation_cache)


@pytest.fixture
def app_paths(_isolated_dirs: Path) -> paths_module.Paths:
    paths = paths_module.resolve()
    paths.ensure_dirs()
    return paths


@pytest.fixture
def db(app_paths: paths_module.Paths) -> Iterator[pw.SqliteDatabase]:
    """An empty, migrated journal in the test's data folder."""
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The demo journal, generated once per test session and copied per test."""
    from kontaktbuch.journal import demo

    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.sqlite"
    passphrase = TEST_PASSPHRASE if encrypted_run(pytestconfig) else None
    database = open_database(path, backups_dir=None, passphrase=passphrase)
    demo.create_demo(today=DEMO_TODAY)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db(app_paths: paths_module.Paths, demo_template: Path) -> Iterator[pw.SqliteDatabase]:
    """A journal filled with the demo data (as of :data:`DEMO_TODAY`)."""
    # The template is closed and checkpointed: the file alone is the whole journal.
    shutil.copyfile(demo_template, app_paths.database)
    database = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    yield database
    database.close()


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def samples() -> Path:
    """The real-world-shaped sample exports in ``../shared/samples``."""
    if not SAMPLES.is_dir():
        pytest.skip("shared/samples is not beside the checkout")
    return SAMPLES


def copy_sample(samples: Path, name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copy(samples / name, target)
    return target
