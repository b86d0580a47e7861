"""The benchmark suite (benchmarks/, issue 5) still runs: each of our own benchmark functions
once, on tiny inputs. Nothing is installed (the peers are only in benchmarks/.venv-bench),
nothing is compared with a time limit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for _path in (ROOT, ROOT / "generated" / "opal_client"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks import common, decoding, fanout, percall, synth  # noqa: E402
from benchmarks.run import Row, table  # noqa: E402
from benchmarks.server import Server  # noqa: E402

TINY_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/pets/{pet_id}": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [{"name": "pet_id", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "responses": {"200": {"description": "a pet", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Pet"}}}}},
            }
        }
    },
    "components": {"schemas": {
        "Pet": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}}},
        "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
    }},
}


@pytest.fixture(scope="module")
def opal_spec() -> dict:
    return synth.load_spec()


def test_synthetic_1x_spec_has_the_opal_operations(opal_spec: dict, tmp_path: Path) -> None:
    operations = synth.count_operations(opal_spec)
    assert operations > 100
    one = synth.build(opal_spec, 1)
    assert synth.count_operations(one) == operations
    assert one["components"]["schemas"].keys() == opal_spec["components"]["schemas"].keys()
    written = synth.write(one, tmp_path / "opal-1x.yaml")
    assert synth.count_operations(synth.load_spec(written)) == operations


def test_synthetic_copies_are_renamed_and_their_refs_rewritten(opal_spec: dict) -> None:
    three = synth.build(opal_spec, 3)
    operations = synth.count_operations(opal_spec)
    assert synth.count_operations(three) == 3 * operations
    assert len(three["components"]["schemas"]) == 3 * len(opal_spec["components"]["schemas"])
    ids = [op["operationId"] for item in three["paths"].values()
           for method, op in item.items() if method in synth.METHODS]
    assert len(ids) == len(set(ids)) == 3 * operations
    assert synth.refs_resolve(three) == []
    copy = three["paths"]["/syn2/requests"]["get"]
    assert copy["operationId"] == "getRequestsSyn2"
    ok = copy["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/RequestListSyn2"}


def test_generation_command_runs_once_on_a_tiny_synthetic_spec(tmp_path: Path) -> None:
    spec = synth.write(synth.build(TINY_SPEC, 2), tmp_path / "tiny-2x.yaml")
    env = common.clean_env()
    env["CLIENTGEN_CACHE_DIR"] = ""
    out = tmp_path / "out"
    timing = common.time_process(
        "tiny", common.our_clientgen() + ["--quiet", "generate", str(spec), "--out", str(out),
                                          "--package", "tiny_client"],
        runs=1, env=env, timer="builtin", want_rss=True)
    assert timing.ok, timing.error
    assert len(timing.times) == 1 and timing.rss_kb[0] > 0
    assert (out / "tiny_client" / "models" / "__init__.py").exists()
    models = "".join(p.read_text() for p in sorted((out / "tiny_client" / "models").glob("*.py")))
    assert "class PetSyn1" in models and "class OwnerSyn1" in models


def test_whole_process_timer_reports_failures() -> None:
    timing = common.time_process("fails", [sys.executable, "-c", "raise SystemExit(3)"],
                                 runs=2, timer="builtin")
    assert not timing.ok and timing.error.startswith("exit 3")


def test_import_benchmark_command_runs_once() -> None:
    env = common.clean_env(None, [ROOT / "generated" / "opal_client"])
    timing = common.time_process("import", [sys.executable, "-c", "import opal_client"],
                                 runs=1, env=env, timer="builtin")
    assert timing.ok, timing.error


def test_decoding_ours_decodes_ten_requests() -> None:
    from opal_client import models

    data = decoding.make_page(10)
    page = decoding.decode_ours(data)
    assert isinstance(page, models.RequestList)
    assert len(page.requests) == 10
    assert all(isinstance(r, models.Request) for r in page.requests)
    wire = json.loads(data)["requests"]
    with_comments = [i for i, r in enumerate(wire) if r["request_comments"]]
    assert with_comments  # the page has comments, kept as fields the spec does not declare
    kept = page.requests[with_comments[0]].additional_properties["request_comments"]
    assert kept == wire[with_comments[0]]["request_comments"]
    assert page.requests[0].reviewer_stages and page.requests[0].requested_items_list


def test_encoding_ours_gives_the_wire_body() -> None:
    body = decoding.make_create_request_body()
    encode = decoding.ours_encoder(body)
    assert json.loads(encode()) == body


def test_decoding_run_measures_ours_once() -> None:
    results = decoding.run(10, None, None, repeats=1, min_time=0.0)
    assert results["decode"]["ours"]["median_s"] > 0
    assert results["decode"]["json.loads"]["median_s"] > 0
    assert results["encode"]["ours"]["median_s"] > 0


def test_per_call_benchmark_runs_both_clients_once() -> None:
    with Server(max_seconds=60) as base_url:
        _, user, _ = percall.ours_calls(base_url, 3)
        assert type(user).__name__ == "User"
        assert str(user.user_id) == str(percall.USER_ID)
        _, body, _ = percall.bare_calls(base_url, 3)
        assert body["email"] == "john.doe@company.dev"
        results = percall.run(base_url, calls=5, repeats=1, warmup=1)
    assert results["ours"]["result_type"] == "User" and results["ratio"] > 0


def test_decoding_run_measures_strict_decoding_and_cpu_time() -> None:
    results = decoding.run(10, None, None, repeats=1, min_time=0.0)
    assert results["decode"]["ours (strict)"]["cpu_median_s"] > 0


def test_fan_out_benchmark_runs_both_clients_in_processes_of_their_own() -> None:
    with Server(max_seconds=60) as base_url:
        ours = fanout.run_process("ours", base_url, 6, 3, 1, _env_with_opal())
        bare = fanout.run_process("httpx", base_url, 6, 3, 1, _env_with_opal())
    assert ours["result_type"] == "User" and bare["result_type"] == "dict"
    assert ours["rss_mb"] > 0 and bare["wall_s"] > 0


def _env_with_opal() -> dict[str, str]:
    import os

    paths = [str(common.ROOT), str(common.OPAL_PACKAGE)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def test_table_has_ratio_goal_and_verdict() -> None:
    rows = [Row("5. import", "python -c \"import opal_client\"", 0.12, "python -c \"import httpx\"",
                0.10, goal=1.3),
            Row("x", "a", 2.0, "b", 1.0, goal=1.5),
            Row("y", "a", None, "b", 1.0, goal=2.0, ours_error="boom")]
    text = table(rows)
    assert "1.20x" in text and "≤ 1.3x" in text and "| yes |" in text
    assert "| no |" in text and "failed: boom" in text and "n/a" in text


def test_the_hostile_input_benchmark_runs(capsys) -> None:
    from benchmarks import hostile

    assert hostile.main(["--runs", "1"]) == 0
    assert "alias bomb" in capsys.readouterr().out


def test_start_up_figures_come_back_for_every_command() -> None:
    from benchmarks import cli_start

    figures = cli_start.measure_start(runs=1)
    assert {"clientgen --version", "clientgen --help", "clientgen check --help"} <= set(figures)
    assert all(f.wall and f.cpu and not f.error for f in figures.values()), figures
    assert "clientgen --version" in cli_start.report(
        {"start": figures, "check": {}, "ratios": {}, "load": ("", "")})


def test_the_big_spec_benchmark_runs_once_without_the_peer() -> None:
    from benchmarks import bigspec

    figures = bigspec.measure(copies=1, runs=1, peer=False, log=lambda text: None)
    assert figures.peer is None and figures.operations > 100
    assert figures.ours.times and figures.ours.rss_mb and figures.ours.cpu, figures.ours.error
    assert "ours:" in bigspec.report(figures)
