"""Follow `$ref`s: local JSON pointers and other files inside the spec's own folder.

A ref to a URL or to a file outside the spec's folder is refused (no network, no
reading elsewhere on disk); a chain of refs that comes back on itself is an error.
A fragment that is not a JSON pointer (`#foo`, `other.yaml#foo`) is a plain name: the
schema of that file that declares it (`$anchor`, `$dynamicAnchor`, or an `$id` of `#foo` as
drafts 6 and 7 wrote it), else an error at the ref; an anchor inside a schema with an
`$id` of its own belongs to that schema (JSON Schema's embedded resource), so a ref from
outside it is refused rather than guessed.
A user may name a folder above the spec's (`--ref-root DIR`, for specs whose files share
a sibling folder such as `../common/`): then files anywhere below DIR are read, and
nothing beyond it. Both limits are checked on the path as the system resolves it (`..`,
symlinks, absolute paths and percent-escapes undone), before the file is opened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from generator import pointer
from generator.diagnostics import Sink, SpecError
from generator.read.loader import Document, line_of, read_document
from generator.read.walk import nodes


@dataclass(frozen=True)
class Located:
    """A node of some document together with where it stands."""

    node: Any
    doc: Document
    pointer: str

    def child(self, *tokens: str | int) -> Located:
        """The node under `tokens` (keys or indexes, which must exist), with its pointer."""
        node = self.node
        ptr = self.pointer
        for token in tokens:
            node = node[token]
            ptr += "/" + pointer.escape(token)
        return Located(node, self.doc, ptr)


def text_or_none(value: Any) -> str | None:
    """A spec's description, summary or title: text with something in it, else None."""
    return value if isinstance(value, str) and value.strip() else None


def unescape(token: str) -> str:
    """One token of a `$ref`'s fragment, a URI fragment: `%25` is `%` (RFC 6901 section 6)."""
    return pointer.unescape(token, uri=True)


class Resolver:
    """Resolves refs against the root document and the files it reaches."""

    def __init__(self, root: Document, sink: Sink, ref_root: Path | None = None) -> None:
        self.root = root
        self.sink = sink
        self.folder = root.path.resolve().parent
        self.ref_root = ref_root
        self.bound = self.folder if ref_root is None else self._bound(ref_root)
        self._docs: dict[Path, Document] = {root.path.resolve(): root}
        self._anchors: dict[Path, dict[str, list[str]]] = {}
        # every file was named by a path with no symbolic link and no `..` in it (the
        # record's inputs keep the files of such a spec only: see project/inputs.py)
        self.plain = not root.path.is_symlink()

    def _bound(self, ref_root: Path) -> Path:
        """The folder `--ref-root` names, which must hold the spec (else it allows nothing
        the spec's own folder does not, and most likely is a mistake)."""
        try:
            bound = ref_root.resolve()
        except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
            bound = ref_root
        if not bound.is_dir():
            problem = "is not a folder"
        elif not self.folder.is_relative_to(bound):
            problem = "does not contain the spec"
        else:
            return bound
        self._fail("bad-ref-root", f"--ref-root {ref_root} {problem}",
                   Located(self.root.data, self.root, "#"))

    def documents(self) -> list[Document]:
        """Every file read so far, root first (all of them after check_all)."""
        return list(self._docs.values())

    def key(self, here: Located) -> str:
        """A stable identity for a node: its file relative to the root's folder, and pointer."""
        if here.doc is self.root:
            return here.pointer
        return self._relative(here.doc.path.resolve()) + here.pointer

    def _relative(self, path: Path) -> str:
        """A file below the bound, as the spec's folder reaches it (`../common/x.yaml`)."""
        return Path(os.path.relpath(path, self.folder)).as_posix()

    def at_root(self, ptr: str) -> Located:
        return Located(self.walk(self.root.data, ptr, self.root), self.root, ptr)

    def follow(self, here: Located) -> Located:
        """Follow `$ref` from `here` until a node without one; refuse loops."""
        seen: list[str] = []
        current = here
        while isinstance(current.node, dict) and isinstance(current.node.get("$ref"), str):
            identity = self.key(current)
            if identity in seen:
                chain = " -> ".join([*seen, identity])
                self._fail("ref-loop", f"$ref loop with no schema in between: {chain}", here)
            seen.append(identity)
            current = self.target(current)
        return current

    def target(self, here: Located) -> Located:
        """Where the `$ref` at `here` points (one step)."""
        ref = here.node["$ref"]
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc:
            self._fail("remote-ref", f"$ref to a URL is not followed: {ref!r}", here)
        doc = here.doc
        if parts.path:
            if "\0" in unquote(parts.path):  # no file has such a name; resolve() would raise
                self._fail("bad-ref", f"$ref names a path with a NUL byte: {ref!r}", here)
            try:
                named = doc.path.resolve().parent / unquote(parts.path)
                path = named.resolve()
                self.plain = self.plain and path == named  # no link and no `..` on the way
            except (OSError, RuntimeError):  # a symlink loop (RuntimeError before 3.13)
                self._fail("bad-ref", f"$ref names a path that cannot be resolved: {ref!r}",
                           here)
            if not path.is_relative_to(self.bound):
                self._fail("outside-ref", self._outside(ref), here)
            doc = self._document(path, here)
        ptr = "#" + parts.fragment if parts.fragment else "#"
        if ptr != "#" and not ptr.startswith("#/"):
            ptr = self._anchored(doc, unescape(parts.fragment), ref, here)
        node = self.walk(doc.data, ptr, doc, here)
        return Located(node, doc, ptr)

    def _anchored(self, doc: Document, name: str, ref: str, here: Located) -> str:
        """The pointer of the one schema of `doc` that declares the plain name `name`."""
        path = doc.path.resolve()
        if path not in self._anchors:
            self._anchors[path] = _anchors_in(doc)
        found = self._anchors[path].get(name, [])
        if len(found) > 1:
            self._fail("bad-ref", f"$ref {ref!r} names an anchor declared more than once: "
                       f"{', '.join(found)}", here)
        if not found:
            where = "" if doc is self.root else f" in {self._relative(path)}"
            self._fail("dangling-ref", f"$ref {ref!r} names anchor {name!r}, which no schema"
                       f"{where} declares ($anchor), and its fragment is no JSON pointer", here)
        resource = _resource_of(doc, found[0])
        if resource is not None and not (here.doc is doc and _within(here.pointer, resource)):
            self._fail("bad-ref", f"$ref {ref!r} names anchor {name!r}, declared at "
                       f"{found[0]} inside the schema at {resource}, which has an `$id` of its "
                       "own: JSON Schema scopes the anchor to that schema, not to this file "
                       "(write the JSON pointer instead)", here)
        return found[0]

    def pointer_views(self) -> dict[Path, Any]:
        """Each file read (all of them after check_all) that has a plain-name `$ref`, by its
        resolved path: its data with every such ref written as the JSON pointer it resolves
        to (`#pet` -> `#/components/schemas/Pet`, `other.yaml#pet` -> `other.yaml#/...`).

        openapi-spec-validator knows no anchors (NoSuchAnchor); shown these views it checks
        what a spec written with pointers would have. Only `$ref` strings differ, so a place
        found in a view is the same place in the file as written.
        """
        views: dict[Path, Any] = {}
        for doc in self.documents():
            written: dict[int, str] = {}
            for here in _refs_in(doc):
                parts = urlsplit(here.node["$ref"])
                if parts.scheme or parts.netloc or not parts.fragment \
                        or parts.fragment.startswith("/"):
                    continue
                ptr = self.target(here).pointer
                written[id(here.node)] = urlunsplit(
                    parts._replace(fragment=quote(ptr[1:], safe="/~:@!$&'()*+,;=?")))
            if written:
                views[doc.path.resolve()] = _copy_with_refs(doc.data, written)
        return views

    def _outside(self, ref: str) -> str:
        if self.ref_root is None:
            return f"$ref leaves the spec's folder: {ref!r} (`--ref-root DIR` allows the " \
                "files below a folder DIR that holds the spec)"
        return f"$ref leaves the spec's folder and --ref-root {self.ref_root}: {ref!r}"

    def walk(self, data: Any, ptr: str, doc: Document, origin: Located | None = None) -> Any:
        node = data
        # `#/` is taken as the root, like `#` (RFC 6901 reads it as the key "")
        for token in pointer.tokens(ptr, uri=True) if ptr != "#/" else []:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                where = origin or Located(data, doc, "#")
                target = ptr if doc is self.root else f"{doc.path.name}{ptr}"
                self._fail("dangling-ref", f"$ref target {target} does not exist", where)
        return node

    def check_all(self) -> None:
        """Check every `$ref` in the root (and files it reaches) before anything else runs."""
        pending = [self.root]
        done: set[Path] = set()
        while pending:
            doc = pending.pop()
            done.add(doc.path.resolve())
            for here in _refs_in(doc):
                try:
                    target = self.target(here)
                    self.follow(here)  # a chain that comes back on itself fails here
                    self._check_all_of(target, [])
                except SpecError:
                    continue
                if target.doc.path.resolve() not in done and target.doc not in pending:
                    pending.append(target.doc)
        if self.sink.errors:
            raise SpecError(self.sink.errors)

    def _check_all_of(self, here: Located, stack: list[str]) -> None:
        """Refuse a schema whose allOf includes itself: no finite object can satisfy it."""
        all_of = here.node.get("allOf") if isinstance(here.node, dict) else None
        if not isinstance(all_of, list):
            return
        identity = f"{here.doc.path}{here.pointer}"
        if identity in stack:
            self._fail("allof-loop", "allOf includes the schema itself", here)
        for index, part in enumerate(all_of):
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                step = Located(part, here.doc, f"{here.pointer}/allOf/{index}")
                self._check_all_of(self.follow(step), [*stack, identity])

    def _document(self, path: Path, origin: Located) -> Document:
        if path not in self._docs:
            if not path.is_file():
                where = self._relative(path)  # below the bound: checked before
                self._fail("dangling-ref", f"$ref names a file that does not exist: {where}",
                           origin)
            self._docs[path] = read_document(path, self.sink)
        return self._docs[path]

    def _fail(self, code: str, message: str, here: Located) -> NoReturn:
        self.sink.error(code, message, here.doc.name, here.pointer,
                        line_of(here.doc, here.pointer))
        raise SpecError(self.sink.errors)


def _anchors_in(doc: Document) -> dict[str, list[str]]:
    """Each plain name a schema of `doc` declares, with the pointers of the schemas that do."""
    found: dict[str, list[str]] = {}
    for node, ptr in nodes(doc.data):
        names = {node.get("$anchor"), node.get("$dynamicAnchor")}
        declared = node.get("$id")
        if isinstance(declared, str) and declared.startswith("#") and "/" not in declared:
            names.add(declared[1:])
        for name in sorted(n for n in names if isinstance(n, str) and n):
            found.setdefault(name, []).append(ptr)
    return found


def _resource_of(doc: Document, ptr: str) -> str | None:
    """The pointer of the outermost schema around (or at) `ptr`, below the file's root, that
    has an `$id` of its own (not a plain name such as `#foo`): an embedded resource."""
    node = doc.data
    tokens = pointer.tokens(ptr)
    for depth in range(len(tokens) + 1):
        declared = node.get("$id") if isinstance(node, dict) else None
        if depth and isinstance(declared, str) and not declared.startswith("#"):
            return pointer.pointer(*tokens[:depth])
        if depth < len(tokens):
            token = tokens[depth]
            node = node[int(token)] if isinstance(node, list) else next(
                (value for key, value in node.items() if str(key) == token), None)
    return None


def _within(ptr: str, outer: str) -> bool:
    return ptr == outer or ptr.startswith(outer + "/")


def _refs_in(doc: Document) -> list[Located]:
    """Every `$ref` at a keyword position (a property named `$ref` is not one)."""
    found = [Located(node, doc, ptr) for node, ptr in nodes(doc.data)
             if isinstance(node.get("$ref"), str)]
    found.sort(key=lambda loc: loc.pointer)
    return found


def _copy_with_refs(data: Any, refs: dict[int, str]) -> Any:
    """A copy of `data` in which the mapping with id `i` has `$ref` `refs[i]`; a node shared
    (a YAML alias) stays shared. Iterative: depth never recurses."""
    copies: dict[int, Any] = {}

    def fresh(node: Any) -> tuple[Any, bool]:
        if id(node) in copies:
            return copies[id(node)], False
        copies[id(node)] = {} if isinstance(node, dict) else []
        return copies[id(node)], True

    root, _ = fresh(data)
    stack = [(data, root)]
    while stack:
        node, copy = stack.pop()
        for key, value in node.items() if isinstance(node, dict) else enumerate(node):
            if isinstance(value, (dict, list)):
                value, new = fresh(value)
                if new:
                    stack.append((node[key], value))
            if isinstance(copy, dict):
                copy[key] = value
            else:
                copy.append(value)
        if id(node) in refs:
            copy["$ref"] = refs[id(node)]
    return root
