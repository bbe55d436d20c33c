"""Build the one-folder desktop app for this machine (``make dist``; CI runs the same).

    python scripts/build_dist.py            # PyInstaller + the archive for this system

1. PyInstaller with ``packaging/export-advisor.spec`` into ``dist/export-advisor/`` (on
   macOS also ``dist/Export Readiness Advisor.app``);
2. the archive users download: a ``.zip`` of the folder (Linux, Windows), a ``.dmg`` of
   the ``.app`` (macOS, ``hdiutil``), and on Windows the installer when Inno Setup's
   ``iscc`` is there (``packaging/windows/export-advisor.iss``);
3. the sizes, printed and written to ``dist/dist-size.json`` (read by
   ``benchmarks/bench_dist.py``). Exit 1 when the build fails.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
FOLDER = DIST / "export-advisor"
APP = DIST / "Export Readiness Advisor.app"
SPEC = ROOT / "packaging" / "export-advisor.spec"
ISS = ROOT / "packaging" / "windows" / "export-advisor.iss"
MB = 1024 * 1024


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    import advisor

    return str(advisor.__version__)


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def _zip(folder: Path, target: Path) -> None:
    """Zip ``folder``; symbolic links (Linux, macOS) stay links, as ``unzip`` restores them."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(Path(folder.name) / path.relative_to(folder))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so that the mode below is read
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            else:
                archive.write(path, name)


def _run(args: list[str]) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, cwd=ROOT, check=True)


def build() -> dict[str, object]:
    """Build; returns what was made and its sizes."""
    shutil.rmtree(FOLDER, ignore_errors=True)
    shutil.rmtree(APP, ignore_errors=True)
    _run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)]
    )  # fmt: skip
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    name = f"export-advisor-{_version()}-{system}-{platform.machine().lower()}"
    result: dict[str, object] = {"folder": str(FOLDER), "unpacked_bytes": folder_size(FOLDER)}
    if sys.platform == "darwin":
        archive = DIST / f"{name}.dmg"
        archive.unlink(missing_ok=True)
        _run(["hdiutil", "create", "-volname", "Export Readiness Advisor", "-srcfolder",
              str(APP), "-ov", "-format", "UDZO", str(archive)])  # fmt: skip
    else:
        archive = DIST / f"{name}.zip"
        _zip(FOLDER, archive)
    result["archive"] = str(archive)
    result["archive_bytes"] = archive.stat().st_size
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        if Path(iscc).exists():
            _run([iscc, f"/DAppVersion={_version()}", f"/DSourceDir={FOLDER}",
                  f"/O{DIST}", str(ISS)])  # fmt: skip
            result["installer"] = str(DIST / f"export-advisor-{_version()}-setup.exe")
        else:
            print("Inno Setup (iscc) not found: no installer built", file=sys.stderr)
    (DIST / "dist-size.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def main() -> int:
    """Build and print the sizes."""
    os.chdir(ROOT)
    try:
        result = build()
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"build_dist: the build failed: {exc}", file=sys.stderr)
        return 1
    unpacked = int(result["unpacked_bytes"]) / MB  # type: ignore[call-overload]
    packed = int(result["archive_bytes"]) / MB  # type: ignore[call-overload]
    print(f"one-folder app: {result['folder']} ({unpacked:.1f} MB unpacked; goal < 150 MB)")
    print(f"archive: {result['archive']} ({packed:.1f} MB; goal < 70 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
