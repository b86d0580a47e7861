"""generator.emit.methods: each operation as a method; the error classes its docstring names
are the ones the runtime raises; groups in the order of their first operation."""

from __future__ import annotations

import ast

from generator.emit import methods
from generator.emit.context import PagingRule, ResponseView
from generator.emit.view import build_view
from generator.names.assign import Names

from ..conftest import RUNTIME


def _runtime_status_errors() -> dict[str, str]:
    """templates/runtime.py's `_STATUS_ERRORS`, status -> class name, read from its source."""
    for node in ast.walk(ast.parse(RUNTIME.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "_STATUS_ERRORS" for t in targets):
                assert isinstance(node.value, ast.Dict)
                return {str(ast.literal_eval(k)): ast.unparse(v)  # type: ignore[arg-type]
                        for k, v in zip(node.value.keys, node.value.values, strict=True)}
    raise AssertionError("templates/runtime.py has no _STATUS_ERRORS")


def test_the_docstrings_error_classes_are_the_ones_the_runtime_raises() -> None:
    assert methods.ERROR_CLASSES == _runtime_status_errors()


def test_error_class_of_a_server_error_default_and_unknown_status() -> None:
    assert methods.error_class("503") == methods.error_class("5XX") == "ServerError"
    assert methods.error_class("404") == "NotFoundError"
    assert methods.error_class("418") == methods.error_class("default") == "ApiError"


SPEC = """
openapi: 3.0.3
info: {title: Order, version: "1"}
paths:
  /b:
    get:
      operationId: listB
      tags: [beta]
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {$ref: "#/components/schemas/Page"}}
        "404": {description: gone}
  /a:
    get:
      operationId: getA
      tags: [alpha]
      responses:
        "200": {description: ok, content: {text/plain: {schema: {type: string}}}}
    post:
      operationId: postB
      tags: [beta]
      responses:
        "204": {description: done}
components:
  schemas:
    Page:
      type: object
      properties:
        resultList: {type: array, items: {type: string}}
        next: {type: string}
"""


def test_groups_come_in_the_order_of_their_first_operation(write, load) -> None:
    api, _ = load(write("order.yaml", SPEC))
    grouped = methods.grouped(api, Names(api))
    assert list(grouped) == ["beta", "alpha"]
    assert [names.method for _, names in grouped["beta"]] == ["list_b", "post_b"]
    view = build_view(api, "order_client")
    assert [(g.attr, [op.name for op in g.operations]) for g in view.groups] == [
        ("beta", ["list_b", "post_b"]), ("alpha", ["get_a"])]


def test_responses_and_paging_are_records(write, load) -> None:
    api, _ = load(write("order.yaml", SPEC))
    ops = {op.name: op for g in build_view(api, "order_client").groups for op in g.operations}
    ok, gone = ops["list_b"].responses
    assert (ok.status, ok.kind, gone.status, gone.codec) == ("200", "json", "404", "None")
    assert "Page" in ok.codec  # the runtime codec of the JSON body
    assert ops["get_a"].responses == (ResponseView("200", "text", "None"),)
    paging = ops["list_b"].paging
    assert paging is not None
    # the attribute as the model has it, the wire name as sent
    assert paging.paging == PagingRule("cursor", ("result_list", "resultList"),
                                       ("next", "next"), None)
    assert paging.call.query == ()  # the iterator fills the token in itself


def test_a_parameters_pattern_is_in_the_methods_docstring_as_the_spec_writes_it(write) -> None:
    """As a model field's is (test_definitions): documentation, checked by the kit or not;
    the spec's text is escaped, and a line break in it keeps the entry on one line."""
    from generator.generate import generate
    spec = write("spec.yaml", r'''
        openapi: 3.0.3
        info: {title: p, version: "1"}
        paths:
          /codes/{code}:
            get:
              operationId: getCode
              parameters:
                - {name: code, in: path, required: true, description: The  code.,
                   schema: {type: string, pattern: '^\d+"""$'}}
                - {name: tags, in: query, schema: {type: array, items: {type: string,
                   pattern: "^\\p{L}+\n$"}}}
                - {name: plain, in: query, schema: {type: string}}
              responses: {"200": {description: ok}}
        ''')
    files = generate(spec, "pat").files
    source = files["pat/resources/default.py"]
    assert 'code: The code. Matches the pattern ^\\\\d+\\"\\"\\"$\n' in source
    assert "tags: Each item matches the pattern ^\\\\p{L}+\\\\n$\n" in source
    assert "plain:\n" in source
    compile(source, "default.py", "exec")
