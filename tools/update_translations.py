"""Keep the Qt Linguist files in ``resources/i18n`` in step with the source.

    python tools/update_translations.py            # lupdate, fill English, report
    python tools/update_translations.py --merge A.ts B.ts   # take translations from
                                                   # other copies (e.g. both sides of a merge)
    python tools/update_translations.py --add de.json   # German texts from a JSON list
    python tools/update_translations.py --check    # exit 1 if anything is missing

English is the source language: its file holds each source text as its own
translation (with the singular and plural forms for "%n …(s)" texts), so a
missing English entry is as visible as a missing German one. German is
translated by people, in Qt Linguist or in the file itself.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("de", "en")

Key = tuple[str, str, str]  # context, source, comment


def require_current_lupdate() -> None:
    """Older lupdate (PySide6 < 6.12) misses texts and plural forms in
    ``QCoreApplication.translate(…, n)``: regenerating with it would lose them."""
    import PySide6

    if PySide6.__version_info__[:2] < (6, 12):
        sys.exit(
            "tools/update_translations.py needs PySide6 >= 6.12 (its lupdate understands "
            "plural forms in translate()); run it with Python >= 3.12."
        )


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "kontaktbuch").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(targets: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources()), encoding="utf-8")
        cmd = [lupdate(), f"@{listing}", "-no-obsolete", "-locations", "none", "-ts"]
        cmd += [str(t) for t in targets]
        subprocess.run(cmd, check=True, capture_output=True)


def _key(context: ET.Element, message: ET.Element) -> Key:
    name = context.findtext("name") or ""
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return name, source, comment


def read_translations(path: Path) -> dict[Key, list[str]]:
    """Finished translations of a .ts file (numerus forms as several strings)."""
    found: dict[Key, list[str]] = {}
    try:
        tree = ET.parse(path)
    except (ET.ParseError, OSError):
        return found
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            values = forms if forms else [tr.text or ""]
            if any(values):
                found[_key(context, message)] = values
    return found


def english_forms(source: str, numerus: bool) -> list[str]:
    if not numerus:
        return [source]
    singular = re.sub(r"\((e?s)\)", "", source)
    singular = singular.replace("(ies)", "y")
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def fill(path: Path, lang: str, extra: dict[Key, list[str]]) -> tuple[int, list[Key]]:
    """Fill unfinished entries from ``extra`` (and English from the source)."""
    tree = ET.parse(path)
    filled = 0
    missing: list[Key] = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") != "unfinished":
                continue
            key = _key(context, message)
            numerus = message.get("numerus") == "yes"
            values = extra.get(key)
            if values is None and lang == "en":
                values = english_forms(key[1], numerus)
            if not values:
                missing.append(key)
                continue
            tr.attrib.pop("type", None)
            if numerus:
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for value in values:
                    ET.SubElement(tr, "numerusform").text = value
            else:
                tr.text = values[0]
            filled += 1
    _write(tree, path)
    return filled, missing


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def all_keys(path: Path) -> set[Key]:
    tree = ET.parse(path)
    return {
        _key(context, message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def unfinished(path: Path) -> list[Key]:
    tree = ET.parse(path)
    return [
        _key(context, message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") in ("unfinished", "obsolete", "vanished")
    ]


PLACEHOLDER = re.compile(r"%[1-9]")


def wrong_placeholders(path: Path) -> list[tuple[Key, str]]:
    """Finished translations that lose or invent a ``%1``-style placeholder.

    The code fills them with ``.replace("%1", …)``; a translation without one
    silently drops the name or number the user should see.
    """
    wrong: list[tuple[Key, str]] = []
    for key, forms in read_translations(path).items():
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append((key, form))
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", nargs="*", default=[], type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--add",
        nargs="*",
        default=[],
        type=Path,
        help="JSON files of German translations: [[context, source, text or [forms]], …]",
    )
    args = parser.parse_args(argv)
    require_current_lupdate()
    targets = [I18N / f"kontaktbuch_{lang}.ts" for lang in LANGS]
    extra: dict[str, dict[Key, list[str]]] = {lang: {} for lang in LANGS}
    for lang, target in zip(LANGS, targets, strict=True):
        extra[lang].update(read_translations(target))
    for other in args.merge:
        guess = "de" if "_de" in other.name or other.name.endswith("de.ts") else None
        if guess is None:
            tree_lang = ET.parse(other).getroot().get("language", "")
            guess = "de" if tree_lang.startswith("de") else "en"
        extra[guess].update(read_translations(other))
    for added in args.add:
        for context, source, text in json.loads(added.read_text(encoding="utf-8")):
            extra["de"][(context, source, "")] = text if isinstance(text, list) else [text]
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = [Path(tmp) / t.name for t in targets]
            for target, copy in zip(targets, copies, strict=True):
                shutil.copy(target, copy)
            run_lupdate(copies)
            problems = 0
            for lang, target, copy in zip(LANGS, targets, copies, strict=True):
                # Take over the file's own finished translations (and English from
                # the source) so that only texts really missing are reported:
                # lupdate before 6.12 does not see plural forms in
                # QCoreApplication.translate(..., n) and would mark them unfinished.
                fill(copy, lang, extra[lang])
                left = unfinished(copy)
                stale = read_translations(target).keys() - read_translations(copy).keys()
                for key in left:
                    print(f"{target.name}: untranslated: [{key[0]}] {key[1]!r}")
                for key in stale:
                    print(f"{target.name}: obsolete: [{key[0]}] {key[1]!r}")
                bad = wrong_placeholders(target)
                for key, form in bad:
                    print(f"{target.name}: placeholders differ: [{key[0]}] {key[1]!r} -> {form!r}")
                problems += len(bad)
                if all_keys(target) != all_keys(copy):
                    print(f"{target.name}: not up to date; run tools/update_translations.py")
                    problems += 1
                problems += len(left) + len(stale)
            return 1 if problems else 0
    for lang, target in zip(LANGS, targets, strict=True):
        if not target.exists():
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}_{"DE" if lang == "de" else "GB"}" '
                'sourcelanguage="en_GB"></TS>\n',
                encoding="utf-8",
            )
    run_lupdate(targets)
    for lang, target in zip(LANGS, targets, strict=True):
        filled, missing = fill(target, lang, extra[lang])
        print(f"{target.name}: {filled} filled, {len(missing)} untranslated")
        for key in missing[:200]:
            print(f"  [{key[0]}] {key[1]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
