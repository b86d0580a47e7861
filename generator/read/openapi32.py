"""What of OpenAPI 3.2 the generator reads, and a warning for what it does not express.

Read as in 3.1 (schemas are JSON Schema 2020-12), plus: `in: querystring` (operations.py:
one object sent as the whole query string), the `query` method and `additionalOperations`
(any other method), and `$ref`s to `components/mediaTypes`. The keywords below change what
a client sends or receives and are not expressed yet, so each use is a warning.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Sink
from generator.read.walk import nodes

_NOT_EXPRESSED = {
    "itemSchema": "streamed items (itemSchema) are not decoded one by one; the body is "
                  "returned as received",
    "prefixEncoding": "multipart prefixEncoding is not applied",
    "itemEncoding": "multipart itemEncoding is not applied",
    "defaultMapping": "discriminator defaultMapping is not used: an unknown value is decoded "
                      "as the first variant that fits",
    "$self": "$self is not used as the base URI: $refs resolve against the file's location",
}


def warn_unexpressed(data: Any, file: str, sink: Sink) -> None:
    """One warning per use of a 3.2 keyword the generated client does not act on."""
    for node, ptr in nodes(data):
        for key in node:
            if key in _NOT_EXPRESSED:
                sink.warn("unsupported-3.2", _NOT_EXPRESSED[key], file, f"{ptr}/{key}")
