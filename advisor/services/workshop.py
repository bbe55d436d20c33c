"""Workshop folders: can this folder take a workshop's files? (``export-advisor check DIR``).

Used by the ``check`` command before an event and open to the window; Qt-free.
"""

from __future__ import annotations

from pathlib import Path

from advisor.storage import DocumentError
from advisor.storage.workshop import SESSION_FILE, load_session, probe_write

__all__ = ["check_workshop_dir"]


def check_workshop_dir(path: Path | str) -> tuple[bool, str]:
    """Can the workshop folder ``path`` be written?

    Returns ``(ok, message)``: the message names the folder, the event in its
    ``workshop.json`` and the participants already in it, or says exactly what to fix.
    Nothing is left behind in the folder.
    """
    folder = Path(path)
    problem = probe_write(folder)
    if problem:
        return False, f"{folder}: cannot write there: {problem}"
    try:
        session = load_session(folder)
    except DocumentError as exc:
        return False, f"{exc} (fix or delete {SESSION_FILE})"
    try:
        count = sum(
            1
            for p in folder.iterdir()
            if p.suffix.lower() == ".json" and p.name.lower() != SESSION_FILE
        )
    except OSError:
        count = 0
    event = f"'{session.event}'" if session and session.event else "no workshop.json yet"
    people = f"{count} participant file{'' if count == 1 else 's'}"
    return True, f"{folder} is writable ({event}, {people})"
