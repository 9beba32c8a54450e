"""Build the one-folder PyInstaller bundle of Kontaktbuch.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--check]

Writes ``DIR/kontaktbuch/`` (default ``dist/kontaktbuch/``) with the program
``kontaktbuch`` in it; translations are compiled from the ``.ts`` files by the
spec. ``--check`` then runs the bundle's ``--startup-check`` on a fresh, empty
data folder on Qt's offscreen platform and fails unless it prints the start-up
time. Needs ``pip install -e ".[packaging]"`` (PyInstaller).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "kontaktbuch.spec"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the bundle's executable."""
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(cmd, check=True, cwd=ROOT)
    exe = dist / "kontaktbuch" / ("kontaktbuch.exe" if os.name == "nt" else "kontaktbuch")
    if not exe.exists():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    return exe


def startup_check(exe: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Start the bundle once on an empty data folder, as a first-time user would."""
    with tempfile.TemporaryDirectory(prefix="kontaktbuch-bundle-") as data:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            KONTAKTBUCH_DATA_DIR=data,
            KONTAKTBUCH_CONFIG_DIR=str(Path(data) / "config"),
        )
        env.pop("PYTHONPATH", None)
        return subprocess.run(
            [str(exe), "--startup-check"],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--check", action="store_true", help="run --startup-check afterwards")
    args = parser.parse_args(argv)
    began = time.monotonic()
    exe = build(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {exe.parent} ({time.monotonic() - began:.0f} s)")
    if args.check:
        result = startup_check(exe)
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        if result.returncode != 0 or not result.stdout.strip().isdigit():
            print("startup check failed", file=sys.stderr)
            return 1
        print(f"startup check: first paint after {result.stdout.strip()} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
