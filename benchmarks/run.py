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
SECTIONS = ("cold", "search", "window", "exchange", "memory", "network", "sync")

#: the targets of issue 20 (docs/performance.md): limits in the row's unit
COLD_RATIO = 2.0
SEARCH_P95_MS = 50.0  # journal.search.search() alone
SEARCH_FLOOR_RATIO = 3.0
WINDOW_SEARCH_P95_MS = 30.0
FIRST_PAGE_MS = 50.0
REFLECTION_MS = {"one_year": 60.0, "ten_years": 300.0}  # the period before included
CAPTURE_OPEN_MS = 100.0
#: "nothing else gets slower": at most this much above the figures before issue 20
SLOWER = 1.10
#: the commit before issue 20: "nothing else gets slower" is judged against it
BEFORE_COMMIT = "09d1236"
#: its figures on the machine of docs/performance.md (medians of 5 runs, load 2–3),
#: CPU seconds where load blurs wall time. Used only where that commit cannot be
#: measured in the same run (no git history); another machine's figures are a
#: weak yardstick, the same run's are not (see :func:`measure_before`).
BEFORE = {
    "vcard_import_cpu_s": 4.49,
    "archive_round_trip_cpu_s": 10.34,
    "peak_rss_mb": 144.5,
}
#: the rows judged against the figures before, by label and BEFORE key
BEFORE_ROWS = {
    "import 10,000 vCards (empty journal), CPU": "vcard_import_cpu_s",
    "archive export + restore (large), CPU": "archive_round_trip_cpu_s",
    "peak RSS, every view visited": "peak_rss_mb",
}


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


def _check(value: float | None, limit: float, *, below: bool = False) -> str:
    """pass/miss against ``limit`` (``below``: strictly under it, for "< 50 ms")."""
    if value is None:
        return NA
    return "pass" if (value < limit if below else value <= limit) else "miss"


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
    """Run a start-up check; returns (wall ms it printed, CPU ms to its first paint).

    The CPU time is what the process reports at its first paint (``cpu N`` on
    stderr, all its threads since it started); a checkout that does not report it
    gives the CPU time of the whole process, exit included.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        cmd, cwd=APP_ROOT, env=_env(), capture_output=True, text=True, timeout=120, check=False
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in done.stdout.splitlines() if line.strip().isdigit()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-400:]}")
    reported = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("cpu ")]
    if reported:
        return float(lines[-1]), float(reported[-1])
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
    # Since issue 20 the window remembers its first view when it closes and paints
    # it from there at the next start of the unchanged journal (ui/first_view.py):
    # the start measured is that usual one (the warm-up run closes the journal and
    # leaves the file). A start without it (the journal changed elsewhere: the
    # command line, an import, a sync) is measured too, alternately, as info.
    remembered = data_dir / "cache" / "first-view.json"

    def unremembered() -> tuple[float, float]:
        remembered.unlink(missing_ok=True)
        return _run_ms(app_cmd)  # it closes the journal, leaving the file again

    # One warm-up each (compiles the translations, fills the OS file cache); then
    # alternate, so a busy moment of the machine hits both alike.
    _run_ms(bare_cmd)
    _run_ms(app_cmd)
    app, bare, cold = [], [], []
    for _ in range(runs):
        bare.append(_run_ms(bare_cmd))
        app.append(_run_ms(app_cmd))
        cold.append(unremembered())
    app_ms = statistics.median(ms for ms, _ in app)
    bare_ms = statistics.median(ms for ms, _ in bare)
    app_cpu = statistics.median(cpu for _, cpu in app)
    bare_cpu = statistics.median(cpu for _, cpu in bare)
    cold_cpu = statistics.median(cpu for _, cpu in cold)
    ratio = round(app_ms / bare_ms, 2)
    cpu_ratio = round(app_cpu / bare_cpu, 2)
    section = "1 cold start"
    return [
        Row(section, "Kontaktbuch --startup-check (median)", app_ms, "ms", "", "info",
            f"CPU {app_cpu:.0f} ms", details={"runs": app}),
        Row(section, "bare PySide6 QMainWindow (floor)", bare_ms, "ms", "", "info",
            f"CPU {bare_cpu:.0f} ms", details={"runs": bare}),
        Row(section, "ratio to the floor, CPU time", cpu_ratio, "x", f"≤ {COLD_RATIO} x",
            _check(cpu_ratio, COLD_RATIO), f"wall-time ratio {ratio}"),
        Row(section, "… first view not remembered (journal changed elsewhere), CPU ratio",
            round(cold_cpu / bare_cpu, 2), "x", "", "info", f"CPU {cold_cpu:.0f} ms",
            details={"runs": cold}),
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
        timed = [_timed_cpu(functools.partial(search, text)) for text in typed]
        times = [wall for wall, _cpu in timed]
        p95 = _ms(percentile(times, 95))
        cpu_p95 = _ms(percentile([cpu for _wall, cpu in timed], 95))
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
        rows.append(
            Row(
                "2 search",
                "… 95th percentile, CPU time",
                cpu_p95,
                "ms",
                f"< {SEARCH_P95_MS:.0f} ms",
                _check(cpu_p95, SEARCH_P95_MS, below=True),
                f"wall {p95} ms",
            )
        )
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
            rows.append(
                Row("2 search", "search p95 / FTS5 p95", None, "x", f"≤ {SEARCH_FLOOR_RATIO} x", NA)
            )
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

        def statements(text: str) -> None:
            """The FTS5 statements search() runs, without its snippets, marks and Python."""
            expression = probes.search_match_expression(text)
            if not expression:
                return
            for table in tables:
                order = "rowid DESC" if table == "fts_conversation" else f"bm25({table}, 5.0, 1.0)"
                sql = f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ? ORDER BY {order}'
                conn.execute(sql + " LIMIT 20", (expression,)).fetchall()

        plain = [_timed_cpu(functools.partial(raw, text, False)) for text in typed]
        ranked = [_timed(functools.partial(raw, text, True)) for text in typed]
        same = [_timed_cpu(functools.partial(statements, text)) for text in typed]
        old_floor = _ms(percentile([cpu for _wall, cpu in plain], 95))
        floor = _ms(percentile([cpu for _wall, cpu in same], 95))
        rows.append(
            Row(
                "2 search",
                "raw FTS5 MATCH … LIMIT 20, unranked: p95, CPU time",
                old_floor,
                "ms",
                "",
                "info",
                f"search p95 / this: {round(cpu_p95 / old_floor, 2) if old_floor else '–'} x",
                details={
                    "tables": tables,
                    "median_ms": _ms(statistics.median(wall for wall, _cpu in plain)),
                    "ranked_p95_ms": _ms(percentile(ranked, 95)),
                    "ranked_median_ms": _ms(statistics.median(ranked)),
                },
            )
        )
        rows.append(
            Row(
                "2 search",
                "FTS5 statements of search() (floor): p95, CPU time",
                floor,
                "ms",
                "",
                "info",
                "the same match expression, ranked as search() ranks; no snippets",
            )
        )
        ratio = round(cpu_p95 / floor, 2) if floor > 0 else None
        rows.append(
            Row(
                "2 search",
                "search p95 / floor p95, CPU time",
                ratio,
                "x",
                f"≤ {SEARCH_FLOOR_RATIO} x",
                _check(ratio, SEARCH_FLOOR_RATIO),
            )
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


def merge_runs(results: list[dict[str, Any]]) -> dict[str, Any]:
    """One result of several runs: each number the median of its runs, the rest the first's.

    Every run's own figures stay in ``details`` (``"all_runs"``) of the JSON.
    """

    def merge(values: list[Any]) -> Any:
        first = values[0]
        if isinstance(first, bool) or not all(type(v) is type(first) for v in values):
            return first
        if isinstance(first, int):
            return statistics.median_low(values)
        if isinstance(first, float):
            return round(statistics.median(values), 2)
        if isinstance(first, dict):
            keys = [k for k in first if all(k in v for v in values)]
            return {k: merge([v[k] for v in values]) for k in keys}
        return first

    merged: dict[str, Any] = merge(results)
    merged["runs"] = len(results)
    return merged


def rows_from_ui(ui: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    runs = ui.get("runs", 1)
    for key, title in (("list_contacts", "contacts"), ("list_conversations", "conversation log")):
        info = ui.get(key, {})
        target = f"< {FIRST_PAGE_MS:.0f} ms"
        if not info.get("available"):
            rows.append(Row("3 lists", f"{title}: first page shown", None, "ms", target, NA))
            continue
        first = info.get("first_page_cpu_ms")
        rows.append(
            Row(
                "3 lists",
                f"{title}: first page shown, CPU time",
                first,
                "ms",
                target,
                _check(first, FIRST_PAGE_MS, below=True) if first is not None else "miss",
                f"median of {runs}; wall {info['first_page_ms']} ms; "
                f"{info['first_page_rows']} rows, {info['model']}; "
                f"importing the view's modules before: CPU {info.get('import_cpu_ms')} ms"
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
    for name, label in (("one_year", "one year"), ("ten_years", "ten years")):
        limit = REFLECTION_MS[name]
        # The target counts the period before too: the view complete, not its first paint.
        wall = refl.get(f"show_{name}_complete_ms", refl.get(f"show_{name}_ms"))
        value = refl.get(f"show_{name}_cpu_ms")
        how = f"median of {runs}; the period before included"
        if wall is not None:
            how += f"; wall {wall:.0f} ms"
        if f"compute_{name}_ms" in refl:
            how += f"; compute alone (panel()) {refl[f'compute_{name}_ms']:.0f} ms"
        if f"show_{name}_with_charts_ms" in refl:
            how += f"; with the charts tab {refl[f'show_{name}_with_charts_ms']:.0f} ms"
        rows.append(
            Row(
                "4 reflection",
                f"reflection panel, {label}, CPU time",
                value,
                "ms",
                f"< {limit:.0f} ms",
                _check(value, limit, below=True),
                how if value is not None else "journal.reflection not found",
                details=refl,
            )
        )
    search_ui = ui.get("search_ui", {})
    if search_ui.get("available"):
        p95 = search_ui.get("cpu_p95_ms")
        rows.append(
            Row(
                "2 search",
                "main window search per keystroke: p95, CPU time",
                p95,
                "ms",
                f"< {WINDOW_SEARCH_P95_MS:.0f} ms",
                _check(p95, WINDOW_SEARCH_P95_MS, below=True),
                f"median of {runs} runs' p95; wall p95 {search_ui['p95_ms']} ms, median "
                f"{search_ui['median_ms']} ms; via {search_ui['path']}"
                + (
                    f"; typed after the start-up reminder check "
                    f"({search_ui['waited_for_start_up_check_ms']:.0f} ms)"
                    if "waited_for_start_up_check_ms" in search_ui
                    else ""
                ),
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
            f"< {CAPTURE_OPEN_MS:.0f} ms",
            _check(value, CAPTURE_OPEN_MS, below=True),
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


def _timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn()`` in this process."""
    began, cpu_began = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - began, time.process_time() - cpu_began


def _not_slower(value: float | None, before: float) -> str:
    """pass when ``value`` is at most :data:`SLOWER` times the figure before (or none known)."""
    if value is None:
        return NA
    return _check(value, before * SLOWER) if before else "info"


def bench_exchange(journal: Path, work: Path, repeat: int) -> list[Row]:
    from kontaktbuch.store.db import close_database, open_database

    rows: list[Row] = []
    vcf = generate.write_vcards(
        generate.OUT_DIR / f"contacts-10000-g{generate.GENERATOR_VERSION}.vcf"
    )
    importer = probes.vcard_import()
    if importer is None:
        rows.append(Row("6 exchange", "import 10,000 vCards", None, "s", "", NA))
    else:
        runs: list[tuple[float, float]] = []
        for number in range(repeat):
            folder = work / f"vcard-import-{number}"
            folder.mkdir(parents=True, exist_ok=True)
            db = open_database(folder / "kontaktbuch.sqlite", backups_dir=folder / "backups")
            try:
                runs.append(_timed_cpu(lambda: importer(vcf)))
            finally:
                close_database(db)
        wall = round(statistics.median(w for w, _ in runs), 2)
        cpu = round(statistics.median(c for _, c in runs), 2)
        before = BEFORE["vcard_import_cpu_s"]
        rows.append(
            Row(
                "6 exchange",
                "import 10,000 vCards (empty journal), CPU",
                cpu,
                "s",
                f"≤ {SLOWER:.2f} × {before} s",
                _not_slower(cpu, before),
                f"median of {repeat}; wall {wall} s; {probes.describe(importer)}",
                details={"runs_wall_cpu_s": runs},
            )
        )
    export, restore = probes.archive_export(), probes.archive_restore()
    if export is None or restore is None:
        rows.append(Row("6 exchange", "archive export + restore (large)", None, "s", "", NA))
        return rows
    trips: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for number in range(repeat):
        archive = work / f"archive-{number}" / "kontaktbuch-archive"
        archive.parent.mkdir(parents=True, exist_ok=True)
        with opened_copy(journal, work, f"archive-source-{number}"):
            exported = _timed_cpu(functools.partial(export, archive))
        folder = work / f"archive-target-{number}"
        folder.mkdir(parents=True, exist_ok=True)
        db = open_database(folder / "kontaktbuch.sqlite", backups_dir=folder / "backups")
        try:
            restored = _timed_cpu(functools.partial(restore, archive))
        finally:
            close_database(db)
        trips.append((exported, restored))
        shutil.rmtree(archive.parent, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work / f"archive-source-{number}", ignore_errors=True)
    wall = round(statistics.median(e[0] + r[0] for e, r in trips), 2)
    cpu = round(statistics.median(e[1] + r[1] for e, r in trips), 2)
    export_cpu = round(statistics.median(e[1] for e, _ in trips), 2)
    restore_cpu = round(statistics.median(r[1] for _, r in trips), 2)
    before = BEFORE["archive_round_trip_cpu_s"]
    rows.append(
        Row(
            "6 exchange",
            "archive export + restore (large), CPU",
            cpu,
            "s",
            f"≤ {SLOWER:.2f} × {before} s",
            _not_slower(cpu, before),
            f"median of {repeat}; wall {wall} s; CPU export {export_cpu} s, "
            f"restore {restore_cpu} s",
            details={"runs_export_restore_wall_cpu_s": trips},
        )
    )
    return rows


# --- the figures before, measured in the same run ------------------------------------------


def before_root(commit: str = BEFORE_COMMIT) -> Path | None:
    """The code of ``commit`` (its ``kontaktbuch`` package) in ``benchmarks/out``,
    taken from this checkout's git history once; None without git or history."""
    target = generate.OUT_DIR / f"before-{commit}"
    if (target / "kontaktbuch" / "__init__.py").exists():
        return target
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "kontaktbuch"],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    import io
    import tarfile

    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    # our own history, but with the "data" filter where Python has it (3.11.4+;
    # Debian 12 ships 3.11.2)
    safe: dict[str, Any] = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(partial, **safe)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return target


def measure_before(root: Path, sections: list[str], repeat: int, work: Path) -> dict[str, float]:
    """The exchange and memory figures of the code in ``root``, measured now by this
    harness in a child process (``--app-root``), by :data:`BEFORE` key.

    Why: "within 10 % of the figures before" compares two programs; on another
    machine, or on this one under other load, a stored figure moves by more than
    that. Measured side by side in one run, both see the same machine.
    """
    out = work / "before.json"
    cmd = [sys.executable, "-m", "benchmarks.run", "--app-root", str(root), "--json", str(out)]
    cmd += ["--repeat", str(repeat), "--no-before"]
    for section in sections:
        cmd += ["--only", section]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.exists():
        failed = done.stderr[-2000:]
        print(f"   the figures before could not be measured:\n{failed}", file=sys.stderr)
        return {}
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    return {
        BEFORE_ROWS[r["label"]]: r["value"]
        for r in rows
        if r["label"] in BEFORE_ROWS and r["value"] is not None
    }


def judge_against(rows: list[Row], before: dict[str, float], commit: str) -> None:
    """Rows of :data:`BEFORE_ROWS` judged against ``before`` (same run) instead of
    the stored figures; the ratio is printed with them."""
    for row in rows:
        key = BEFORE_ROWS.get(row.label)
        if key is None or key not in before or row.value is None:
            continue
        figure = before[key]
        row.target = f"≤ {SLOWER:.2f} × {commit} ({figure} {row.unit}, same run)"
        row.status = _not_slower(row.value, figure)
        row.note = f"{row.value / figure:.2f} × before; {row.note}"
        row.details["before_same_run"] = figure


# --- the whole run ---------------------------------------------------------------------------


def bench_network(journal: Path, work: Path, quick: bool) -> list[Row]:
    """Introductions and the graph on the large journal (see ``benchmarks/network.py``)."""
    from benchmarks import network

    section = "8 network"
    with opened_copy(journal, work, "introductions"):
        info = network.measure_proposals(2 if quick else 5)
    proposals = network.median_ms(info["proposals_ms"])
    keys = info["who_offers_ms"]
    rows = [
        Row(section, "introductions: proposals (median)", proposals, "ms", "< 1000 ms",
            _check(proposals, 1000), f"{info['count']} proposals among {info['people']} people",
            details=info),
        Row(section, "… of which reading the journal", network.median_ms(info["read_ms"]),
            "ms", "", "info"),
        Row(section, "quick capture: who offers it, per keystroke (max)", max(keys), "ms",
            "< 50 ms", _check(max(keys), 50)),
    ]  # fmt: skip
    paint = network.run_subprocess("paint", copy_journal(journal, work / "graph"), _env(),
                                   APP_ROOT, 600)  # fmt: skip
    first = paint["first_paint_ms"]
    rows += [
        Row(section, "graph view: first paint", first, "ms", "< 1000 ms", _check(first, 1000),
            f"{paint['mode']}: {paint['clusters']} networks", details=paint),
        Row(section, "… one network's people", paint["network_paint_ms"], "ms", "", "info",
            f"{paint['network_people']} people"),
        Row(section, "… a contact's neighbourhood", paint["neighbourhood_paint_ms"], "ms", "",
            "info", f"{paint['neighbourhood_people']} people"),
    ]  # fmt: skip
    try:
        nx_info = network.run_subprocess(
            "networkx", copy_journal(journal, work / "networkx"), _env(), APP_ROOT, 900
        )
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        nx_info = {"available": True, "error": str(exc)[:200]}
    if nx_info.get("spring_layout_s") is not None:
        rows.append(Row(section, "networkx spring_layout (for comparison)",
                        nx_info["spring_layout_s"], "s", "", "info",
                        f"{nx_info['nodes']} nodes, {nx_info['edges']} edges",
                        details=nx_info))  # fmt: skip
    else:
        rows.append(Row(section, "networkx spring_layout (for comparison)", None, "s", "", NA,
                        "networkx is not installed" if not nx_info.get("available")
                        else nx_info.get("error", "")))  # fmt: skip
    return rows


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
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="runs of the window, exchange and memory parts; medians (default 5)",
    )
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
    parser.add_argument(
        "--no-before",
        action="store_true",
        help=f"judge import, archive and memory by stored figures, without measuring "
        f"{BEFORE_COMMIT} (the code before issue 20) in the same run",
    )
    args = parser.parse_args(argv)
    runs = args.runs or 7
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
            results = [
                _worker("ui", copy_journal(journal, work / f"ui-{n}"), args.quick)
                for n in range(args.repeat)
            ]
            ui_data.update(merge_runs(results))
            ui_data["all_runs"] = results
            return rows_from_ui(ui_data)

        if "window" in wanted:
            rows += _section("3 lists", ui_rows, "lists, reflection, quick capture (window)")
        judged = [s for s in ("exchange", "memory") if s in wanted]
        before: dict[str, float] = {}
        if judged and not args.no_before:
            root = before_root()
            if root is not None:
                print(f"… the same figures of {BEFORE_COMMIT}", file=sys.stderr, flush=True)
                before = measure_before(root, judged, args.repeat, work)
        if "exchange" in wanted:
            rows += _section(
                "6 exchange", lambda: bench_exchange(journal, work, args.repeat), "exchange"
            )

        def memory_rows() -> list[Row]:
            results = [
                _worker("memory", copy_journal(journal, work / f"memory-{n}"), args.quick)
                for n in range(args.repeat)
            ]
            mb = round(statistics.median(r["peak_rss_mb"] for r in results), 1)
            before = BEFORE["peak_rss_mb"]
            return [
                Row(
                    "7 memory",
                    "peak RSS, every view visited",
                    mb,
                    "MB",
                    f"≤ {SLOWER:.2f} × {before} MB",
                    _not_slower(mb, before),
                    f"median of {args.repeat}",
                    details={"runs": results},
                )
            ]

        if "memory" in wanted:
            rows += _section("7 memory", memory_rows, "memory")
        if "network" in wanted:
            rows += _section(
                "8 network", lambda: bench_network(journal, work, args.quick), "network"
            )
        if "sync" in wanted:
            from benchmarks.sync_bench import bench_sync

            rows += _section(
                "9 sync", lambda: bench_sync(journal, work, args.quick), "sync (Xandikos)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    judge_against(rows, before, BEFORE_COMMIT)
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
