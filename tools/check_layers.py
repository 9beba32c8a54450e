"""Fail on any import that points up the layers, or Qt where Qt does not belong.

    python tools/check_layers.py            # exit 1 and one line per offence

The layers (docs/architecture.md), each importing only from itself and below::

    app (app.py, __main__.py)
    ui | commands          peers: neither imports the other
    text                   QtCore at most
    exchange
    journal
    store
    foundation             kontaktbuch/__init__.py, paths, settings, resources_path, autostart

Every import counts, also those inside functions (they are how a layer would
sneak upward while keeping start-up fast) and ``TYPE_CHECKING`` blocks (a type is
a dependency too). ``importlib.import_module("kontaktbuch.…")`` with a literal
name counts like an import.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "kontaktbuch"
FOUNDATION = {"", "paths", "settings", "resources_path", "autostart"}
#: rank of each layer; a module may import from ranks <= its own (peers excepted)
RANK = {
    "foundation": 0,
    "store": 1,
    "journal": 2,
    "exchange": 3,
    "text": 4,
    "ui": 5,
    "commands": 5,
    "app": 6,
}
#: layers that share a rank but must not import each other
PEERS = {("ui", "commands"), ("commands", "ui")}
#: which PySide6 modules a layer may use (None: any)
QT_ALLOWED: dict[str, frozenset[str] | None] = {
    "foundation": frozenset(),
    "store": frozenset(),
    "journal": frozenset(),
    "exchange": frozenset(),
    "text": frozenset({"PySide6.QtCore"}),
    "ui": None,
    "commands": frozenset({"PySide6.QtCore"}),
    "app": frozenset({"PySide6.QtCore"}),
}


@dataclass(frozen=True)
class Offence:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def layer_of(module: str) -> str:
    """The layer of a dotted module name below ``kontaktbuch``."""
    parts = module.split(".")
    if parts[0] != PACKAGE:
        raise ValueError(module)
    first = parts[1] if len(parts) > 1 else ""
    if first in FOUNDATION:
        return "foundation"
    if first in ("app", "__main__"):
        return "app"
    if first in RANK:
        return first
    raise ValueError(f"{module}: not in any layer (add it to tools/check_layers.py)")


def module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module an AST imports, as absolute dotted names, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            # ``from kontaktbuch import ui`` imports the module kontaktbuch.ui
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def check_file(path: Path, root: Path) -> list[Offence]:
    module = module_name(path, root)
    own = layer_of(module)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offences: list[Offence] = []
    seen: set[tuple[int, str]] = set()  # one offence per statement and target
    for line, name in imported_names(tree, module, path.name == "__init__.py"):
        top = name.split(".")[0]
        if top == "PySide6" and name.count(".") >= 1:
            allowed = QT_ALLOWED[own]
            qt_module = ".".join(name.split(".")[:2])
            if allowed is not None and qt_module not in allowed and (line, qt_module) not in seen:
                seen.add((line, qt_module))
                offences.append(Offence(path, line, f"{own} imports {qt_module}"))
            continue
        if top != PACKAGE or name == PACKAGE:
            continue
        try:
            other = layer_of(name)
        except ValueError:
            # ``from kontaktbuch.x import CONSTANT`` yields kontaktbuch.x.CONSTANT:
            # a name, not a module; its module was checked on its own.
            continue
        if (line, other) in seen:
            continue
        seen.add((line, other))
        if (own, other) in PEERS:
            offences.append(Offence(path, line, f"{own} imports its peer {other} ({name})"))
        elif RANK[other] > RANK[own]:
            offences.append(Offence(path, line, f"{own} imports upward from {other} ({name})"))
    return offences


def check_tree(root: Path) -> list[Offence]:
    """All offences below ``root`` (the folder that contains the ``kontaktbuch`` package)."""
    offences: list[Offence] = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        offences += check_file(path, root)
    return offences


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1]
    offences = check_tree(root)
    for offence in offences:
        print(offence)
    if offences:
        print(f"{len(offences)} import(s) against the layers (see tools/check_layers.py)")
        return 1
    print("layers: every import points down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
