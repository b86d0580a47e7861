"""generator.model.pagination: the two general schemes, paging only by the spec's own config.

No API's names are built in: a spec pages by a `cursor` parameter or an `opc-next-page`
header only when its pagination config (specs/<name>/pagination.json) has that rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Sink, SpecError
from generator.model import ir
from generator.model.pagination import read_config
from generator.model.resolve import load_api
from generator.project.lock import read_lock

from ..conftest import REPO

CURSOR_RULE = {"scheme": "cursor", "param": "cursor", "token": ["next", "cursor"]}
HEADER_RULE = {"scheme": "header", "param": "page", "header": "opc-next-page", "items": "items"}


def _spec(tmp_path: Path, param: str, body: dict[str, Any],
          headers: dict[str, Any] | None = None) -> Path:
    """One GET /things taking query `param` and answering 200 with `body` (and `headers`)."""
    ok: dict[str, Any] = {"description": "ok",
                          "content": {"application/json": {"schema": body}}}
    if headers:
        ok["headers"] = {name: {"schema": {"type": "string"}} for name in headers}
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
            "paths": {"/things": {"get": {
                "operationId": "listThings",
                "parameters": [{"name": param, "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": ok}}}}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _paging(path: Path, config: dict[str, Any] | None) -> ir.Paging | None:
    (op,) = load_api(path, Sink(), config).operations
    return op.paging


def _array(items: str = "string") -> dict[str, Any]:
    return {"type": "array", "items": {"type": items}}


PAGE = {"type": "object", "properties": {"next": {"type": "string"}, "results": _array()}}


def test_a_cursor_shape_pages_only_under_a_cursor_rule(tmp_path: Path) -> None:
    path = _spec(tmp_path, "cursor", PAGE)
    expected = ir.Paging("cursor", "cursor", "results", ir.Primitive("string"),
                         token_field="next")
    assert _paging(path, None) == expected  # no config: the conventions
    assert _paging(path, {"operations": {}}) == expected  # a config without detect: the same
    assert _paging(path, {"detect": []}) is None  # detection turned off
    assert _paging(path, {"detect": [HEADER_RULE]}) is None  # a rule of the other scheme
    assert _paging(path, {"detect": [CURSOR_RULE]}) == ir.Paging(
        "cursor", "cursor", "results", ir.Primitive("string"), token_field="next")


def test_a_header_shape_pages_only_under_a_header_rule(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"items": _array("integer"), "more": _array()}}
    path = _spec(tmp_path, "page", body, headers={"opc-next-page": {}})
    assert _paging(path, None) == ir.Paging(
        "header", "page", "items", ir.Primitive("integer"), token_header="opc-next-page")
    assert _paging(path, {"detect": []}) is None
    assert _paging(path, {"detect": [CURSOR_RULE]}) is None
    assert _paging(path, {"detect": [HEADER_RULE]}) == ir.Paging(
        "header", "page", "items", ir.Primitive("integer"), token_header="opc-next-page")


def test_a_header_rule_takes_a_body_that_is_the_array_itself(tmp_path: Path) -> None:
    path = _spec(tmp_path, "page", _array(), headers={"Opc-Next-Page": {}})
    assert _paging(path, {"detect": [HEADER_RULE]}) == ir.Paging(
        "header", "page", None, ir.Primitive("string"), token_header="opc-next-page")


def test_the_schemes_take_any_names_the_config_gives(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"after": {"type": "string"}, "data": _array()}}
    cursor = _spec(tmp_path, "starting_after", body)
    rule = {"scheme": "cursor", "param": "starting_after", "token": "after"}
    assert _paging(cursor, {"detect": [rule]}) == ir.Paging(
        "cursor", "starting_after", "data", ir.Primitive("string"), token_field="after")
    header = _spec(tmp_path, "offset", _array(), headers={"X-Next-Offset": {}})
    rule = {"scheme": "header", "param": "offset", "header": "X-Next-Offset"}
    paging = _paging(header, {"detect": [rule]})
    assert paging is not None and paging.token_header == "x-next-offset"


def test_a_cursor_body_with_two_arrays_pages_only_when_the_rule_names_one(
        tmp_path: Path) -> None:
    body = {"type": "object", "properties": {
        "next": {"type": "string"}, "results": _array(), "warnings": _array()}}
    path = _spec(tmp_path, "cursor", body)
    assert _paging(path, {"detect": [CURSOR_RULE]}) is None  # which one holds the items?
    paging = _paging(path, {"detect": [{**CURSOR_RULE, "items": "results"}]})
    assert paging is not None and paging.items_field == "results"


def test_a_token_that_is_not_a_plain_string_is_no_cursor(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {
        "next": {"type": "string", "format": "uri"}, "cursor": {"type": "integer"},
        "results": _array()}}
    path = _spec(tmp_path, "cursor", body)
    paging = _paging(path, {"detect": [CURSOR_RULE]})
    assert paging is not None and paging.token_field == "next"  # a format still is a string
    del body["properties"]["next"]
    assert _paging(_spec(tmp_path, "cursor", body), {"detect": [CURSOR_RULE]}) is None


def test_an_operations_entry_wins_over_the_rules(tmp_path: Path) -> None:
    path = _spec(tmp_path, "cursor", PAGE)
    off = {"detect": [CURSOR_RULE], "operations": {"listThings": None}}
    assert _paging(path, off) is None
    named = {"operations": {"listThings": {"scheme": "cursor", "param": "cursor",
                                           "token": "next", "items": "results"}}}
    assert _paging(path, named) == ir.Paging(
        "cursor", "cursor", "results", ir.Primitive("string"), token_field="next")


@pytest.mark.parametrize(("rule", "says"), [
    ({"scheme": "pages", "param": "page"}, "detect[0]: needs \"scheme\""),
    ({"scheme": "header", "param": "page"}, "detect[0]: needs \"header\""),
    ({"scheme": "cursor", "param": "cursor", "token": []}, "detect[0]: \"token\""),
])
def test_a_bad_rule_is_one_error_naming_it(tmp_path: Path, rule: dict[str, Any],
                                           says: str) -> None:
    with pytest.raises(SpecError) as error:
        _paging(_spec(tmp_path, "cursor", PAGE), {"detect": [rule]})
    [problem] = error.value.diagnostics
    assert problem.code == "bad-pagination-config" and problem.message.startswith(says)


def test_an_operation_entry_of_the_header_scheme_names_its_header(tmp_path: Path) -> None:
    """No API's header is a default: the entry must say which header holds the token."""
    with pytest.raises(SpecError, match="listThings: needs \"header\""):
        _paging(_spec(tmp_path, "page", PAGE),
                {"operations": {"listThings": {"scheme": "header", "param": "page"}}})


def test_read_config_takes_rules_alone_and_refuses_a_detect_that_is_no_list(
        tmp_path: Path) -> None:
    config = tmp_path / "pagination.json"
    config.write_text(json.dumps({"detect": [CURSOR_RULE]}), encoding="utf-8")
    assert read_config(config) == {"detect": [CURSOR_RULE], "operations": {}}
    config.write_text(json.dumps({"detect": CURSOR_RULE}), encoding="utf-8")
    with pytest.raises(SpecError, match="expected"):
        read_config(config)


def test_each_vendored_spec_pages_by_the_rule_its_lock_entry_names() -> None:
    """Opal's cursor and Oracle's opc-next-page header are the specs' settings (each spec's
    pagination.json, named in specs/lock.json), one rule each."""
    configs = {spec.name: spec.pagination_path(REPO) for spec in read_lock(REPO)}
    rules = {name: [r["scheme"] for r in read_config(path)["detect"]]
             for name, path in configs.items() if path is not None}
    assert rules == {"opal": ["cursor"], "oracle": ["header"]}


def test_oracle_needs_its_config_only_for_what_detection_cannot_see() -> None:
    spec = REPO / "specs" / "oracle" / "oracle-access-governance.yaml"
    config = read_config(spec.parent / "pagination.json")
    bare = load_api(spec, Sink())  # the conventions alone
    configured = load_api(spec, Sink(), config)
    paged = [op for op in configured.operations if op.paging is not None]
    detected = [op for op in paged if op.operation_id not in config["operations"]]
    assert len(paged) > len(config["operations"]) and detected
    assert {op.operation_id for op in bare.operations if op.paging is not None} == {
        op.operation_id for op in detected}
    assert {op.paging.token_header for op in paged if op.paging} == {"opc-next-page"}
