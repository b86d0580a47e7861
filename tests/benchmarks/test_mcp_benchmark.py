"""benchmarks/mcp.py still runs: one tools/list from our server over stdio and the table, on
the checked-in Opal package (FastMCP and the synthetic spec only in the benchmark itself)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import mcp  # noqa: E402


def test_first_list_reads_our_servers_tools_list(tmp_path: Path) -> None:
    env = mcp._env(ROOT / "generated" / "opal_client", "OPAL", tmp_path / "pycache")
    seconds, size, tools = mcp.first_list(
        [sys.executable, "-m", "opal_client.mcp", "--tools", "dynamic"], env)
    assert seconds > 0 and size > 100 and tools == 3


def test_the_table_shows_every_row_and_a_failure() -> None:
    rows = [mcp.Row("opal", "ours", 1.5, 1234, 3), mcp.Row("opal", "peer", None, 0, 0, "boom")]
    text = mcp.table(rows)
    assert "| opal | ours | 1.500 | 1,234 | 3 |" in text and "failed: boom" in text
