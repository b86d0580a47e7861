"""Walk a whole OpenAPI (or Swagger 2.0) document knowing where each node stands.

A key means one thing in an object whose keys are keywords (a schema, an operation, a
media type) and another in a map whose keys are names the spec chose (`properties`,
`definitions`, `paths`, `responses`...): a property may be called `example`, `default`,
`enum`, `$ref` or `x-foo`. Walkers that skip literal data (examples, defaults, enum
values, extensions) or look for `$ref` must only do so at a keyword position, so they go
through `nodes()` instead of walking every dict alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.pointer import escape

# keywords whose value holds data written by the spec's author, never schemas or refs
DATA_KEYWORDS = frozenset({"example", "examples", "x-example", "default", "enum", "const"})
# keywords whose value (when a mapping) is keyed by names the spec chose; metaschema reads
# a validator's path with it too (a scheme called `default` is not a default value)
NAME_MAPS = frozenset({
    "properties", "patternProperties", "definitions", "$defs", "dependentSchemas",
    "paths", "webhooks", "pathItems", "responses", "parameters", "headers", "content",
    "callbacks", "links", "encoding", "schemas", "requestBodies", "securitySchemes",
    "securityDefinitions", "variables", "examples", "mapping", "scopes",
})

# name maps whose `x-` keys are extensions, not names (paths, status codes, expressions)
EXTENSIBLE_MAPS = frozenset({"paths", "responses", "callbacks"})


def nodes(data: Any, ptr: str = "#") -> Iterator[tuple[dict[str, Any], str]]:
    """Every mapping at a keyword position, with its JSON pointer, depth first in order.

    Literal data (DATA_KEYWORDS and `x-` extensions, also those beside paths, status codes
    and callback expressions) is not entered; the entries of any other name map always
    are, whatever they are called. Iterative: depth never recurses.
    """
    stack: list[tuple[Any, str, str | None]] = [(data, ptr, None)]
    while stack:
        node, here, name_map = stack.pop()
        is_name_map = name_map is not None
        if isinstance(node, list):
            stack.extend((item, f"{here}/{index}", None)
                         for index, item in reversed(list(enumerate(node))))
            continue
        if not isinstance(node, dict):
            continue
        if not is_name_map:
            yield node, here
        children: list[tuple[Any, str, str | None]] = []
        for key, value in node.items():
            if not isinstance(value, (dict, list)):
                continue
            key_text = str(key)
            extension = key_text.startswith("x-") and name_map in (None, *EXTENSIBLE_MAPS)
            if extension or (not is_name_map and key_text in DATA_KEYWORDS):
                continue
            names = key_text if not is_name_map and key_text in NAME_MAPS \
                and isinstance(value, dict) else None
            children.append((value, f"{here}/{escape(key_text)}", names))
        stack.extend(reversed(children))
