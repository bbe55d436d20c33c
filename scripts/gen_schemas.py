"""Write the JSON Schemas of the file formats into resources/schemas/ (a developer tool).

The schemas are computed by :mod:`advisor.domain.schemas` from the pydantic models;
run this after changing a model, then commit the files. The test suite fails while they
are stale (``python -m advisor.domain.schemas --check`` says which).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advisor.domain.schemas import rendered_schemas  # noqa: E402


def main() -> int:
    """Write every schema whose text changed; print what was written."""
    folder = ROOT / "resources" / "schemas"
    folder.mkdir(parents=True, exist_ok=True)
    for filename, text in rendered_schemas().items():
        path = folder / filename
        if path.exists() and path.read_text(encoding="utf-8") == text:
            print(f"unchanged {path.relative_to(ROOT)}")
            continue
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote     {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
