"""The child process of the kill test (``test_kill.py``): saves a growing assessment.

Run as ``python kill_child.py DOCUMENT LOG``. It imports everything, prints ``ready``,
waits for ``go <first state>`` on stdin, then saves states first, first+1, ... forever:
each state is written with :func:`atomic_write_bytes` to DOCUMENT, then autosaved as an
untitled document with :class:`RecoveryStore` (base: ``EXPORT_ADVISOR_HOME``), and only
then ``<state> <sha256>`` is appended to LOG and fsync'd. The parent kills it with SIGKILL.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

MAX_ANSWERS = 1000


def state_bytes(index: int) -> bytes:
    """The saved bytes of state ``index``: a valid assessment that grows with the index."""
    answers = {f"q{n:04d}": {"choice": "yes"} for n in range(1 + index % MAX_ANSWERS)}
    data = {
        "format": "export-advisor/assessment",
        "schema_version": 1,
        "bank": {"id": "mini", "version": "1.0.0"},
        "created_at": "2026-11-27T10:00:00+00:00",
        "updated_at": "2026-11-27T10:00:00+00:00",
        "profile": {"company": f"Kill test state {index}"},
        "answers": answers,
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def state_of(raw: bytes) -> int:
    """The index of a state from its bytes (parsed strictly by the caller first)."""
    company = json.loads(raw)["profile"]["company"]
    return int(company.rsplit(" ", 1)[1])


def _light_imports() -> None:
    """Import the storage modules without the package ``__init__`` files.

    Those pull in pydantic and package metadata (~0.15 s per child, x200 children); the
    modules exercised (``atomic``, ``recovery``) are the same files either way.
    """
    import types

    root = Path(__file__).resolve().parents[2] / "advisor"
    for name, folder in (("advisor", root), ("advisor.storage", root / "storage")):
        if name not in sys.modules:
            module = types.ModuleType(name)
            module.__path__ = [str(folder)]
            sys.modules[name] = module


def main() -> None:
    """Save states until killed."""
    _light_imports()
    from advisor.storage.atomic import atomic_write_bytes
    from advisor.storage.recovery import RecoveryStore

    document, log = Path(sys.argv[1]), Path(sys.argv[2])
    print("ready", flush=True)
    command = sys.stdin.readline().split()
    if not command or command[0] != "go":
        return
    index = int(command[1])
    store = RecoveryStore()
    store.start_session()
    key = store.new_key()
    log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    while True:
        data = state_bytes(index)
        atomic_write_bytes(document, data)
        store.autosave(key, data, None)
        os.write(log_fd, f"{index} {hashlib.sha256(data).hexdigest()}\n".encode())
        os.fsync(log_fd)
        index += 1


if __name__ == "__main__":
    main()
