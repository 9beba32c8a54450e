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


# How far a committed PNG may be from a fresh rendering and still count as current.
# Rasterisers differ between machines (anti-aliasing, FreeType, CPU paths) by a few
# levels at edges; a changed SVG (other colour, shape or layout) moves far more.
MEAN_TOLERANCE = 1.5  # mean absolute difference per channel, out of 255
OUTLIER_LEVEL = 64  # a channel this far off counts as a differing pixel …
OUTLIER_SHARE = 0.005  # … and more than 0.5 % of such pixels is a stale icon


def difference(a: QImage, b: QImage) -> tuple[float, float]:
    """Mean channel difference and share of strongly differing pixels of two images.

    Both are compared as straight RGBA so that premultiplication does not count.
    Images of different sizes are infinitely different.
    """
    if a.size() != b.size():
        return float("inf"), 1.0
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    total = 0
    outliers = 0
    width = a.width() * 4
    for y in range(a.height()):
        row_a = bytes(a.constScanLine(y))[:width]
        row_b = bytes(b.constScanLine(y))[:width]
        for x in range(0, width, 4):
            worst = 0
            for c in range(4):
                d = abs(row_a[x + c] - row_b[x + c])
                total += d
                worst = max(worst, d)
            if worst >= OUTLIER_LEVEL:
                outliers += 1
    pixels = a.width() * a.height()
    return total / (pixels * 4), outliers / pixels


def is_current(committed: Path, rendered: bytes) -> bool:
    """True if the committed PNG is the SVG's rendering, within machine differences."""
    if not committed.exists():
        return False
    mean, share = difference(QImage(str(committed)), QImage.fromData(rendered))
    return mean <= MEAN_TOLERANCE and share <= OUTLIER_SHARE


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
            if not is_current(target, png):
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
