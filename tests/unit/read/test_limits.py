"""generator.read.limits: the reader's bounds, one home, loadable without the reader."""

from __future__ import annotations

import subprocess
import sys

from generator.project import fetch
from generator.read import limits, loader


def test_the_loader_and_the_fetch_default_share_the_bounds() -> None:
    assert loader.MAX_BYTES == fetch.DEFAULT_MAX_BYTES == limits.MAX_BYTES
    assert (loader.MAX_NODES, loader.MAX_DEPTH) == (limits.MAX_NODES, limits.MAX_DEPTH)


def test_the_bounds_load_without_yaml() -> None:
    """The command line shows MAX_BYTES as a default: reading it must not load the reader."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, generator.project.fetch; "
         "print('yaml' in sys.modules, 'generator.read.loader' in sys.modules)"],
        capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "False"]
