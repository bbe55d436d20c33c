"""Merge a translation map {English text: translated text} into a bank YAML file.

Each one-line text ``{en: "..."}`` whose English is in the map gains ``lang: "..."``
beside it; the file's layout and comments stay as they are. Run:

    python scripts/merge_translations.py resources/banks/in-sme-export.yaml hi map.json [...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

_QUOTED = r'"(?:[^"\\]|\\.)*"'
_TEXT = re.compile(rf"\{{en: (?P<en>{_QUOTED})(?P<rest>(?:, [a-z]{{2,3}}: {_QUOTED})*)\}}")


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def merge(text: str, lang: str, mapping: dict[str, str]) -> tuple[str, int, list[str]]:
    """The YAML text with translations added; how many were added; English texts not found."""
    added = 0
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        nonlocal added
        english = yaml.safe_load(match.group("en"))
        rest = match.group("rest")
        if f", {lang}: " in rest:
            return match.group(0)
        translated = mapping.get(english)
        if not translated:
            missing.append(english)
            return match.group(0)
        added += 1
        return f"{{en: {match.group('en')}{rest}, {lang}: {_quote(translated)}}}"

    return _TEXT.sub(replace, text), added, missing


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    bank_path, lang, *maps = argv
    mapping: dict[str, str] = {}
    for path in maps:
        mapping.update(json.loads(Path(path).read_text(encoding="utf-8")))
    text = Path(bank_path).read_text(encoding="utf-8")
    merged, added, missing = merge(text, lang, mapping)
    Path(bank_path).write_text(merged, encoding="utf-8")
    print(f"added {added} {lang} texts; {len(missing)} English texts without a translation")
    for english in missing[:20]:
        print(f"  missing: {english[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
