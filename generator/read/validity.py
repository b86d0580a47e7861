"""Whether a spec is valid, decided once: by a record, by the cache, or by the validator.

The verdict is a list of findings (metaschema.py places each at the value at fault): errors
stop generation, warnings are reported and kept (a validator that fails inside itself is
one), so a run that reuses a verdict reports exactly the warnings a fresh one would.

openapi-spec-validator is the slowest step left (seconds for a large 3.1 document) and its
verdict only decides whether the output is kept, so for a large spec it runs in a child
process beside the rest of the pipeline and generate() waits for it before returning
anything. A spec known valid (the same texts, the same validator) is never validated twice:
the record beside the output or the content-addressed cache says so.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from generator import cache
from generator.diagnostics import Sink, SpecError
from generator.read.finding import Finding, validator_of
from generator.read.loader import Document
from generator.read.refs import Resolver

# below this much spec text, a child process costs more than it saves
BACKGROUND_MIN_CHARS = 200_000

# a finding as stored: (severity, code, message, index of its file, pointer, line)
Stored = tuple[str, str, str, int, str, "int | None"]


# part of the cache key of stored findings: change it when what becomes a finding changes
RULES_VERSION = "8"


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
    return f"{dist} {importlib.metadata.version(dist)} {validator_of(version)} ({backend}) " \
        f"rules {RULES_VERSION}"


def spec_digest(document: Document, resolver: Resolver) -> str:
    """sha256 over the root's name, the overlays applied to it and the text of every file of
    the spec, root first."""
    return cache.key_of(document.path.name.encode(),
                        *([document.applied.encode()] if document.applied else []),
                        *(doc.text.encode("utf-8") for doc in resolver.documents()))


def run_validator(document: Document, version: str, resolver: Resolver) -> list[Finding]:
    """Findings with the fast meta-schema check; a spec with errors is checked again with
    the precise one, so each error points at the offending value."""
    found: list[Finding] = []
    try:
        found = _findings(document, version, resolver, precise=False)
        if any(f.severity == "error" for f in found):
            found = _findings(document, version, resolver, precise=True)
        return [_models_only(f) for f in found if not _about_version(f)]
    except RecursionError:  # it recurses on some discriminated oneOf/allOf cycles
        why = "the validator recursed on a schema cycle"
    except Exception as exc:  # the validator itself can fail on odd input
        text = str(exc).splitlines()[0][:200] if str(exc) else ""
        why = f"{type(exc).__name__}: {text}".rstrip(": ")
    # the fast check's errors stand: only a check that found nothing wrong can go unfinished
    errors = [_models_only(f) for f in found if f.severity == "error" and not _about_version(f)]
    return errors or [_unfinished(why, document.name)]


def _unfinished(why: str, file: str) -> Finding:
    """A validator that fails inside itself says nothing about the spec: the reader still
    refuses what it cannot read, so generation goes on, warned that the check is missing."""
    return Finding("warning", "validation-unfinished", f"validation could not finish ({why}); "
                   "generated without that check", file, "#", None)


def _about_version(finding: Finding) -> bool:
    """The `openapi` field missing or written otherwise: model/resolve.py read the version
    the document means, and said so."""
    return finding.pointer == "#/openapi" or finding.pointer == "#" \
        and finding.message == "'openapi' is a required property"


_MISSING_PARTS = {f"'{part}' is a required property": part for part in ("info", "paths")}


def _models_only(finding: Finding) -> Finding:
    """A document without `info` or `paths` (models only, common in the wild) generates."""
    part = _MISSING_PARTS.get(finding.message) if finding.pointer == "#" else None
    if part is None:
        return finding
    return Finding("warning", f"missing-{part}", f"{finding.message}; generated without it",
                   finding.file, finding.pointer, finding.line)


def _findings(document: Document, version: str, resolver: Resolver,
              precise: bool) -> list[Finding]:
    # imported here, not above: it imports the validator (a third of a second), which a
    # verdict read from a record or the cache never needs
    from generator.read.metaschema import findings, seeing_views, validator_for

    # the validator cannot follow `#anchor` refs: it sees them as the pointers they resolve to
    views = resolver.pointer_views()
    kind = validator_for(version, precise)
    validator = (seeing_views(kind, views) if views else kind)(
        views.get(document.path.resolve(), document.data),
        base_uri=document.path.resolve().as_uri())
    return findings(validator, resolver)


def store(found: list[Finding], resolver: Resolver) -> list[Stored] | None:
    """Findings with each file named by its place among the spec's files (which may be
    anywhere on disk next time); None when one names a file outside the spec."""
    documents = [doc.name for doc in resolver.documents()]
    if not all(f.file in documents for f in found):
        return None
    return [(f.severity, f.code, f.message, documents.index(f.file), f.pointer, f.line)
            for f in found]


def restore(stored: Any, resolver: Resolver) -> list[Finding] | None:
    documents = [doc.name for doc in resolver.documents()]
    try:
        return [Finding(severity, code, message, documents[index], ptr, line)
                for severity, code, message, index, ptr, line in stored]
    except (ValueError, TypeError, IndexError):
        return None


def _child(connection: Connection, document: Document, version: str,
           resolver: Resolver) -> None:
    try:
        connection.send(run_validator(document, version, resolver))
    finally:
        connection.close()


class Validation:
    """The validation step of one generate() call.

    `start` is what load_api calls at its validation step; `finish` waits for a verdict
    still running in the background and raises SpecError if the spec is invalid.
    `proven(spec_digest, validator_id)` gives the stored warnings of a record that proves
    the spec valid (None: it proves nothing); `kept` is what the next record stores;
    `use_cache` off (as for `check --full`) ignores the cache. `source` tells where the
    verdict came from: "record", "cache" or "validator".
    """

    def __init__(self, proven: Callable[[str, str], list[Any] | None] | None = None,
                 use_cache: bool = True, background: bool = True) -> None:
        self.proven = proven
        self.use_cache = use_cache
        self.background = background
        self.source = ""
        self.spec = ""
        self.validator = ""
        self.kept: list[Stored] = []
        self._pending: tuple[BaseProcess, Connection, Resolver, str] | None = None
        self._resolver: Resolver | None = None

    def files(self) -> list[Path] | None:
        """Every file of the spec read so far (all of them once the spec is resolved); None
        when one was reached through a symbolic link or a `..`."""
        if self._resolver is None or not self._resolver.plain:
            return None
        return [doc.path for doc in self._resolver.documents()]

    def start(self, document: Document, version: str, sink: Sink, resolver: Resolver) -> None:
        self._resolver = resolver
        self.spec, self.validator = spec_digest(document, resolver), validator_id(version)
        key = cache.key_of(f"{self.validator} {document.path.name}".encode(),
                           self.spec.encode())
        stored = self.proven(self.spec, self.validator) \
            if not sink.errors and self.proven else None
        if stored is not None and self._replay(stored, resolver, sink):
            self.source = "record"
            return
        cached = cache.lookup("valid", key) if not sink.errors and self.use_cache else None
        if cached is not None and self._replay(json.loads(cached), resolver, sink):
            self.source = "cache"
            return
        self.source = "validator"
        size = sum(len(doc.text) for doc in resolver.documents())
        if self.background and not sink.errors and size >= BACKGROUND_MIN_CHARS:
            sys.stdout.flush()  # a forked child must not write the parent's buffers again
            sys.stderr.flush()
            context: Any = multiprocessing.get_context(
                "fork" if sys.platform == "linux" else "spawn")
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(send, document, version, resolver),
                                      daemon=True)
            process.start()
            send.close()
            self._pending = (process, receive, resolver, key)
            return
        self._report(run_validator(document, version, resolver), resolver, sink, key)

    def finish(self, sink: Sink) -> None:
        """Wait for a verdict still running; SpecError when the spec is invalid."""
        if self._pending is None:
            return
        process, receive, resolver, key = self._pending
        self._pending = None
        try:
            found: list[Finding] = receive.recv()
        except EOFError:
            process.join()
            root = next(iter(resolver.documents()))
            found = [_unfinished(f"the validator's process ended with exit code "
                                 f"{process.exitcode}", root.name)]
            key = ""  # it may not end so next time: nothing cached
        finally:
            receive.close()
            process.join()
        self._report(found, resolver, sink, key)

    def cancel(self) -> None:
        """Stop a validation still running (generation was interrupted)."""
        if self._pending is not None:
            process, receive, _, _ = self._pending
            self._pending = None
            process.terminate()
            process.join()
            receive.close()

    def _replay(self, stored: Any, resolver: Resolver, sink: Sink) -> bool:
        """Report stored findings as a fresh run would; False when they cannot be read."""
        found = restore(stored, resolver)
        if found is None or any(f.severity == "error" for f in found):
            return False
        self._add(found, sink)
        self.kept = store(found, resolver) or []
        return True

    def _report(self, found: list[Finding], resolver: Resolver, sink: Sink, key: str) -> None:
        self._add(found, sink)
        if sink.errors:
            raise SpecError(sink.errors)
        kept = store(found, resolver)
        if kept is not None:
            self.kept = kept
            if key:
                cache.store("valid", key, json.dumps(kept))

    @staticmethod
    def _add(found: list[Finding], sink: Sink) -> None:
        for finding in found:
            add = sink.error if finding.severity == "error" else sink.warn
            add(finding.code, finding.message, finding.file, finding.pointer, finding.line)
