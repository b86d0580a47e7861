"""generator.emit.calls: a call is a record (parameters by location, style sets, body) and
the group template writes it as the runtime's `_rt.Call(...)`."""

from __future__ import annotations

import ast

from generator.emit.context import Argument, CallBody
from generator.emit.view import build_view
from generator.generate import generate

SPEC = """
openapi: 3.0.3
info: {title: Calls, version: "1"}
paths:
  /things/{thing-id}:
    post:
      operationId: putThing
      tags: [things]
      parameters:
        - {name: thing-id, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: bars, in: query, style: pipeDelimited, explode: false,
           schema: {type: array, items: {type: string}}}
        - {name: "sp'aces", in: query, style: spaceDelimited, explode: false,
           schema: {type: array, items: {type: string}}}
        - {name: filter, in: query, style: deepObject,
           schema: {type: object, additionalProperties: {type: string}}}
        - {name: plain, in: query, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
      requestBody:
        content:
          application/merge-patch+json: {schema: {type: object}}
      responses:
        "204": {description: done}
  /forms:
    post:
      operationId: sendForm
      tags: [things]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {a: {type: string}}}
      responses:
        "204": {description: done}
"""


def _ops(write, load):
    view = build_view(load(write("calls.yaml", SPEC))[0], "calls_client")
    return {op.name: op for group in view.groups for op in group.operations}


def test_a_calls_parameters_are_grouped_by_location_with_their_arguments(write, load) -> None:
    call = _ops(write, load)["put_thing"].call
    assert (call.method, call.path) == ("POST", "/things/{thing-id}")
    assert call.path_params == (Argument("thing-id", "thing_id"),)
    assert [a.wire for a in call.query] == ["tags", "ids", "bars", "sp'aces", "filter", "plain"]
    assert call.headers == (Argument("X-Trace", "x_trace"),)
    assert call.cookies == (Argument("session", "session"),)


def test_only_query_containers_get_a_style_and_the_sets_are_sorted(write, load) -> None:
    call = _ops(write, load)["put_thing"].call
    assert call.exploded == ("tags",)  # form, exploded: `plain` is no container
    assert call.deep == ("filter",)
    assert call.delimiters == (("bars", "|"), ("sp'aces", " "))


def test_the_body_keeps_its_content_type_unless_the_runtime_sets_it(write, load) -> None:
    ops = _ops(write, load)
    assert ops["put_thing"].call.body == CallBody(False, "json", "application/merge-patch+json")
    assert ops["send_form"].call.body == CallBody(True, "form", None)
    assert ops["send_form"].call.path_params == ()


def test_the_template_writes_the_record_as_the_runtimes_call(write) -> None:
    """Every part of the record reaches `_rt.Call(...)`, spec text as literals; an optional
    body is sent only when given."""
    group = generate(write("calls.yaml", SPEC), "calls_client").files[
        "calls_client/resources/things.py"]
    calls = [node.value for node in ast.walk(ast.parse(group)) if isinstance(node, ast.Assign)
             and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "call"]
    put, form = calls
    assert isinstance(put, ast.Call)
    assert [ast.literal_eval(a) for a in put.args[:2]] == ["POST", "/things/{thing-id}"]
    keywords = {k.arg: ast.unparse(k.value) for k in put.keywords}
    assert keywords == {
        "path_params": "{'thing-id': thing_id}",
        "query": "{'tags': tags, 'ids': ids, 'bars': bars, \"sp'aces\": sp_aces, "
                 "'filter': filter, 'plain': plain}",
        "exploded": "frozenset({'tags'})", "deep": "frozenset({'filter'})",
        "delimiters": "{'bars': '|', \"sp'aces\": ' '}",
        "headers": "{'X-Trace': x_trace}", "cookies": "{'session': session}",
        "body": "_rt.UNSET if body is None else body", "body_kind": "'json'",
        "content_type": "'application/merge-patch+json'", "options": "options"}
    assert isinstance(form, ast.Call)
    assert {k.arg: ast.unparse(k.value) for k in form.keywords} == {
        "body": "body", "body_kind": "'form'", "options": "options"}
