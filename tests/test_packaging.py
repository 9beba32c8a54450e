"""The files that are not code: desktop entry, AppStream metainfo, icons, the bundle.

The validators (``desktop-file-validate``, ``appstreamcli``) are Debian packages;
a developer machine without them skips those tests, CI (``CI=true``, where
``.ci/run`` installs them) fails instead, so a broken file never slips through.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "de.kontaktbuch.Kontaktbuch"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    """The path of a validator; skip without it, except in CI."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{name} is missing in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return found


def test_desktop_file_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_desktop_file_starts_the_app_with_its_icon_in_both_languages() -> None:
    entry = configparser.RawConfigParser()
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "kontaktbuch"
    assert section["Icon"] == APP_ID
    assert {"Office", "ContactManagement"} <= set(section["Categories"].strip(";").split(";"))
    for key in ("Name", "Comment"):
        assert section[key] and section[f"{key}[de]"]
    assert section["Comment"] != section["Comment[de]"]


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    """Id, launchable, version and screenshots agree with the rest of the project."""
    from kontaktbuch import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions
    assert root.find("content_rating") is not None
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    description = root.find("description")
    assert description is not None
    assert any(p.get(lang_attr) == "de" for p in description.iter("p"))
    images = [img.text or "" for img in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://github.com/kontaktbuch/kontaktbuch/raw/main/docs/")
        local = ROOT / url.split("/raw/main/", 1)[1]
        assert local.exists(), f"screenshot {local} is not in the repository"


def test_app_icon_pngs_are_rendered_from_the_svg() -> None:
    """Every hicolor size exists and matches the SVG (make_icons.py was re-run)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        assert (ROOT / "resources/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").exists()


@pytest.fixture
def make_icons(qapp: object) -> object:
    """packaging/make_icons.py as a module (it is a script, not part of the package)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons as module
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return module


def _noisy_copy(png: Path, target: Path, spread: int) -> None:
    """The PNG with every channel moved by up to ``spread`` levels, as another rasteriser might."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGBA8888)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            step = ((x * 7 + y * 13) % (2 * spread + 1)) - spread
            image.setPixelColor(
                x,
                y,
                QColor(
                    *(min(255, max(0, v + step)) for v in (c.red(), c.green(), c.blue())),
                    c.alpha(),
                ),
            )
    image.save(str(target), "PNG")


@pytest.mark.parametrize("size", [16, 48, 256])
def test_icon_check_tolerates_another_rasteriser(make_icons, size: int, tmp_path: Path) -> None:
    """A few levels of difference everywhere, as between machines, is not a stale icon."""
    wobbly = tmp_path / "icon.png"
    _noisy_copy(make_icons.target_for(size), wobbly, spread=2)
    rendered = make_icons.render(make_icons.source_for(size), size)
    assert make_icons.is_current(wobbly, rendered)


@pytest.mark.parametrize(
    ("size", "old", "new"),
    [
        (16, "#ffffff", "#eeeeee"),  # the small icon's person a shade greyer
        (32, 'fill="#123f7a"/>', 'fill="#d02020"/>'),  # only the bubble's three dots red
        (256, 'fill="#123f7a"/>', 'fill="#d02020"/>'),
        (64, 'r="34"', 'r="30"'),  # the head a little smaller
    ],
)
def test_icon_check_finds_a_changed_svg(
    make_icons, size: int, old: str, new: str, tmp_path: Path
) -> None:
    """An SVG edited without re-running make_icons.py leaves a stale PNG, and the check says so."""
    source = make_icons.source_for(size)
    text = source.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / source.name
    changed.write_text(text.replace(old, new), encoding="utf-8")
    assert not make_icons.is_current(make_icons.target_for(size), make_icons.render(changed, size))


def test_icon_check_finds_a_missing_or_wrongly_sized_png(make_icons, tmp_path: Path) -> None:
    rendered = make_icons.render(make_icons.source_for(48), 48)
    assert not make_icons.is_current(tmp_path / "missing.png", rendered)
    assert not make_icons.is_current(make_icons.target_for(64), rendered)


def test_install_script_puts_files_where_desktops_look(tmp_path: Path) -> None:
    prefix = tmp_path / "share"
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "install-linux.sh"), "--prefix", str(prefix), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (prefix / "applications" / DESKTOP.name).exists()
    assert (prefix / "metainfo" / METAINFO.name).exists()
    assert (prefix / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").exists()
    assert (prefix / "icons/hicolor/16x16/apps" / f"{APP_ID}.png").exists()
    assert (prefix / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").exists()


@pytest.mark.slow
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    """The PyInstaller bundle starts its window on a fresh data folder."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[packaging]'")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build_bundle
    finally:
        sys.path.remove(str(ROOT / "packaging"))

    exe = build_bundle.build(tmp_path / "dist", tmp_path / "work")
    internal = exe.parent / "_internal"
    shipped = internal / "resources"
    assert (shipped / "i18n" / "kontaktbuch_de.qm").exists()
    assert (shipped / "i18n" / "kontaktbuch_en.qm").exists()
    assert not list(shipped.rglob("*.ts")), "the bundle must not ship .ts (no lrelease there)"
    assert (shipped / "icons" / "kontaktbuch.svg").exists()
    assert not list(internal.rglob("*QtWebEngine*")), "unused Qt modules must stay out"

    result = build_bundle.startup_check(exe)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and lines[-1].isdigit(), result.stdout + result.stderr


def test_flatpak_manifest_builds_this_app() -> None:
    """The manifest names the app, its command and files that exist (it is not built here)."""
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load(
        (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    )
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "kontaktbuch"
    commands = " ".join(
        command for module in manifest["modules"] for command in module["build-commands"]
    )
    for path in (DESKTOP, METAINFO, ROOT / "resources/icons/kontaktbuch.svg"):
        assert str(path.relative_to(ROOT)) in commands
    assert "lrelease" in commands, "the Flatpak compiles the translations"
