"""Code a user writes from the contract alone, checked by mypy --strict and pyright.

`consumer/uses_clients.py` must pass both with no casts or ignores; every line of
`consumer/misuses.py` marked `# misuse` must be reported by both, and no other line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CONSUMER = Path(__file__).resolve().parent
REPO = CONSUMER.parents[1]
PACKAGE_ROOTS = [REPO / "generated" / "opal_client", REPO / "generated" / "oracle_ag_client"]


def _mypy(path: Path) -> set[int]:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(map(str, PACKAGE_ROOTS))}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
         os.devnull, path.name], cwd=path.parent, capture_output=True, text=True, env=env,
        timeout=600)
    assert "error: " in done.stdout or done.returncode == 0, done.stdout + done.stderr
    return {int(line.split(":")[1]) for line in done.stdout.splitlines()
            if line.startswith(path.name + ":") and ": error:" in line}


def _pyright(path: Path, tmp_path: Path) -> set[int]:
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(p) for p in PACKAGE_ROOTS],
                                  "typeCheckingMode": "strict",
                                  "pythonVersion": "3.11"}), encoding="utf-8")
    pyright = Path(sys.executable).parent / "pyright"
    done = subprocess.run([str(pyright), "--outputjson", "--pythonpath", sys.executable,
                           "-p", str(config), str(path)],
                          capture_output=True, text=True, timeout=600)
    report = json.loads(done.stdout)
    return {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"]
            if d["severity"] == "error"}


def _marked(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines, 1) if line.rstrip().endswith("# misuse")}


def test_the_users_script_passes_mypy_strict() -> None:
    assert _mypy(CONSUMER / "uses_clients.py") == set()


def test_the_users_script_passes_pyright_strict(tmp_path: Path) -> None:
    assert _pyright(CONSUMER / "uses_clients.py", tmp_path) == set()


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_each_misuse_is_reported(checker: str, tmp_path: Path) -> None:
    path = CONSUMER / "misuses.py"
    reported = _mypy(path) if checker == "mypy" else _pyright(path, tmp_path)
    assert reported == _marked(path)
