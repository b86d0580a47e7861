"""generator.model.operations (through generator.model.resolve.load_api): paths and their
methods to IR operations."""

from __future__ import annotations


def test_additional_methods_that_differ_only_in_case_are_one_operation(write, load) -> None:
    """The client sends a method upper-cased, so `link` after `LINK` would be a second
    method of one name (it once replaced the first's in the naming pass)."""
    path = write("spec.yaml", """
        openapi: 3.2.0
        info: {title: Links, version: "1"}
        paths:
          /a:
            additionalOperations:
              LINK: {operationId: linkUpper, responses: {"204": {description: ok}}}
              link: {operationId: linkLower, responses: {"204": {description: ok}}}
    """)
    api, sink = load(path)
    assert [(op.method, op.operation_id) for op in api.operations] == [("LINK", "linkUpper")]
    assert [(d.code, d.pointer) for d in sink.warnings] == [
        ("bad-method", "#/paths/~1a/additionalOperations/link")]
