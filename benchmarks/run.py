"""Run every benchmark on the large journal; print a table, write JSON.

``python -m benchmarks.run [--quick]`` (or ``python benchmarks/run.py``) from the
checkout. The large journal is generated once and cached in ``benchmarks/out/``;
every measurement works on copies of it, so the cache is never changed. Results go
to ``benchmarks/out/results.json``. What each figure means is in
``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import functools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: the Kontaktbuch checkout measured (``--app-root``; by default this one)
APP_ROOT = ROOT
if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

from benchmarks import generate, probes  # noqa: E402
from benchmarks.queries import QUERIES, QUICK_QUERIES, keystrokes  # noqa: E402
from benchmarks.worker import percentile  # noqa: E402

NA = "n/a (not available)"
#: the parts of a run, for --only
SECTIONS = ("cold", "search", "window", "exchange", "memory")


@dataclass
class Row:
    """One line of the table: a figure, its target and whether it meets it."""

    section: str
    label: str
    value: float | None
    unit: str
    target: str = ""
    status: str = ""  # "pass", "miss", "info", or NA
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def _check(value: float | None, limit: float) -> str:
    if value is None:
        return NA
    return "pass" if value <= limit else "miss"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("KONTAKTBUCH_DATA_DIR", None)
    env.pop("KONTAKTBUCH_CONFIG_DIR", None)
    paths = (str(APP_ROOT), str(ROOT), *env.get("PYTHONPATH", "").split(os.pathsep))
    env["PYTHONPATH"] = os.pathsep.join(p for p in dict.fromkeys(paths) if p)
    return env


def copy_journal(source: Path, data_dir: Path) -> Path:
    """A data folder holding a copy of ``source`` as its journal."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "kontaktbuch.sqlite"
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return data_dir


def _run_ms(cmd: list[str]) -> tuple[float, float]:
    """Run a start-up check; returns (wall ms it printed, CPU ms the process used)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        cmd, cwd=APP_ROOT, env=_env(), capture_output=True, text=True, timeout=120, check=False
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in done.stdout.splitlines() if line.strip().isdigit()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-400:]}")
    return float(lines[-1]), round(cpu * 1000, 1)


# --- 1. cold start ----------------------------------------------------------------------


def bench_cold_start(journal: Path, work: Path, runs: int) -> list[Row]:
    """Median process start → first paint of the app and of a bare window, alternated.

    The machine may be shared, so the CPU time of each process is recorded too: it
    does not grow when other processes compete for the cores.
    """
    # An installed Kontaktbuch has byte-compiled modules (pip compiles on install);
    # a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every start.
    compileall.compile_dir(APP_ROOT / "kontaktbuch", quiet=1)
    data_dir = copy_journal(journal, work / "cold-start")
    app_cmd = [
        sys.executable,
        "-m",
        "kontaktbuch",
        "--data-dir",
        str(data_dir),
        "--lang",
        "de",
        "--startup-check",
    ]
    bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    # One warm-up each (compiles the translations, fills the OS file cache); then
    # alternate, so a busy moment of the machine hits both alike.
    _run_ms(bare_cmd)
    _run_ms(app_cmd)
    app, bare = [], []
    for _ in range(runs):
        bare.append(_run_ms(bare_cmd))
        app.append(_run_ms(app_cmd))
    app_ms = statistics.median(ms for ms, _ in app)
    bare_ms = statistics.median(ms for ms, _ in bare)
    app_cpu = statistics.median(cpu for _, cpu in app)
    bare_cpu = statistics.median(cpu for _, cpu in bare)
    ratio = round(app_ms / bare_ms, 2)
    cpu_ratio = round(app_cpu / bare_cpu, 2)
    section = "1 cold start"
    return [
        Row(section, "Kontaktbuch --startup-check (median)", app_ms, "ms", "", "info",
            f"CPU {app_cpu:.0f} ms", details={"runs": app}),
        Row(section, "bare PySide6 QMainWindow (floor)", bare_ms, "ms", "", "info",
            f"CPU {bare_cpu:.0f} ms", details={"runs": bare}),
        Row(section, "ratio to the floor", ratio, "x", "≤ 2.5 x", _check(ratio, 2.5),
            f"CPU-time ratio {cpu_ratio}"),
    ]  # fmt: skip


# --- 2. search ------------------------------------------------------------------------


@contextlib.contextmanager
def opened_copy(journal: Path, work: Path, name: str) -> Iterator[Any]:
    from kontaktbuch.store.db import close_database, open_database

    data_dir = copy_journal(journal, work / name)
    db = open_database(data_dir / "kontaktbuch.sqlite", backups_dir=data_dir / "backups")
    try:
        yield db
    finally:
        close_database(db)


def _timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def bench_search(journal: Path, work: Path, queries: tuple[str, ...]) -> list[Row]:
    search = probes.search_function()
    rows: list[Row] = []
    with opened_copy(journal, work, "search") as db:
        typed = [text for query in queries for text in keystrokes(query)]
        search("warm-up")
        times = [_timed(functools.partial(search, text)) for text in typed]
        p95 = _ms(percentile(times, 95))
        rows.append(
            Row(
                "2 search",
                "journal.search.search() per keystroke: median",
                _ms(statistics.median(times)),
                "ms",
                "",
                "info",
                details={"keystrokes": len(times), "max_ms": _ms(max(times))},
            )
        )
        rows.append(Row("2 search", "… 95th percentile", p95, "ms", "< 50 ms", _check(p95, 50)))
        tables = probes.fts_tables(db)
        if not tables:
            rows.append(
                Row(
                    "2 search",
                    "raw FTS5 query (floor)",
                    None,
                    "ms",
                    "",
                    NA,
                    "no FTS5 table in the journal yet",
                )
            )
            rows.append(Row("2 search", "search p95 / FTS5 p95", None, "x", "≤ 3 x", NA))
            return rows
        conn = db.connection()

        def raw(text: str, ranked: bool) -> None:
            expression = probes.fts_match_expression(text)
            if not expression:
                return
            order = " ORDER BY rank" if ranked else ""
            for table in tables:
                conn.execute(
                    f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ?{order} LIMIT 20',
                    (expression,),
                ).fetchall()

        plain = [_timed(functools.partial(raw, text, False)) for text in typed]
        ranked = [_timed(functools.partial(raw, text, True)) for text in typed]
        floor = _ms(percentile(plain, 95))
        rows.append(
            Row(
                "2 search",
                "raw FTS5 MATCH … LIMIT 20 (floor): p95",
                floor,
                "ms",
                "",
                "info",
                details={
                    "tables": tables,
                    "median_ms": _ms(statistics.median(plain)),
                    "ranked_p95_ms": _ms(percentile(ranked, 95)),
                    "ranked_median_ms": _ms(statistics.median(ranked)),
                },
            )
        )
        ratio = round(p95 / floor, 2) if floor > 0 else None
        rows.append(
            Row("2 search", "search p95 / FTS5 p95", ratio, "x", "≤ 3 x", _check(ratio, 3.0))
        )
    return rows


# --- 3, 4, 5, 7: in a fresh process with a window ---------------------------------------------


def _worker(mode: str, data_dir: Path, quick: bool) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.worker", mode, str(data_dir)]
    if quick:
        cmd.append("--quick")
    done = subprocess.run(
        cmd, cwd=APP_ROOT, env=_env(), capture_output=True, text=True, timeout=1800, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    noise = "does not support propagateSizeHints"
    errors = "\n".join(line for line in done.stderr.splitlines() if noise not in line)
    raise RuntimeError(f"worker {mode} failed ({done.returncode}): {errors[-1500:]}")


def rows_from_ui(ui: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for key, title in (("list_contacts", "contacts"), ("list_conversations", "conversation log")):
        info = ui.get(key, {})
        if not info.get("available"):
            rows.append(Row("3 lists", f"{title}: first page shown", None, "ms", "< 100 ms", NA))
            continue
        first = info["first_page_ms"]
        rows.append(
            Row(
                "3 lists",
                f"{title}: first page shown",
                first,
                "ms",
                "< 100 ms",
                _check(first, 100) if first is not None else "miss",
                f"{info['first_page_rows']} rows, {info['model']}"
                if first is not None
                else "the list was not painted within 10 s",
                details=info,
            )
        )
        paged = info["paged"]
        note = (
            f"{info['fetches']} fetches of ≤ {info['largest_fetch_rows']} rows to "
            f"{info['rows_at_end']} rows"
            if paged
            else f"not paged: the list holds {info['rows_at_end']} of "
            f"{info['rows_in_journal']} rows"
        )
        rows.append(
            Row(
                "3 lists",
                f"{title}: scroll to the end",
                info["scroll_to_end_ms"],
                "ms",
                "paged, never all at once",
                "pass" if paged else "miss",
                note,
            )
        )
    refl = ui.get("reflection", {})
    for name, label, limit in (("one_year", "one year", 150), ("ten_years", "ten years", 1000)):
        value = refl.get(f"show_{name}_ms", refl.get(f"compute_{name}_ms"))
        how = "compute + show" if f"show_{name}_ms" in refl else "compute only"
        if f"compute_{name}_ms" in refl and f"show_{name}_ms" in refl:
            how += f"; compute alone {refl[f'compute_{name}_ms']:.0f} ms"
        if f"show_{name}_complete_ms" in refl:
            how = (
                f"current figures shown; previous column complete at "
                f"{refl[f'show_{name}_complete_ms']:.0f} ms; " + how
            )
        if f"show_{name}_with_charts_ms" in refl:
            how += f"; with the charts tab {refl[f'show_{name}_with_charts_ms']:.0f} ms"
        rows.append(
            Row(
                "4 reflection",
                f"reflection panel, {label}",
                value,
                "ms",
                f"< {limit} ms",
                _check(value, limit),
                how if value is not None else "journal.reflection not found",
                details=refl,
            )
        )
    search_ui = ui.get("search_ui", {})
    if search_ui.get("available"):
        p95 = search_ui["p95_ms"]
        rows.append(
            Row(
                "2 search",
                "main window search per keystroke: p95",
                p95,
                "ms",
                "< 50 ms",
                _check(p95, 50),
                f"median {search_ui['median_ms']} ms via {search_ui['path']}",
                details=search_ui,
            )
        )
    capture = ui.get("capture", {})
    value = capture.get("open_ms")
    rows.append(
        Row(
            "5 quick capture",
            "shortcut to dialog ready for typing",
            value,
            "ms",
            "< 100 ms",
            _check(value, 100),
            f"focus in {capture.get('focus')}" if value is not None else "",
            details=capture,
        )
    )
    save = ui.get("capture_save", {})
    rows.append(
        Row(
            "5 quick capture",
            "save an event with five conversations",
            save.get("save_ms"),
            "ms",
            "",
            "info" if "save_ms" in save else NA,
            f"store floor (models, one transaction): {save.get('store_floor_ms')} ms",
            details=save,
        )
    )
    backup = ui.get("daily_backup", {})
    rows.append(
        Row(
            "1 cold start",
            "daily backup after start: longest stall of the window",
            backup.get("longest_stall_ms"),
            "ms",
            "",
            "info" if backup else NA,
            f"backup took {backup.get('total_ms')} ms in all" if backup else "",
            details=backup,
        )
    )
    return rows


# --- 6. exchange ------------------------------------------------------------------------


def bench_exchange(journal: Path, work: Path) -> list[Row]:
    from kontaktbuch.store.db import close_database, open_database

    rows: list[Row] = []
    vcf = generate.write_vcards(
        generate.OUT_DIR / f"contacts-10000-g{generate.GENERATOR_VERSION}.vcf"
    )
    importer = probes.vcard_import()
    if importer is None:
        rows.append(Row("6 exchange", "import 10,000 vCards", None, "s", "< 10 s", NA))
    else:
        folder = work / "vcard-import"
        folder.mkdir(parents=True, exist_ok=True)
        db = open_database(folder / "kontaktbuch.sqlite", backups_dir=folder / "backups")
        try:
            seconds = round(_timed(lambda: importer(vcf)), 2)
        finally:
            close_database(db)
        rows.append(
            Row(
                "6 exchange",
                "import 10,000 vCards (empty journal)",
                seconds,
                "s",
                "< 10 s",
                _check(seconds, 10),
                probes.describe(importer),
            )
        )
    export, restore = probes.archive_export(), probes.archive_restore()
    if export is None or restore is None:
        rows.append(Row("6 exchange", "archive export + restore (large)", None, "s", "< 30 s", NA))
        return rows
    archive = work / "archive" / "kontaktbuch-archive"
    archive.parent.mkdir(parents=True, exist_ok=True)
    with opened_copy(journal, work, "archive-source"):
        exported = _timed(lambda: export(archive))
    folder = work / "archive-target"
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "kontaktbuch.sqlite", backups_dir=folder / "backups")
    try:
        restored = _timed(lambda: restore(archive))
    finally:
        close_database(db)
    total = round(exported + restored, 2)
    rows.append(
        Row(
            "6 exchange",
            "archive export + restore (large)",
            total,
            "s",
            "< 30 s",
            _check(total, 30),
            f"export {exported:.1f} s, restore {restored:.1f} s",
        )
    )
    return rows


# --- the whole run ---------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import sqlite3

    import PySide6

    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=APP_ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "commit": commit,
        "app_root": str(APP_ROOT),
    }


def _section(name: str, fn: Callable[[], list[Row]], label: str) -> list[Row]:
    print(f"… {label}", file=sys.stderr, flush=True)
    try:
        return fn()
    except Exception as exc:  # a broken probe must not hide the other figures
        return [Row(name, label, None, "", "", "error", f"{type(exc).__name__}: {exc}"[:300])]


def format_table(rows: list[Row]) -> str:
    def fmt(value: float | None) -> str:
        if value is None:
            return "–"
        return f"{value:,.1f}" if abs(value) < 10_000 else f"{value:,.0f}"

    header = ("measure", "figure", "target", "result")
    lines = []
    body = [
        (f"{r.section}: {r.label}", f"{fmt(r.value)} {r.unit}".strip(), r.target, r.status)
        for r in rows
    ]
    widths = [max(len(x[i]) for x in [header, *body]) for i in range(4)]
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    lines.append("  ".join("-" * w for w in widths))
    for row, cells in zip(rows, body, strict=True):
        line = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
        if row.note:
            line += f"   ({row.note})"
        lines.append(line)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kontaktbuch benchmarks on a decade of data")
    parser.add_argument("--quick", action="store_true", help="fewer runs and queries")
    parser.add_argument("--runs", type=int, default=None, help="cold-start runs (default 7)")
    parser.add_argument("--json", type=Path, default=generate.OUT_DIR / "results.json")
    parser.add_argument("--keep", action="store_true", help="keep the working copies")
    parser.add_argument(
        "--app-root",
        type=Path,
        help="measure the Kontaktbuch checkout in this folder (default: this one)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        help="run only these parts (repeatable); default: all",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    if args.app_root:
        global APP_ROOT
        APP_ROOT = args.app_root.resolve()
        sys.path.insert(0, str(APP_ROOT))
        if "kontaktbuch" in sys.modules:
            parser.error("--app-root must be chosen before kontaktbuch is imported")
    queries = QUICK_QUERIES if args.quick else QUERIES

    began = time.perf_counter()
    print("… the large journal (generated once, then cached)", file=sys.stderr, flush=True)
    journal = generate.ensure_journal()
    work = Path(tempfile.mkdtemp(prefix="kontaktbuch-bench-"))
    rows: list[Row] = []
    ui_data: dict[str, Any] = {}
    wanted = set(args.only or SECTIONS)
    try:
        if "cold" in wanted:
            rows += _section(
                "1 cold start", lambda: bench_cold_start(journal, work, runs), "cold start"
            )
        if "search" in wanted:
            rows += _section("2 search", lambda: bench_search(journal, work, queries), "search")

        def ui_rows() -> list[Row]:
            ui_data.update(_worker("ui", copy_journal(journal, work / "ui"), args.quick))
            return rows_from_ui(ui_data)

        if "window" in wanted:
            rows += _section("3 lists", ui_rows, "lists, reflection, quick capture (window)")
        if "exchange" in wanted:
            rows += _section("6 exchange", lambda: bench_exchange(journal, work), "exchange")

        def memory_rows() -> list[Row]:
            info = _worker("memory", copy_journal(journal, work / "memory"), args.quick)
            mb = info["peak_rss_mb"]
            return [
                Row(
                    "7 memory",
                    "peak RSS, every view visited",
                    mb,
                    "MB",
                    "< 250 MB",
                    _check(mb, 250),
                    details=info,
                )
            ]

        if "memory" in wanted:
            rows += _section("7 memory", memory_rows, "memory")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    order = {name: i for i, name in enumerate(sorted({r.section for r in rows}))}
    rows.sort(key=lambda r: order[r.section])
    table = format_table(rows)
    print(table)
    result = {
        "machine": machine(),
        "journal": {
            "file": journal.name,
            "generator_version": generate.GENERATOR_VERSION,
            "today": generate.TODAY.isoformat(),
            **generate.FULL,
        },
        "quick": args.quick,
        "seconds": round(time.perf_counter() - began, 1),
        "rows": [asdict(r) for r in rows],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nresults written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
