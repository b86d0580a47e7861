"""Read a spec file into plain Python data, refusing input that could hang or blow up.

The loader only parses; it never follows `$ref`s (the resolver does, and only inside
the spec's own folder, or the folder above it that `--ref-root` names). Problems become
diagnostics with the file and JSON pointer.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Sink, SpecError
from generator.pointer import pointer, tokens
from generator.read.limits import MAX_BYTES, MAX_DEPTH, MAX_NODES

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Timestamp(str):
    """A YAML timestamp kept as the text it was written as (marked for a warning)."""


def _spec_loader(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """A safe loader for specs on `base`: keys are the text written, timestamps stay text,
    and only true/false are booleans (YAML 1.2), so `on:` or an enum value `no` stay strings.
    """

    class SpecLoader(base):  # type: ignore[misc]  # yaml has no stubs: `base` is Any
        yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers
                    if tag != "tag:yaml.org,2002:bool"]
            for first, resolvers in base.yaml_implicit_resolvers.items()
        }

        def construct_mapping(self, node: yaml.MappingNode,
                              deep: bool = False) -> dict[Any, Any]:
            self.flatten_mapping(node)
            mapping: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) \
                    else str(self.construct_object(key_node, deep=True))
                # a plain string is its text (what construct_object would return, the long way)
                mapping[key] = value_node.value if value_node.tag == _STR \
                    and isinstance(value_node, yaml.ScalarNode) \
                    else self.construct_object(value_node, deep=deep)
            return mapping

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            """A scalar's tag depends only on its text here (no path resolvers): a spec
            repeats a few words thousands of times, each tag is looked up once."""
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)
            known = self._tags.get((value, implicit))
            if known is None:
                known = self._tags[(value, implicit)] = super().resolve(kind, value, implicit)
            return known

        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self._tags: dict[tuple[Any, Any], Any] = {}

    SpecLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"))
    SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    return SpecLoader


_STR = "tag:yaml.org,2002:str"


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return _Timestamp(loader.construct_scalar(node))


_SpecLoader = _spec_loader(_BaseLoader)
# libyaml's C composer recurses once per level of nesting and, past some tens of thousands
# of levels, overflows the C stack and kills the process. Its parser does not recurse, so
# when a file has enough brackets to nest that deep, the depth is measured on the parser's
# events first (cheap: no objects are built) and deep input is refused before composing.
_C_SAFE_OPENINGS = 2000


def _too_deep(text: str) -> bool:
    if text.count("[") + text.count("{") < _C_SAFE_OPENINGS:
        return False  # fewer openings than levels it would take to hurt
    if _yaml_bounds_nesting():
        return False  # the composer is safe; _check_shape refuses what is deeper than ours
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return False


@functools.cache
def _yaml_bounds_nesting() -> bool:
    """Whether this PyYAML refuses deep nesting in its scanner (6.0.4 does, past 1,000 levels:
    well within the C stack), so nothing needs measuring before the composer runs."""
    try:
        yaml.compose("[" * 5000, Loader=_BaseLoader)
    except yaml.MarkedYAMLError as exc:
        return "nesting depth" in str(exc.problem)
    except yaml.YAMLError:
        return False
    return False




def _may_alias(text: str) -> bool:
    """Whether the text can hold an alias: an alias is written `*name` and refers to an
    anchor written `&name`, so a text without both characters has nothing to expand. (A
    finer guess at where an anchor may stand missed `"key":&a` in flow style.)"""
    return "&" in text and "*" in text


@dataclass(frozen=True)
class Document:
    """One parsed file: its path (for messages and relative refs) and its data."""

    path: Path
    data: Any
    text: str
    applied: str = ""  # sha256 of the overlays applied to `data` (overlay.py); "" for none


    @property
    def name(self) -> str:
        return os.path.relpath(self.path) if self.path.is_absolute() else str(self.path)


def read_document(path: Path, sink: Sink) -> Document:
    """Parse one YAML or JSON file; raise SpecError with every problem when it cannot."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            _fail(sink, "too-large", f"file is {size} bytes; the limit is {MAX_BYTES}", name)
        raw = path.read_bytes()
    except OSError as exc:
        _fail(sink, "unreadable", f"cannot read file: {exc.strerror or exc}", name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(sink, "not-utf8", f"not UTF-8 text (bad byte at offset {exc.start})", name)
    data = _parse(text, name, sink)
    _check_shape(data, name, sink)
    return Document(path=path, data=data, text=text)


def _parse(text: str, name: str, sink: Sink) -> Any:
    if text.lstrip().startswith("{"):
        try:
            return _json_forgiving_trailing_commas(text, name, sink)
        except json.JSONDecodeError as exc:
            _fail(sink, "invalid-json", f"invalid JSON: {exc.msg}", name, line=exc.lineno)
        except RecursionError:
            _fail(sink, "too-deep", "JSON nested too deeply", name)
    try:
        if _too_deep(text):
            _fail(sink, "too-deep", f"nested deeper than {MAX_DEPTH} levels", name)
        loader = _SpecLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            size = expanded_size(node) if _may_alias(text) else 0
            if size > MAX_NODES:
                _fail(sink, "too-many-nodes", f"aliases expand to more than {MAX_NODES} nodes "
                      "(YAML alias bomb?)", name)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        if "nesting depth" in str(exc.problem):  # PyYAML >= 6.0.4 bounds nesting itself
            _fail(sink, "too-deep", f"nested deeper than {MAX_DEPTH} levels", name, line=line)
        _fail(sink, "invalid-yaml", f"invalid YAML: {exc.problem or exc}", name, line=line)
    except yaml.YAMLError as exc:
        _fail(sink, "invalid-yaml", f"invalid YAML: {exc}", name)
    except RecursionError:
        _fail(sink, "too-deep", "YAML nested too deeply", name)


# past this many, a file is not JSON with a few slips in it (each costs a parse); a large
# file gets fewer, so at most about PARSE_BUDGET characters are parsed in all
MAX_TRAILING_COMMAS = 20
PARSE_BUDGET = 100_000_000


def _json_forgiving_trailing_commas(text: str, name: str, sink: Sink) -> Any:
    """JSON; a comma before `}` or `]` (JSON5 and JavaScript allow it, hand-edited specs
    have it) is read as if it were not there, with a warning each: the decoder says where
    it stopped, so a comma inside a string is never touched and nothing else is forgiven."""
    forgiven: list[int] = []
    most = max(1, min(MAX_TRAILING_COMMAS, PARSE_BUDGET // max(len(text), 1)))
    while True:
        try:
            data = json.loads(text)
            break
        except json.JSONDecodeError as exc:
            comma = text[:exc.pos].rstrip()
            if text[exc.pos:exc.pos + 1] not in ("}", "]") or not comma.endswith(",") \
                    or len(forgiven) >= most:
                raise
            at = len(comma) - 1
            forgiven.append(text.count("\n", 0, at) + 1)
            text = text[:at] + " " + text[at + 1:]  # same length: every line stays where it is
    for line in forgiven:
        sink.warn("json-trailing-comma", "a comma before `}` or `]` is not JSON; read as if "
                  "it were not there", name, "#", line)
    return data


def expanded_size(root: yaml.Node) -> int:
    """How many mappings and sequences the composed graph becomes once aliases are expanded.

    An alias is the same node object as its anchor, so each node's size is computed once
    and reused (memoised by identity): a billion-node bomb costs as much as its text.
    A node that contains itself (a recursive alias) would expand forever.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack[-1]
        if id(node) in sizes:
            stack.pop()
            continue
        children = _collections_under(node)
        pending = [c for c in children if id(c) not in sizes]
        if pending and id(node) not in open_nodes:
            open_nodes.add(id(node))
            stack.extend(pending)
            continue
        if pending:  # came back to a node still open: it contains itself
            return MAX_NODES + 1
        open_nodes.discard(id(node))
        sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), MAX_NODES + 1)
        stack.pop()
    return sizes[id(root)] if id(root) in sizes else 0


def _collections_under(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        values = [part for pair in node.value for part in pair]
    elif isinstance(node, yaml.SequenceNode):
        values = node.value
    else:
        return []
    return [v for v in values if isinstance(v, yaml.CollectionNode)]


def _check_shape(data: Any, name: str, sink: Sink) -> None:
    """Walk the tree once: bound its size and depth, turn YAML timestamps into text.

    Aliases make YAML a graph; counting every visit bounds the work of any later walk, so
    an alias bomb is refused here instead of hanging the resolver.
    """
    if not isinstance(data, dict):
        _fail(sink, "not-a-mapping", "the document is not a mapping of keys to values", name)
    visits = 0
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        visits += 1
        if visits > MAX_NODES:
            _fail(sink, "too-many-nodes", f"more than {MAX_NODES} nodes (YAML alias bomb?)", name)
        if len(path) > MAX_DEPTH:
            _fail(sink, "too-deep", f"nested deeper than {MAX_DEPTH} levels", name, pointer(*path))
        if isinstance(node, dict):
            for key in [k for k in node if not isinstance(k, str)]:
                node[_key_text(key)] = node.pop(key)
            for key, value in node.items():
                if isinstance(value, _Timestamp):
                    node[key] = str(value)
                    sink.warn("yaml-timestamp", "YAML timestamp kept as the text it was written "
                              "as", name, pointer(*path, str(key)))
                elif isinstance(value, (dict, list)):
                    stack.append((value, (*path, str(key))))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, _Timestamp):
                    node[index] = str(value)
                    sink.warn("yaml-timestamp", "YAML timestamp kept as the text it was written "
                              "as", name, pointer(*path, index))
                elif isinstance(value, (dict, list)):
                    stack.append((value, (*path, index)))


def _key_text(key: Any) -> str:
    """YAML reads `200:` as an int and `yes:` as a bool; keys are text in OpenAPI."""
    return str(key).lower() if isinstance(key, bool) else str(key)


# past this many characters, the model's warnings are not given lines: finding them re-reads
# the whole text (about a second per MB, and its node graph in memory)
MAX_LINES_TEXT = 2_000_000


class Lines:
    """Where JSON pointers' nodes start in documents' texts, found only when reporting.

    Each text is composed once, when first asked, and let go with this object: a spec with
    hundreds of findings costs one re-read, not hundreds. A text longer than `longest` is
    not composed, and its pointers have no line."""

    def __init__(self, longest: int | None = None) -> None:
        self._longest = longest
        self._nodes: dict[int, tuple[str, Any]] = {}  # id of a text: (the text, its graph)

    def of(self, document: Document, ptr: str) -> int | None:
        """The 1-based line of `ptr` in `document`, or None."""
        text = document.text
        held = self._nodes.get(id(text))
        if held is None:  # the text is held too, so its id cannot be another's
            node = None
            if self._longest is None or len(text) <= self._longest:
                try:
                    node = yaml.compose(text, Loader=_BaseLoader)
                except (yaml.YAMLError, RecursionError):
                    node = None
            held = self._nodes[id(text)] = (text, node)
        return _line_in(held[1], ptr)


def line_of(document: Document, ptr: str) -> int | None:
    """The 1-based line where a JSON pointer's node starts (one lookup: Lines for many)."""
    return Lines().of(document, ptr)


def _line_in(node: Any, ptr: str) -> int | None:
    if node is None:
        return None
    for token in tokens(ptr):
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == token), None)
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() \
                and int(token) < len(node.value):
            node = node.value[int(token)]
        else:
            node = None
        if node is None:
            return None
    return int(node.start_mark.line) + 1


def _fail(sink: Sink, code: str, message: str, name: str, ptr: str = "#",
          line: int | None = None) -> Any:
    sink.error(code, message, name, ptr, line)
    raise SpecError(sink.errors)
