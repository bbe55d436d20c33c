"""Write the pre-parsed JSON twin of a YAML bank (``x.yaml`` -> ``x.compiled.json``).

The app reads the twin instead of parsing YAML at start-up when the twin was made from
exactly the same YAML bytes; otherwise it reads the YAML. Run after editing a bank:

    python scripts/compile_bank.py resources/banks/in-sme-export.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

from advisor.storage.banks import compile_bank_data, compiled_twin_path, load_bank
from advisor.storage.yaml_safe import safe_load_no_aliases


def main(argv: list[str]) -> int:
    """Compile each bank named on the command line (it must be valid)."""
    for name in argv or ["resources/banks/in-sme-export.yaml"]:
        path = Path(name)
        twin = compiled_twin_path(path)
        twin.unlink(missing_ok=True)
        load_bank(path)  # refuses an invalid bank before anything is written
        raw = path.read_bytes()
        data = safe_load_no_aliases(raw.decode("utf-8-sig"))
        twin.write_text(compile_bank_data(raw, data), encoding="utf-8")
        print(f"wrote {twin}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
