"""generator.read.openapi32: one warning, with its pointer, per use of a 3.2 keyword the
generated client does not act on; names and literal data that look like one are no use."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diagnostics import Sink, SpecError
from generator.read.openapi32 import warn_unexpressed


def _warned(data: Any) -> list[tuple[str, str]]:
    sink = Sink()
    warn_unexpressed(data, "spec.yaml", sink)
    assert all(d.severity == "warning" and d.file == "spec.yaml" for d in sink.items)
    return [(d.code, d.pointer) for d in sink.items]


def test_each_keyword_not_expressed_is_warned_where_it_is_used() -> None:
    media = {"itemSchema": {"type": "string"},
             "prefixEncoding": [{"contentType": "text/plain"}],
             "itemEncoding": {"contentType": "text/plain"}}
    data = {"$self": "https://example.com/spec", "paths": {"/a/b": {"get": {"responses": {
        "200": {"description": "ok", "content": {"text/event-stream": media}}}}}},
        "components": {"schemas": {"Pet": {"discriminator": {
            "propertyName": "kind", "defaultMapping": "#/components/schemas/Cat"}}}}}
    at = "#/paths/~1a~1b/get/responses/200/content/text~1event-stream"
    assert _warned(data) == [
        ("unsupported-3.2", "#/$self"),
        ("unsupported-3.2", f"{at}/itemSchema"),
        ("unsupported-3.2", f"{at}/prefixEncoding"),
        ("unsupported-3.2", f"{at}/itemEncoding"),
        ("unsupported-3.2", "#/components/schemas/Pet/discriminator/defaultMapping")]


def test_properties_and_schemas_named_like_the_keywords_are_not_warned() -> None:
    named = {"itemSchema": {"type": "string"}, "$self": {"type": "string"}}
    data = {"components": {"schemas": {**named, "Pet": {"type": "object",
                                                        "properties": named}}}}
    assert _warned(data) == []


def test_examples_defaults_and_extensions_holding_the_keywords_are_not_warned() -> None:
    literal = {"itemSchema": {"type": "string"}}
    data = {"components": {"schemas": {"Pet": {
        "type": "object", "example": literal, "default": literal, "x-vendor": literal}}}}
    assert _warned(data) == []


def test_a_document_without_them_has_no_warning() -> None:
    data = {"paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}}}
    assert _warned(data) == []


OPENAPI_32 = """
openapi: 3.2.0
info: {title: V, version: "1"}
paths:
  /search:
    get:
      operationId: search
      parameters:
        - name: filter
          in: querystring
          required: true
          content:
            application/x-www-form-urlencoded:
              schema:
                type: object
                properties:
                  term: {type: string}
                  limit: {type: integer}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
    query:
      operationId: querySearch
      requestBody:
        content: {application/json: {$ref: "#/components/mediaTypes/Terms"}}
      responses:
        "200":
          description: ok
          content: {application/json: {$ref: "#/components/mediaTypes/Terms"}}
    additionalOperations:
      LINK:
        operationId: linkSearch
        responses:
          "204": {description: linked}
  /events:
    get:
      operationId: events
      responses:
        "200":
          description: a stream
          content:
            text/event-stream:
              itemSchema: {type: object, properties: {data: {type: string}}}
components:
  mediaTypes:
    Terms:
      schema: {$ref: "#/components/schemas/Terms"}
  schemas:
    Terms:
      type: object
      properties: {terms: {type: array, items: {type: string}}}
"""


def test_openapi_32_keywords_not_expressed_are_warnings_with_pointers(write, load) -> None:
    _, sink = load(write("spec.yaml", OPENAPI_32))
    assert [(d.code, d.pointer) for d in sink.items if d.severity == "warning"] == [
        ("unsupported-3.2",
         "#/paths/~1events/get/responses/200/content/text~1event-stream/itemSchema")]


def test_a_32_parameter_location_is_still_validated(write, load) -> None:
    with pytest.raises(SpecError) as info:
        load(write("spec.yaml", OPENAPI_32.replace("in: querystring", "in: querystrings")))
    assert any("querystrings" in d.message for d in info.value.diagnostics)


def test_openapi_32_is_read_with_its_new_operations_and_parameters(package) -> None:
    # main: refused as "not an OpenAPI 3.0 or 3.1 document"
    import httpx

    pkg = package("v32", OPENAPI_32)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "LINK":
            return httpx.Response(204)
        if request.method == "QUERY":
            return httpx.Response(200, json={"terms": ["x"]})
        return httpx.Response(200, json=["a"])

    client = pkg.Client(base_url="http://api.test", max_retries=0,
                        http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.default.search(filter=pkg.models.SearchFilter(term="a b", limit=2)) == ["a"]
    assert seen[-1].url.query == b"term=a+b&limit=2"
    found = client.default.query_search(body=pkg.models.Terms(terms=["x"]))
    assert found == pkg.models.Terms(terms=["x"])
    assert (seen[-1].method, seen[-1].content) == ("QUERY", b'{"terms":["x"]}')
    assert client.default.link_search() is None and seen[-1].method == "LINK"
