"""Whether a spec is valid, decided once: by a record, by the cache, or by the validator.

openapi-spec-validator is the slowest step left (seconds for a large 3.1 document) and its
verdict only decides whether the output is kept, so for a large spec it runs in a child
process beside the rest of the pipeline and generate() waits for it before returning
anything. A spec known valid (the same texts, the same validator) is never validated twice:
the record beside the output or the content-addressed cache says so.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import multiprocessing
import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from . import cache
from .diagnostics import Sink, SpecError, pointer
from .loader import Document, line_of
from .refs import Resolver

# below this much spec text, a child process costs more than it saves
BACKGROUND_MIN_CHARS = 200_000

# (pointer, message) per problem; or a one-line note when the validator itself failed
Outcome = tuple[list[tuple[str, str]], str | None]


def validator_of(version: str) -> str:
    """The validator class for a document version, by name (imported only when it runs)."""
    if version == "2.0":
        return "OpenAPIV2SpecValidator"
    return "OpenAPIV31SpecValidator" if version.startswith("3.1") else "OpenAPIV30SpecValidator"


def validator_id(version: str) -> str:
    """The validator's exact version, class and schema backend: what a verdict depends on.

    openapi-spec-validator checks the document against the OpenAPI meta-schema with
    jsonschema-rs when that is installed (a dependency of clientgen; several times faster
    than the pure-Python jsonschema), unless its environment variable says otherwise.
    """
    dist = "openapi-spec-validator"
    mode = os.environ.get("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "auto")
    rust = mode != "jsonschema" and importlib.util.find_spec("jsonschema_rs") is not None
    backend = f"jsonschema-rs {importlib.metadata.version('jsonschema-rs')}" if rust \
        else f"jsonschema {importlib.metadata.version('jsonschema')}"
    return f"{dist} {importlib.metadata.version(dist)} {validator_of(version)} ({backend})"


def spec_digest(document: Document, resolver: Resolver) -> str:
    """sha256 over the root's name and the text of every file of the spec, root first."""
    return cache.key_of(document.path.name.encode(),
                        *(doc.text.encode("utf-8") for doc in resolver.documents()))


def run_validator(data: Any, version: str, base_uri: str) -> Outcome:
    import openapi_spec_validator

    validator_class = getattr(openapi_spec_validator, validator_of(version))
    problems: list[tuple[str, str]] = []
    try:
        for error in validator_class(data, base_uri=base_uri).iter_errors():
            where = pointer(*getattr(error, "path", ()))
            problems.append((where, str(getattr(error, "message", error)).splitlines()[0][:300]))
    except Exception as exc:  # the validator itself can fail on odd input
        text = str(exc).splitlines()[0][:200] if str(exc) else ""
        return problems, f"validation could not finish: {type(exc).__name__}: {text}"
    return problems, None


def _child(connection: Connection, data: Any, version: str, base_uri: str) -> None:
    try:
        connection.send(run_validator(data, version, base_uri))
    finally:
        connection.close()


class Validation:
    """The validation step of one generate() call.

    `start` is what load_api calls at its validation step; `finish` waits for a verdict
    still running in the background and raises SpecError if the spec is invalid.
    `proven(spec_digest, validator_id)` says whether a record proves the spec valid;
    `use_cache` off (as for `check --full`) ignores the cache. `source` tells where the
    verdict came from: "record", "cache" or "validator".
    """

    def __init__(self, proven: Callable[[str, str], bool] | None = None,
                 use_cache: bool = True, background: bool = True) -> None:
        self.proven = proven
        self.use_cache = use_cache
        self.background = background
        self.source = ""
        self.spec = ""
        self.validator = ""
        self._pending: tuple[BaseProcess, Connection, Document, str] | None = None

    def start(self, document: Document, version: str, sink: Sink, resolver: Resolver) -> None:
        self.spec, self.validator = spec_digest(document, resolver), validator_id(version)
        key = cache.key_of(f"{self.validator} {document.path.name}".encode(),
                           self.spec.encode())
        if not sink.errors and self.proven and self.proven(self.spec, self.validator):
            self.source = "record"
            return
        if not sink.errors and self.use_cache and cache.lookup("valid", key) == "valid":
            self.source = "cache"
            return
        self.source = "validator"
        base_uri = document.path.resolve().as_uri()
        size = sum(len(doc.text) for doc in resolver.documents())
        if self.background and not sink.errors and size >= BACKGROUND_MIN_CHARS:
            sys.stdout.flush()  # a forked child must not write the parent's buffers again
            sys.stderr.flush()
            context: Any = multiprocessing.get_context(
                "fork" if sys.platform == "linux" else "spawn")
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(send, document.data, version,
                                                           base_uri), daemon=True)
            process.start()
            send.close()
            self._pending = (process, receive, document, key)
            return
        self._report(run_validator(document.data, version, base_uri), document, sink, key)

    def finish(self, sink: Sink) -> None:
        """Wait for a verdict still running; SpecError when the spec is invalid."""
        if self._pending is None:
            return
        process, receive, document, key = self._pending
        self._pending = None
        try:
            outcome: Outcome = receive.recv()
        except EOFError:
            process.join()
            outcome = [], f"validation could not finish: exit code {process.exitcode}"
        finally:
            receive.close()
            process.join()
        self._report(outcome, document, sink, key)

    def cancel(self) -> None:
        """Stop a validation still running (generation was interrupted)."""
        if self._pending is not None:
            process, receive, _, _ = self._pending
            self._pending = None
            process.terminate()
            process.join()
            receive.close()

    def _report(self, outcome: Outcome, document: Document, sink: Sink, key: str) -> None:
        problems, failure = outcome
        for where, message in problems:
            sink.error("invalid-spec", message, document.name, where, line_of(document, where))
        if failure:
            sink.error("invalid-spec", failure, document.name)
        if sink.errors:
            raise SpecError(sink.errors)
        cache.store("valid", key, "valid")
