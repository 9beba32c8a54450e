"""Render the app icon's PNG sizes from its SVG, for desktops that want PNGs.

    python packaging/make_icons.py            # write resources/icons/hicolor/…
    python packaging/make_icons.py --check    # exit 1 if a PNG is missing or stale

The small sizes (up to 24 px) come from ``kontaktbuch-16.svg``, a variant drawn
for tiny sizes (tray, window lists), because the detailed icon turns to mush there.
The PNGs are committed so that installing needs no Qt; re-run this after changing
an SVG. Uses QtSvg, which PySide6 already brings.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
APP_ID = "de.kontaktbuch.Kontaktbuch"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
SMALL_UP_TO = 24


def source_for(size: int) -> Path:
    return ICONS / ("kontaktbuch-16.svg" if size <= SMALL_UP_TO else "kontaktbuch.svg")


def target_for(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size``×``size`` PNG (as bytes)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    stale = []
    for size in SIZES:
        png = render(source_for(size), size)
        target = target_for(size)
        if args.check:
            if not target.exists() or QImage(str(target)) != QImage.fromData(png):
                stale.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
        print(target.relative_to(ROOT))
    for target in stale:
        print(f"stale or missing: {target.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
