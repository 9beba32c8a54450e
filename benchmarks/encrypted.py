"""The large journal encrypted beside plain: cold start, search, reflection, import.

``python -m benchmarks.encrypted [--quick]`` from the checkout. Uses the cached
large journal of :mod:`benchmarks.generate` and an encrypted copy of it (made
once with ``store.encryption.encrypt_journal`` and cached beside it). Every figure
is measured on both, alternating, and the table gives encrypted ÷ plain against the
issue's bound of 1.3 ×. What the figures mean and why they are what they are:
docs/performance.md, "Encrypted journals".

Cold start runs ``kontaktbuch --startup-check`` as a user who chose "remember the
passphrase" starts it: the passphrase comes from a keyring (a file keyring in the
working folder, ``benchmarks/bench_keyring.py``), so the figure holds the unlock's
key derivation but no typing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks import generate, probes  # noqa: E402
from benchmarks.queries import QUERIES, QUICK_QUERIES, keystrokes  # noqa: E402
from benchmarks.worker import percentile  # noqa: E402

PASSPHRASE = "Benchmark: zehn Jahre Netzwerken"
BOUND = 1.3


def encrypted_copy(journal: Path) -> Path:
    """The large journal encrypted, cached beside it (made once)."""
    from kontaktbuch.store import encryption
    from kontaktbuch.store.cipher import Passphrase

    target = journal.with_name(journal.stem + "-encrypted.sqlite")
    if target.exists():
        return target
    work = Path(tempfile.mkdtemp(prefix="kontaktbuch-encrypt-"))
    try:
        copy = work / "kontaktbuch.sqlite"
        shutil.copyfile(journal, copy)
        began = time.perf_counter()
        encryption.encrypt_journal(copy, Passphrase(PASSPHRASE), backups_dir=None)
        print(f"  encrypted in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        shutil.copyfile(copy, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _folder(journal: Path, work: Path, name: str) -> Path:
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(journal, folder / "kontaktbuch.sqlite")
    os.chmod(folder / "kontaktbuch.sqlite", 0o600)
    return folder


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHON_KEYRING_BACKEND"] = "benchmarks.bench_keyring.BenchKeyring"
    env["XDG_DATA_HOME"] = str(work / "xdg-data")
    for name in ("KONTAKTBUCH_DATA_DIR", "KONTAKTBUCH_CONFIG_DIR", "KONTAKTBUCH_PASSPHRASE"):
        env.pop(name, None)
    return env


def _start_ms(folder: Path, work: Path) -> float:
    # An encrypted journal never leaves a remembered first view (ui/first_view.py):
    # the plain journal starts without one too, so the ratio is encryption's cost.
    (folder / "cache" / "first-view.json").unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "kontaktbuch", "--data-dir", str(folder), "--lang", "de",
           "--startup-check"]  # fmt: skip
    done = subprocess.run(
        cmd, cwd=ROOT, env=_env(work), capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.strip().isdigit()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up check failed ({done.returncode}): {done.stderr[-600:]}")
    return float(lines[-1])


def cold_start(plain: Path, encrypted: Path, work: Path, runs: int) -> dict[str, Any]:
    from benchmarks.bench_keyring import remember

    folders = {"plain": _folder(plain, work, "cold-plain"),
               "encrypted": _folder(encrypted, work, "cold-encrypted")}  # fmt: skip
    remember(work / "xdg-data", folders["encrypted"] / "kontaktbuch.sqlite", PASSPHRASE)
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for kind in times:  # warm-up: translations compiled, files in the OS cache
        _start_ms(folders[kind], work)
    for _ in range(runs):
        for kind in times:
            times[kind].append(_start_ms(folders[kind], work))
    return {kind: statistics.median(values) for kind, values in times.items()} | {"runs": times}


def _opened(journal: Path, work: Path, name: str, secret: str | None) -> Any:
    from kontaktbuch.store.db import open_database

    folder = _folder(journal, work, name)
    return open_database(
        folder / "kontaktbuch.sqlite", backups_dir=folder / "backups", passphrase=secret
    )


def _timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def _both(measure: Callable[[Path, str | None], float], plain: Path, encrypted: Path,
          rounds: int) -> dict[str, Any]:  # fmt: skip
    """``measure`` on both journals, alternating, ``rounds`` times each: a busy moment
    of a shared machine hits both alike. Wall and CPU time per round."""
    wall: dict[str, list[float]] = {"plain": [], "encrypted": []}
    cpu: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(rounds):
        for kind, journal, secret in (("plain", plain, None),
                                      ("encrypted", encrypted, PASSPHRASE)):  # fmt: skip
            began = time.process_time()
            wall[kind].append(measure(journal, secret))
            cpu[kind].append((time.process_time() - began) * 1000)
    return {
        "plain": statistics.median(wall["plain"]),
        "encrypted": statistics.median(wall["encrypted"]),
        "cpu_ratio": statistics.median(cpu["encrypted"]) / statistics.median(cpu["plain"]),
        "rounds": wall,
    }


def search_p95(work: Path, quick: bool) -> Callable[[Path, str | None], float]:
    search = probes.search_function()
    typed = [t for q in (QUICK_QUERIES if quick else QUERIES) for t in keystrokes(q)]

    def measure(journal: Path, secret: str | None) -> float:
        db = _opened(journal, work, f"search-{bool(secret)}", secret)
        try:
            search("warm-up")
            times = [_timed(functools.partial(search, text)) for text in typed]
        finally:
            db.close()
        return percentile(times, 95) * 1000

    return measure


def reflection_year(work: Path) -> Callable[[Path, str | None], float]:
    compute = probes.reflection_compute()
    if compute is None:
        raise RuntimeError("journal.reflection not found")
    today = generate.TODAY
    now = dt.datetime.combine(today, dt.time(10))
    start = today - dt.timedelta(days=364)

    def measure(journal: Path, secret: str | None) -> float:
        db = _opened(journal, work, f"reflection-{bool(secret)}", secret)
        try:
            compute(start, today, now)  # warm-up: the page cache filled
            times = [_timed(lambda: compute(start, today, now)) for _ in range(3)]
        finally:
            db.close()
        return statistics.median(times) * 1000

    return measure


def import_vcards(work: Path) -> Callable[[Path, str | None], float]:
    from kontaktbuch.store.db import open_database

    importer = probes.vcard_import()
    if importer is None:
        raise RuntimeError("no vCard importer")
    vcf = generate.write_vcards(
        generate.OUT_DIR / f"contacts-10000-g{generate.GENERATOR_VERSION}.vcf"
    )

    def measure(_journal: Path, secret: str | None) -> float:
        folder = work / f"import-{bool(secret)}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        # An empty journal in each form (a new file with a passphrase is encrypted).
        db = open_database(
            folder / "kontaktbuch.sqlite", backups_dir=folder / "backups", passphrase=secret
        )
        try:
            return _timed(lambda: importer(vcf))
        finally:
            db.close()

    return measure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=None, help="cold starts each (default 7)")
    parser.add_argument("--json", type=Path, default=generate.OUT_DIR / "encrypted.json")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    plain = generate.ensure_journal()
    print("… the encrypted copy", file=sys.stderr, flush=True)
    encrypted = encrypted_copy(plain)
    work = Path(tempfile.mkdtemp(prefix="kontaktbuch-bench-enc-"))
    rows: list[tuple[str, float, float, str]] = []
    cpu_ratios: dict[str, float] = {}
    try:
        print("… cold start", file=sys.stderr, flush=True)
        start = cold_start(plain, encrypted, work, runs)
        rows.append(("cold start (--startup-check, median)", start["plain"],
                     start["encrypted"], "ms"))  # fmt: skip
        rounds = 3 if args.quick else 5
        measures = (
            ("search per keystroke, p95", search_p95(work, args.quick), rounds, "ms"),
            ("reflection, one year (median)", reflection_year(work), rounds, "ms"),
            ("import 10,000 vCards (empty journal)", import_vcards(work), 3, "s"),
        )
        for label, measure, count, unit in measures:
            print(f"… {label}", file=sys.stderr, flush=True)
            both = _both(measure, plain, encrypted, count)
            rows.append((label, both["plain"], both["encrypted"], unit))
            cpu_ratios[label] = both["cpu_ratio"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'plain':>9}  {'encrypted':>9}  {'ratio':>6}  bound {BOUND} x")
    result = []
    for label, p, e, unit in rows:
        ratio = e / p if p else float("nan")
        verdict = "pass" if ratio <= BOUND else "over"
        cells = f"{p:>7.1f} {unit:<2}{e:>7.1f} {unit:<2}  {ratio:>5.2f}x"
        cpu = f"   (CPU time {cpu_ratios[label]:.2f}x)" if label in cpu_ratios else ""
        print(f"{label:<{width}}  {cells}  {verdict}{cpu}")
        result.append({"measure": label, "plain": p, "encrypted": e, "unit": unit,
                       "ratio": round(ratio, 3), "verdict": verdict,
                       "cpu_ratio": cpu_ratios.get(label)})  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"rows": result, "cold_start_runs": start["runs"]}, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
