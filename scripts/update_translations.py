"""Refresh the interface translations: lupdate over advisor/ui, then lrelease.

    python scripts/update_translations.py            # every resources/translations/advisor_*.ts
    python scripts/update_translations.py hi         # one language (creates its .ts if needed)

``pyside6-lupdate`` reads every ``advisor/ui/**/*.py`` and merges new strings into
``resources/translations/advisor_<lang>.ts`` (translations already made are kept;
strings no longer in the code are dropped). Two kinds of call it cannot see are found
here with Python's ``ast`` and handed to it as a generated file of
``QCoreApplication.translate("Context", "text")`` lines:

- module helpers ``def _tr(text): return QCoreApplication.translate("ctx", text)``
  called as ``_tr("...")``;
- ``self.tr("...")`` inside f-strings (context: the enclosing class).

Then ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. New
strings are left unfinished in the ``.ts``: translate them (Qt Linguist:
``pyside6-linguist resources/translations/advisor_hi.ts``, or edit the XML) and run the
script again. ``tests/ui/shell/test_i18n.py`` fails while any string is untranslated.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "advisor" / "ui"
FOLDER = ROOT / "resources" / "translations"

# Qt's own texts that appear in our windows. Qt ships no Hindi translation of them
# (no qtbase_hi.qm), so they are translated in our file, under Qt's contexts: the
# standard buttons of message boxes and button boxes, and text fields' context menus.
QT_MESSAGES: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
        "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ),
    "QGnomeTheme": ("&OK", "&Save", "&Cancel", "&Close", "Close without Saving"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": (
        "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
        "Copy &Link Location",
    ),
}  # fmt: skip


def _tool(name: str) -> str:
    """A Qt tool next to this Python (the venv's bin), else on PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: error: {name} not found (pip install PySide6)")
    return found


def _translate_aliases(tree: ast.Module) -> dict[str, str]:
    """Module functions that only call ``QCoreApplication.translate("ctx", text)``."""
    aliases: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Attribute)
                and sub.func.attr == "translate"
                and sub.args
                and isinstance(sub.args[0], ast.Constant)
                and isinstance(sub.args[0].value, str)
            ):
                aliases[node.name] = sub.args[0].value
    return aliases


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def hidden_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) pairs lupdate misses in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    aliases = _translate_aliases(tree)
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, klass: str | None, in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            klass = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call) and node.args:
            text = _literal(node.args[0])
            func = node.func
            if text is not None and isinstance(func, ast.Name) and func.id in aliases:
                found.append((aliases[func.id], text))
            elif (
                text is not None
                and in_fstring
                and klass is not None
                and isinstance(func, ast.Attribute)
                and func.attr == "tr"
            ):
                found.append((klass, text))
        for child in ast.iter_child_nodes(node):
            visit(child, klass, in_fstring)

    visit(tree, None, False)
    return found


def _stub(messages: list[tuple[str, str]]) -> str:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, text in sorted(set(messages)):
        source = json.dumps(text, ensure_ascii=False)
        lines.append(f"QCoreApplication.translate({json.dumps(context)}, {source})")
    return "\n".join(lines) + "\n"


def update(languages: list[str]) -> int:
    """Run lupdate and lrelease for ``languages``; returns an exit code."""
    sources = sorted(SOURCES.rglob("*.py"))
    hidden = [m for path in sources for m in hidden_messages(path)]
    hidden += [(context, text) for context, texts in QT_MESSAGES.items() for text in texts]
    FOLDER.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "hidden_strings.py"
        stub.write_text(_stub(hidden), encoding="utf-8")
        for lang in languages:
            ts = FOLDER / f"advisor_{lang}.ts"
            command = [_tool("pyside6-lupdate"), *map(str, sources), str(stub)]
            command += ["-ts", str(ts), "-locations", "none", "-no-obsolete", "-silent"]
            command += ["-target-language", lang]
            done = subprocess.run(command, check=False)
            if done.returncode:
                return done.returncode
            qm = ts.with_suffix(".qm")
            done = subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=False
            )
            if done.returncode:
                return done.returncode
            print(f"{ts.relative_to(ROOT)}: {unfinished(ts)} untranslated; wrote {qm.name}")
    return 0


def unfinished(ts: Path) -> int:
    """How many messages of a .ts file have no finished translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    translations = [m.find("translation") for m in root.iter("message")]
    return sum(t is None or t.get("type") == "unfinished" for t in translations)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Refresh the interface translations (lupdate, then lrelease)."
    )
    parser.add_argument(
        "languages", nargs="*", metavar="LANG",
        help="language codes such as hi (default: every advisor_*.ts there is)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for code in args.languages:
        if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code):
            parser.error(f"{code!r} is not a language code such as 'hi' or 'pt_BR'")
    languages = args.languages or sorted(
        p.stem.split("_", 1)[1] for p in FOLDER.glob("advisor_*.ts")
    )
    if not languages:
        languages = ["hi"]
    return update(languages)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
