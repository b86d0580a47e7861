"""Pagination named in specs/oracle/pagination.json, and three-page runs in both schemes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.diagnostics import Sink, SpecError
from generator.generate import generate
from generator.model.pagination import read_config
from generator.model.resolve import load_api
from opal_client import Client as OpalClient
from oracle_ag_client import Client as OracleClient

ROOT = Path(__file__).resolve().parents[2]
ORACLE = ROOT / "specs" / "oracle" / "oracle-access-governance.yaml"


def test_configured_oracle_list_pages_three_times_lazily(server) -> None:
    # ListAccessBundles' response schema is a transcription gap: only the config names it
    for page, token in ((1, "p2"), (2, "p3"), (3, None)):
        server.reply(200, json={"items": [{"n": page * 10}, {"n": page * 10 + 1}]},
                     headers={"opc-next-page": token} if token else {})
    with OracleClient(token="t", base_url=server.url) as client:
        items = client.access_bundles.list_access_bundles_iter(limit=2)
        assert next(items) == {"n": 10}
        assert len(server.requests) == 1  # the next page waits until it is needed
        assert [i["n"] for i in items] == [11, 20, 21, 30, 31]
    assert [r.query.get("page") for r in server.requests] == [None, ["p2"], ["p3"]]
    assert all(r.query["limit"] == ["2"] for r in server.requests)


def test_opal_cursor_pages_three_times_and_stops_on_a_repeated_cursor(server) -> None:
    user = {"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "email": "a@b.c",
            "full_name": "A", "first_name": "A", "last_name": "B", "position": "x"}
    for cursor in ("c2", "c3", "c3"):
        server.reply(200, json={"results": [user], "next": cursor})
    with OpalClient(token="t", base_url=server.url) as client:
        users = list(client.users.get_users_iter(page_size=1))
    assert len(users) == 3
    assert [r.query.get("cursor") for r in server.requests] == [None, ["c2"], ["c3"]]


def test_config_can_turn_detection_off_and_names_unknown_operations(tmp_path: Path) -> None:
    config = tmp_path / "pagination.json"
    detect = json.loads((ORACLE.parent / "pagination.json").read_text())["detect"]
    config.write_text(json.dumps({"detect": detect,
                                  "operations": {"ListAccessRequests": None, "Nope": None}}))
    sink = Sink()
    api = load_api(ORACLE, sink, read_config(config), str(config))
    by_id = {op.operation_id: op for op in api.operations}
    assert by_id["ListAccessRequests"].paging is None
    assert by_id["ListAccessGuardrails"].paging is not None  # still detected
    assert [d.code for d in sink.warnings] == ["pagination-unknown-operation"]


def test_a_malformed_config_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "pagination.json"
    config.write_text(json.dumps({"operations": {"ListAccessBundles": {"scheme": "pages"}}}))
    with pytest.raises(SpecError) as error:
        generate(ORACLE, "oracle_ag_client", config)
    [problem] = error.value.diagnostics
    assert problem.code == "bad-pagination-config" and "ListAccessBundles" in problem.message
