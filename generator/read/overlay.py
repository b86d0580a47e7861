"""OpenAPI Overlays (1.0.0 and 1.1.0): fixes to a vendored spec, kept beside it, applied on load.

An overlay is an ordered list of actions, each an RFC 9535 JSONPath `target` and what to do
at every node it selects: `update` merges a value in, `remove` deletes the node, and `copy`
(1.1.0) merges in the one node its own JSONPath selects (read once, before anything is
written, so a node copied onto itself or its ancestor doubles its lists and stops). The merge
follows the version the overlay declares:

- both: objects merge recursively, an array property is concatenated with an array one, a
  primitive replaces a primitive, and an object or primitive value is appended to an array
  target as one entry;
- 1.1.0: an array value on an array target is concatenated with it ("MUST be an array to
  concatenate"); a primitive target takes only a primitive; a property whose kinds clash
  (object, array or primitive against another) is an error, and so are the nodes of one
  target when they are not all objects, all arrays or all primitives;
- 1.0.0: an array value on an array target is appended as one entry (1.0.0: "an entry to
  append to the array"), and a clashing property is replaced (Opal's overlays turn a `type`
  string into a list).

Overlays run in the order given, on the document as read, before anything validates it;
`extends` is ignored (the lock, or --overlay, says which spec an overlay is for). A YAML
alias is undone before the first action, so an update at one place never changes another.

Targets are evaluated by python-jsonpath in its strict (RFC 9535) mode: kept up to date,
typed, pure Python, running on 3.11 (jsonpath-rfc9535 2.x needs 3.12).

Overlay files are untrusted input like specs: read by the loader (its safe YAML loader, its
size and depth limits), and what their actions write counts against the same limits, so an
overlay that copies the document into itself cannot grow it without bound. A malformed
overlay, an invalid JSONPath or a `copy` from nothing is one error naming the file, the
action and its line. An action whose target matches nothing, or whose update or copy leaves
every node it selects as it was, is a warning (`overlay-stale`): upstream may have fixed what
it fixed.

The result remembers what each action wrote (Provenance), so that a finding inside it names
the overlay file and the action, and a finding elsewhere the vendored file and its line (an
index shifted by a removal is translated back), adding the actions that changed the node it
is reported at (a key written or removed, an entry appended or removed).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import jsonpath

from generator.diagnostics import Diagnostic, Sink, SpecError
from generator.pointer import pointer, tokens
from generator.read.limits import MAX_DEPTH, MAX_NODES
from generator.read.loader import Document, line_of, read_document

_VERSION = re.compile(r"1\.[01]\.\d+")
_TOP = ("overlay", "info", "extends", "actions")
_FIELDS = ("target", "description", "update", "remove", "copy")
_MISSING: Any = object()  # an action without `update`


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    description: str | None
    update: Any  # _MISSING when the action has none
    remove: bool
    copy: str | None
    paths: tuple[Any, ...] = field(default=(), compare=False, repr=False)  # compiled target, copy

    @property
    def summary(self) -> str:
        """`action 2 (its description's first line)`, printable characters only."""
        first = (self.description or "").strip().split("\n")[0][:80]
        first = "".join(char if char.isprintable() else "?" for char in first)
        return f"action {self.index} ({first})" if first else f"action {self.index}"


@dataclass(frozen=True)
class Overlay:
    document: Document
    version: str
    actions: tuple[Action, ...]

    @property
    def name(self) -> str:
        return self.document.name

    def line(self, ptr: str) -> int | None:
        """The line of `ptr` in the overlay, else of the nearest node above it that exists."""
        parts = tokens(ptr)
        while True:
            found = line_of(self.document, pointer(*parts))
            if found is not None or not parts:
                return found
            parts.pop()


def read_overlay(path: Path, sink: Sink) -> Overlay:
    """Parse and check one overlay file; SpecError (one line: file, action, line) if malformed."""
    document = read_document(path, sink)
    data = document.data

    def refuse(ptr: str, message: str) -> NoReturn:
        _refuse(document, ptr, message)

    version = data.get("overlay")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        refuse("#/overlay" if "overlay" in data else "#", f"not an Overlay 1.0 or 1.1 document "
               f"(overlay: {version!r})")
    for key in data:
        if key not in _TOP and not key.startswith("x-"):
            refuse(pointer(key), f"unknown field {key!r} (an overlay has overlay, info, "
                   "extends, actions and x- extensions)")
    info = data.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str) \
            or not isinstance(info.get("version"), str):
        refuse("#/info" if "info" in data else "#", "`info` must be an object with a `title` "
               "and a `version` (strings)")
    if "extends" in data:
        sink.note("overlay-extends", "`extends` ignored: specs/lock.json (or --overlay) says "
                  "which spec this overlay applies to", document.name, "#/extends")
    listed = data.get("actions")
    if not isinstance(listed, list) or not listed:
        refuse("#/actions" if "actions" in data else "#", "`actions` must be a non-empty list")
    actions = tuple(_action(document, version, index, entry)
                    for index, entry in enumerate(listed))
    return Overlay(document, version, actions)


def _action(document: Document, version: str, index: int, entry: Any) -> Action:
    def refuse(message: str, *at: str) -> NoReturn:
        _refuse(document, pointer("actions", index, *at), f"action {index}: {message}")

    if not isinstance(entry, dict):
        refuse("an action must be an object")
    for key in entry:
        if key not in _FIELDS and not key.startswith("x-"):
            refuse(f"unknown field {key!r} (an action has target, description, update, remove,"
                   " copy and x- extensions)", key)
    target = entry.get("target")
    if not isinstance(target, str) or not target.strip():
        refuse("`target` must be a JSONPath (a string)", *(("target",) if "target" in entry
                                                           else ()))
    description = entry.get("description")
    if description is not None and not isinstance(description, str):
        refuse("`description` must be a string", "description")
    remove = entry.get("remove", False)
    if not isinstance(remove, bool):
        refuse("`remove` must be true or false", "remove")
    copy = entry.get("copy")
    if copy is not None:
        if not version.startswith("1.1"):
            refuse(f"`copy` is Overlay 1.1; this overlay says {version}", "copy")
        if not isinstance(copy, str) or not copy.strip():
            refuse("`copy` must be a JSONPath (a string)", "copy")
    update = entry.get("update", _MISSING)
    if update is not _MISSING and copy is not None and not remove:
        refuse("give `update` or `copy`, not both")
    if update is _MISSING and copy is None and not remove:
        refuse("does nothing: give `update`, `copy` or `remove: true`")
    paths = (_compile(document, target, pointer("actions", index, "target"), index),
             *((_compile(document, copy, pointer("actions", index, "copy"), index),)
               if copy is not None else ()))
    return Action(index, target, description, update, remove, copy, paths)


def _compile(document: Document, text: str, where: str, index: int) -> Any:
    try:
        return jsonpath.compile(text, strict=True)
    except (jsonpath.JSONPathError, RecursionError) as exc:
        _refuse(document, where, f"action {index}: {text!r} is not an RFC 9535 JSONPath "
                f"({_first_line(exc)})")


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "args", ()) and str(exc.args[0]) or str(exc)
    return (message.splitlines() or [type(exc).__name__])[0].strip()[:200]


def _refuse(document: Document, ptr: str, message: str) -> NoReturn:
    raise SpecError([Diagnostic("error", "bad-overlay", message, document.name, ptr,
                                line_of(document, ptr))])


# -- where a value came from ----------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    """What one action wrote at a place: the overlay, the action, and where in the action."""

    overlay: Overlay
    action: Action
    at: tuple[str | int, ...]

    def deeper(self, key: str | int) -> Written:
        return self if self.at[0] == "copy" else dataclasses.replace(self, at=(*self.at, key))


class Provenance:
    """Marks on the containers of the document: for a mapping, which keys an action wrote;
    for a list, each entry's index in the document as read, or the action that wrote it.

    Keyed by identity; the containers are held too, so an id is never reused while marked.
    """

    def __init__(self) -> None:
        self._keys: dict[int, tuple[dict[str, Any], dict[str, Written]]] = {}
        self._entries: dict[int, tuple[list[Any], list[Written | int]]] = {}
        # the actions that changed a container itself: a key written or removed, an entry
        # appended or removed (a finding reported at it may be about that change)
        self._changed: dict[int, tuple[dict[str, Any] | list[Any], list[Written]]] = {}

    def wrote(self, container: dict[str, Any] | list[Any], key: str | int,
              written: Written) -> None:
        self._changed_by(container, written)
        if isinstance(container, dict):
            self._keys.setdefault(id(container), (container, {}))[1][str(key)] = written
        else:
            self._list(container)[int(key)] = written

    def appended(self, container: list[Any], written: Written) -> None:
        self._changed_by(container, written)
        self._list(container).append(written)

    def removed(self, container: dict[str, Any] | list[Any], key: str | int,
                written: Written) -> None:
        self._changed_by(container, written)
        if isinstance(container, dict):
            marks = self._keys.get(id(container))
            if marks is not None:
                marks[1].pop(str(key), None)
        else:
            del self._list(container)[int(key)]

    def _changed_by(self, container: dict[str, Any] | list[Any], written: Written) -> None:
        actions = self._changed.setdefault(id(container), (container, []))[1]
        if not any(w.overlay is written.overlay and w.action is written.action
                   for w in actions):
            actions.append(written)

    def changers(self, data: Any, ptr: str) -> list[Written]:
        """The actions that changed the node at `ptr` itself, in the order they ran."""
        node = data
        for token in tokens(ptr):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return []
        marks = self._changed.get(id(node))
        return list(marks[1]) if marks is not None and marks[0] is node else []

    def _list(self, container: list[Any]) -> list[Written | int]:
        """The list's marks, made on first change: before it, entry i was entry i as read.
        Called before the list itself changes."""
        if id(container) not in self._entries:
            self._entries[id(container)] = (container, list(range(len(container))))
        return self._entries[id(container)][1]

    def locate(self, data: Any, ptr: str) -> tuple[Written, list[str]] | str:
        """Who wrote the node at `ptr` of the document after overlays: the deepest action's
        mark on the way and the tokens below it; else `ptr` as it was in the document read."""
        node, read, found = data, [], None
        parts = tokens(ptr)
        for depth, token in enumerate(parts):
            if isinstance(node, dict):
                marks = self._keys.get(id(node))
                mark = marks[1].get(token) if marks else None
                read.append(token)
                node = node.get(token)
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                entries = self._entries.get(id(node))
                entry = entries[1][int(token)] if entries else int(token)
                mark = entry if isinstance(entry, Written) else None
                read.append(str(entry) if isinstance(entry, int) else token)
                node = node[int(token)]
            else:
                read.extend(parts[depth:])
                break
            if mark is not None:
                found = (mark, parts[depth + 1:])
        return found if found is not None else pointer(*read)


# -- applying -------------------------------------------------------------------------------------


@dataclass
class Applied:
    """The document after the overlays, what each wrote, and the actions that matched nothing."""

    document: Document
    overlays: list[Overlay]
    provenance: Provenance
    stale: list[tuple[Overlay, Action]]
    original: Document  # as read: its text and lines

    def place(self, diagnostic: Diagnostic) -> Diagnostic:
        """A finding in the document moved to where a human fixes it: inside what an overlay
        wrote, the overlay file at that action; elsewhere the vendored file and its line."""
        if diagnostic.file != self.document.name or diagnostic.pointer in ("", "#"):
            return diagnostic
        where = self.provenance.locate(self.document.data, diagnostic.pointer)
        changed = self.provenance.changers(self.document.data, diagnostic.pointer)
        if isinstance(where, str):
            if where != diagnostic.pointer:
                # an index a removal shifted: the line was looked up at the wrong place
                diagnostic = dataclasses.replace(diagnostic, pointer=where,
                                                 line=line_of(self.original, where))
            return _changed_by(diagnostic, changed)
        written, below = where
        ptr = pointer("actions", written.action.index, *written.at,
                      *(below if written.at[0] != "copy" else ()))
        return _changed_by(dataclasses.replace(
            diagnostic, file=written.overlay.name, pointer=ptr,
            line=written.overlay.line(ptr),
            message=f"{diagnostic.message} (written by overlay {written.action.summary}, at "
                    f"{diagnostic.pointer} of the document after overlays)"),
            [w for w in changed if w.action is not written.action])


def _changed_by(diagnostic: Diagnostic, changed: list[Written]) -> Diagnostic:
    """A finding at a node that overlay actions changed (a key or an entry written or
    removed) may be about that change: it names them, their files and lines."""
    if not changed:
        return diagnostic
    actions = "; ".join(f"{w.overlay.name} action {w.action.index}, line "
                        f"{w.overlay.line(pointer('actions', w.action.index))}"
                        for w in changed)
    return dataclasses.replace(diagnostic,
                               message=f"{diagnostic.message} (changed by overlay {actions})")


def digest(overlays: Sequence[Overlay]) -> str:
    """sha256 over the overlays' texts in order: part of what a verdict on the spec is for."""
    total = hashlib.sha256()
    for overlay in overlays:
        data = overlay.document.text.encode("utf-8")
        total.update(len(data).to_bytes(8, "big") + data)
    return total.hexdigest()


def apply_overlays(document: Document, paths: Sequence[Path], sink: Sink) -> Applied:
    """Read each overlay and apply its actions in order to `document`'s data (changed in
    place, unless aliases made a copy necessary: use the result's document); from then on
    `sink` places findings by what wrote them (see Applied.place)."""
    overlays = [read_overlay(path, sink) for path in paths]
    applier = _Applier(_unshared(document.data) if overlays else document.data)
    stale = []
    for overlay in overlays:
        for action in overlay.actions:
            outcome = applier.run(overlay, action)
            if outcome is not _CHANGED:
                stale.append((overlay, action))
                ptr = pointer("actions", action.index)
                sink.warn("overlay-stale", f"{action.summary} {outcome} (target "
                          f"{action.target!r}); if upstream fixed what it fixed, delete it",
                          overlay.name, ptr, overlay.line(ptr))
    applied = Applied(dataclasses.replace(document, data=applier.data,
                                          applied=digest(overlays)),
                      overlays, applier.provenance, stale, document)
    sink.place = applied.place
    return applied


def _unshared(data: Any) -> Any:
    """`data` with each YAML alias made a copy of its anchor, when it has any: an update
    at one place must not change the other places an alias put the same node.
    The reader bounded the expanded size (MAX_NODES), so the copy is bounded too."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return _deep_copy(data)
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return data


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_deep_copy(item) for item in value]
    return value


_CHANGED = "changed"
_NOTHING = "matches nothing"
_SAME = "changes nothing: every node it selects already holds what it writes"


def _kind(value: Any) -> str:
    return "an object" if isinstance(value, dict) else "an array" \
        if isinstance(value, list) else "a primitive"


class _Applier:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.provenance = Provenance()
        self.budget = MAX_NODES  # values the overlays may still write

    def run(self, overlay: Overlay, action: Action) -> str:
        """Apply one action: _CHANGED, else why it is stale (_NOTHING, _SAME)."""
        self.overlay, self.action = overlay, action
        self.strict = overlay.version.startswith("1.1")  # 1.1.0's merge rules, see above
        matches = self._find(action.paths[0], "target")
        if not matches:
            return _NOTHING
        if action.remove:
            self._remove(matches, Written(overlay, action, ("remove",)))
            return _CHANGED
        if action.copy is not None:
            sources = self._find(action.paths[1], "copy")
            if len(sources) != 1:
                self._refuse("copy", f"`copy` {action.copy!r} selects "
                             f"{'nothing' if not sources else f'{len(sources)} nodes'}; it must "
                             "select one")
            # read once, before writing: the source may be a target or inside one
            value, written = _deep_copy(sources[0].obj), Written(overlay, action, ("copy",))
        else:
            value, written = action.update, Written(overlay, action, ("update",))
        matches = _distinct(matches)
        if self.strict and len({_kind(match.obj) for match in matches}) > 1:
            self._refuse("target", "selects " + ", ".join(
                f"{_kind(match.obj)} at {pointer(*match.parts)}" for match in matches[:3])
                + (", ..." if len(matches) > 3 else "") + "; Overlay 1.1 needs the nodes "
                "of one target to be all objects, all arrays or all primitives")
        changed = [self._write(match, value, written) for match in matches]
        return _CHANGED if any(changed) else _SAME

    def _find(self, path: Any, what: str) -> list[Any]:
        try:
            return list(path.finditer(self.data))
        except (jsonpath.JSONPathError, RecursionError) as exc:
            self._refuse(what, f"{what} cannot be evaluated: {_first_line(exc)}")

    def _write(self, match: Any, value: Any, written: Written) -> bool:
        """Merge `value` into the node `match` selects; False when that changes nothing."""
        target, depth = match.obj, len(match.parts)
        what = str(written.at[0])
        if isinstance(target, list):
            if self.strict and isinstance(value, list):
                return self._concatenate(target, value, written, depth)
            self.provenance.appended(target, written)
            target.append(self._copy(value, depth + 1))
            return True
        if isinstance(target, dict):
            if not isinstance(value, dict):
                self._refuse(what, f"the target {pointer(*match.parts)} is an object, so "
                             f"`{what}` must give an object to merge into it")
            return self._merge(target, value, written, depth)
        if match.parent is None:
            self._refuse("target", "the document itself cannot be replaced")
        if self.strict and isinstance(value, (dict, list)):
            self._refuse(what, f"the target {pointer(*match.parts)} is a primitive, so "
                         f"`{what}` must give a primitive to replace it (Overlay 1.1)")
        if _same(target, value):
            return False
        parent, key = match.parent.obj, match.parts[-1]
        parent[key] = self._copy(value, depth)
        self.provenance.wrote(parent, key, written)
        return True

    def _concatenate(self, target: list[Any], value: list[Any], written: Written,
                     depth: int) -> bool:
        for index, entry in enumerate(list(value)):
            self.provenance.appended(target, written.deeper(index))
            target.append(self._copy(entry, depth + 1))
        return bool(value)

    def _merge(self, target: dict[str, Any], value: dict[str, Any], written: Written,
               depth: int) -> bool:
        changed = False
        for key, item in value.items():
            here = written.deeper(key)
            old = target.get(key, _MISSING)
            if isinstance(old, dict) and isinstance(item, dict):
                changed = self._merge(old, item, here, depth + 1) or changed
            elif isinstance(old, list) and isinstance(item, list):
                changed = self._concatenate(old, item, here, depth + 1) or changed
            elif _same(old, item):
                continue
            else:
                if self.strict and old is not _MISSING and _kind(old) != _kind(item):
                    at = (*here.at,) if here.at[0] != "copy" else ("copy",)
                    _refuse(self.overlay.document, pointer("actions", self.action.index, *at),
                            f"action {self.action.index}: {_kind(item)} cannot be merged "
                            f"with {_kind(old)} at {key!r} (Overlay 1.1: incompatible)")
                target[key] = self._copy(item, depth + 1)
                self.provenance.wrote(target, key, here)
                changed = True
        return changed

    def _remove(self, matches: list[Any], written: Written) -> None:
        places = []
        for match in _distinct(matches):
            if match.parent is None:
                self._refuse("target", "the document itself cannot be removed")
            places.append((match.parent.obj, match.parts[-1]))
        # a list's entries from the last, so the indexes still to remove stay where they were
        places.sort(key=lambda place: place[1] if isinstance(place[1], int) else -1,
                    reverse=True)
        for parent, key in places:
            if isinstance(parent, dict) and key in parent or \
                    isinstance(parent, list) and isinstance(key, int) and key < len(parent):
                self.provenance.removed(parent, key, written)
                del parent[key]

    def _copy(self, value: Any, depth: int) -> Any:
        """A fresh copy of what an action writes, counted against the reader's limits."""
        if depth > MAX_DEPTH:
            self._refuse(None, f"writes a value nested deeper than {MAX_DEPTH} levels")
        self.budget -= 1
        if self.budget < 0:
            self._refuse(None, f"the overlays write more than {MAX_NODES} values")
        if isinstance(value, dict):
            return {key: self._copy(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            return [self._copy(item, depth + 1) for item in value]
        return value

    def _refuse(self, what: str | None, message: str) -> NoReturn:
        at = (what,) if what else ()
        _refuse(self.overlay.document, pointer("actions", self.action.index, *at),
                f"action {self.action.index}: {message}")


def _same(old: Any, new: Any) -> bool:
    """A primitive written over an equal one of the same type (1 is not true, nor 1.0)."""
    return type(old) is type(new) and not isinstance(old, (dict, list)) and old == new


def _distinct(matches: list[Any]) -> list[Any]:
    """Each selected node once, though a query such as `$..x` or an alias reaches it twice."""
    seen: set[tuple[int, Any]] = set()
    kept = []
    for match in matches:
        key = (id(match.parent.obj) if match.parent else 0, match.parts[-1:] or None)
        if key not in seen:
            seen.add(key)
            kept.append(match)
    return kept

