"""The wheel: built from this tree, installed in a fresh venv, run from there.

Proves that ``resources/`` ships inside the package (as ``advisor/_resources``) and that
the installed app finds its bank, schemas, examples and fonts without the source tree.
Offline: the wheel is built without build isolation (hatchling is in the test extra),
and the new venv borrows the dependencies of the running one through a ``.pth`` file
placed *after* its own site-packages, so ``advisor`` itself comes from the wheel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

CHECK = r"""
import json, sys
from pathlib import Path
import advisor
from advisor.resources import resource_path, resources_root
from advisor.storage.banks import default_bank
from advisor.domain.schemas import SCHEMAS, stale_schemas
from advisor.domain.scoring import score_assessment
from advisor.domain.planning import build_plan
from advisor.storage import load_assessment

root = resources_root()
bank = default_bank()
examples = {}
for path in sorted(resource_path("examples").glob("*.json")):
    if b"export-advisor/assessment" not in path.read_bytes():
        continue
    doc = load_assessment(path).assessment
    result = score_assessment(bank, doc)
    build_plan(bank, doc, result)
    examples[path.name] = result.score
print(json.dumps({
    "advisor": advisor.__file__,
    "version": advisor.__version__,
    "root": str(root),
    "bank": [bank.id, len(bank.questions)],
    "schemas": [str(resource_path("schemas/" + s.filename)) for s in SCHEMAS],
    "stale": stale_schemas(resource_path("schemas")),
    "examples": examples,
    "fonts": sorted(p.name for p in resource_path("fonts").iterdir() if p.is_file()),
}))
"""


def _run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this tree installed; returns its python."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, ROOT],
        cwd=tmp,
    )
    (wheel,) = dist.glob("export_advisor-*.whl")
    target = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            wheel,
        ],
        cwd=tmp,
    )
    purelib = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "zz_borrowed_dependencies.pth").write_text(
        "\n".join(sorted(deps)) + "\n", encoding="utf-8"
    )
    return python


def test_the_installed_app_finds_its_resources(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = _run([installed, "-I", "-c", CHECK], cwd=tmp_path, env=env)
    info = json.loads(done.stdout)
    venv_dir = installed.parent.parent
    assert Path(info["advisor"]).is_relative_to(venv_dir), info["advisor"]
    assert Path(info["root"]) == Path(info["advisor"]).parent / "_resources"
    assert info["version"] != "0.0.0+source"
    assert info["bank"][0] == "in-sme-export" and info["bank"][1] >= 48
    assert all(Path(p).is_relative_to(venv_dir) for p in info["schemas"])
    assert info["stale"] == []
    assert set(info["examples"]) >= {
        "first-time-textiles-eu.json",
        "growing-spices-us-uae.json",
        "mature-engineering-eu-us.json",
    }
    source_fonts = sorted(p.name for p in (ROOT / "resources" / "fonts").iterdir() if p.is_file())
    assert info["fonts"] == source_fonts


def test_the_console_script_runs(installed: Path, tmp_path: Path) -> None:
    script = installed.parent / ("export-advisor.exe" if os.name == "nt" else "export-advisor")
    assert script.exists()
    example = ROOT / "resources" / "examples" / "mature-engineering-eu-us.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = _run([script, "score", "--json", example], cwd=tmp_path, env=env)
    assert json.loads(done.stdout)["overall"]["stage"] == "export_ready"
    version = _run([installed, "-I", "-m", "advisor", "--version"], cwd=tmp_path, env=env)
    assert version.stdout.startswith("export-advisor 0.")
