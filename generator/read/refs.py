"""Follow `$ref`s: local JSON pointers and other files inside the spec's own folder.

A ref to a URL or to a file outside the spec's folder is refused (no network, no
reading elsewhere on disk); a chain of refs that comes back on itself is an error, unless
it is a loop of components that nothing else refers to: those are left out, with a warning.
An allOf that leads back to a schema it is merging is read (the member adds nothing: A and
A is A), with a warning, unless no schema on the loop says anything but allOf. A header
`Content-Type` among a response's or an encoding's headers is one OpenAPI says to ignore:
the refs inside it are neither followed nor checked.
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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from generator import pointer
from generator.diagnostics import Sink, SpecError
from generator.read.loader import Document, Lines, read_document
from generator.read.walk import NAME_MAPS, nodes

# keywords that say nothing about which values a schema accepts: a loop of allOf whose
# schemas hold nothing else has nothing to read
_ANNOTATIONS = frozenset({"allOf", "title", "description", "$comment", "deprecated",
                          "readOnly", "writeOnly", "example", "examples", "externalDocs", "xml"})


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
        # while check_all runs (it may report a finding per ref): each file read once for
        # lines; set first, as a --ref-root refused below is reported with its line
        self._lines: Lines | None = None
        self.folder = root.path.resolve().parent
        self.ref_root = ref_root
        self.bound = self.folder if ref_root is None else self._bound(ref_root)
        self._docs: dict[Path, Document] = {root.path.resolve(): root}
        self._anchors: dict[Path, dict[str, list[str]]] = {}
        # every file was named by a path with no symbolic link and no `..` in it (the
        # record's inputs keep the files of such a spec only: see project/inputs.py)
        self.plain = not root.path.is_symlink()
        # the components left out (a $ref loop nothing else refers to), by key: see check_all
        self.left_out: set[str] = set()
        # what the validator is not shown (see pointer_views): a key of a mapping left out,
        # an index of an allOf list shown as `{}`; the nodes themselves, not their ids, so
        # that a copy of the resolver (pickled for a validator in a child) still finds them
        self._hidden: list[tuple[dict[str, Any], str]] = []
        self._emptied: list[tuple[list[Any], int]] = []
        self._edited: set[Path] = set()  # the files that hold either

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
        chain, end = self._chain(here)
        if end is None:
            self._fail("ref-loop", self._loop_message(chain), here)
        return end

    def _chain(self, here: Located) -> tuple[list[Located], Located | None]:
        """The refs from `here` on and the node without one where they end; when they come
        back on themselves, no end, and the chain up to the first ref met again."""
        seen: list[Located] = []
        keys: set[str] = set()
        current = here
        while isinstance(current.node, dict) and isinstance(current.node.get("$ref"), str):
            identity = self.key(current)
            if identity in keys:
                return [*seen, current], None
            keys.add(identity)
            seen.append(current)
            current = self.target(current)
        return seen, current

    def _loop_message(self, chain: list[Located]) -> str:
        return "$ref loop with no schema in between: " + " -> ".join(map(self.key, chain))

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
        what a spec written with pointers would have. It recurses forever on what check_all
        reads past (a loop of refs, an allOf that leads back to itself), so a view also
        leaves out the components left out and shows `{}` for an allOf member that adds
        nothing (a file with either has a view). Nothing else moves, so a place found in a
        view is the same place in the file as written.
        """
        views: dict[Path, Any] = {}
        hidden: dict[int, set[str]] = {}
        for mapping, key in self._hidden:
            hidden.setdefault(id(mapping), set()).add(key)
        emptied: dict[int, set[int]] = {}
        for members, index in self._emptied:
            emptied.setdefault(id(members), set()).add(index)
        for doc in self.documents():
            written: dict[int, str] = {}
            for here in self._scan(doc)[0]:
                parts = urlsplit(here.node["$ref"])
                if parts.scheme or parts.netloc or not parts.fragment \
                        or parts.fragment.startswith("/"):
                    continue
                ptr = self.target(here).pointer
                written[id(here.node)] = urlunsplit(
                    parts._replace(fragment=quote(ptr[1:], safe="/~:@!$&'()*+,;=?")))
            if written or doc.path.resolve() in self._edited:
                views[doc.path.resolve()] = _copy_with_refs(doc.data, written, hidden, emptied)
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
        """Check every `$ref` in the root (and files it reaches) before anything else runs.

        A chain of refs that loops is an error where it is used (_ref_loops); then every
        allOf is walked for loops (_all_of_loops).
        """
        self._lines = Lines()
        try:
            self._check_all()
        finally:
            self._lines = None  # its node graphs go with it

    def _check_all(self) -> None:
        pending = [self.root]
        done: set[Path] = set()
        loops: list[tuple[Located, list[Located]]] = []
        merging: list[Located] = []  # the schemas that have an allOf, file by file in order
        while pending:
            doc = pending.pop()
            done.add(doc.path.resolve())
            refs, all_ofs, ignored = self._scan(doc)
            for header in ignored:
                self.sink.note("ignored-header", "a Content-Type header is ignored here, as "
                               "OpenAPI says (the media type gives it): its $refs are neither "
                               "followed nor checked", doc.name, header)
            merging += all_ofs
            for here in refs:
                try:
                    target = self.target(here)
                    chain, end = self._chain(here)
                except SpecError:
                    continue
                if end is None:
                    loops.append((here, chain))
                elif target.doc.path.resolve() not in done and target.doc not in pending:
                    pending.append(target.doc)
        self._ref_loops(loops)
        self._all_of_loops([m for m in merging if not self._is_left_out(m)])
        if self.sink.errors:
            raise SpecError(self.sink.errors)

    def _scan(self, doc: Document) -> tuple[list[Located], list[Located], list[str]]:
        """Every `$ref` of `doc` (at a keyword position, a property named `$ref` is not one)
        by pointer, and every mapping with an allOf list, in order; neither inside a header
        OpenAPI says to ignore, and those of such headers that hold a `$ref`."""
        refs: list[Located] = []
        all_ofs: list[Located] = []
        ignored: dict[str, None] = {}
        openapi = not (isinstance(self.root.data, dict) and "swagger" in self.root.data)
        for node, ptr in nodes(doc.data):
            header = _ignored_header(ptr) if openapi else None
            if header is not None:
                if isinstance(node.get("$ref"), str):
                    ignored[header] = None
                continue
            if isinstance(node.get("$ref"), str):
                refs.append(Located(node, doc, ptr))
            if isinstance(node.get("allOf"), list):
                all_ofs.append(Located(node, doc, ptr))
        refs.sort(key=lambda loc: loc.pointer)
        return refs, all_ofs, list(ignored)

    def _ref_loops(self, loops: list[tuple[Located, list[Located]]]) -> None:
        """Refuse each ref whose chain loops, except a component (under components/schemas)
        that is nothing but such a loop or a ref into one, where no other ref leads to the
        loop: nothing would read it, so it is left out (`left_out`), with a warning each."""
        rings: list[frozenset[int]] = []
        for _, chain in loops:
            again = self.key(chain[-1])
            first = next(i for i, step in enumerate(chain) if self.key(step) == again)
            rings.append(frozenset(id(step.node) for step in chain[first:-1]))
        reached = {ring for (here, _), ring in zip(loops, rings, strict=True)
                   if _component_name(here) is None}
        for (here, chain), ring in zip(loops, rings, strict=True):
            name = _component_name(here)
            if name is None or ring in reached:
                self._report("ref-loop", self._loop_message(chain), here)
                continue
            self.left_out.add(self.key(here))
            self._hidden.append((here.doc.data["components"]["schemas"], name))
            self._edited.add(here.doc.path.resolve())
            self.sink.warn("unused-ref-loop", "left out of the package: "
                           f"{self._loop_message(chain)}, which nothing else refers to",
                           here.doc.name, here.pointer, self._line(here))

    def _is_left_out(self, here: Located) -> bool:
        key = self.key(here)
        return any(key == out or key.startswith(out + "/") for out in self.left_out)

    def _all_of_loops(self, starts: list[Located]) -> None:
        """Find the loops of allOf: from every schema that has one, depth first and without
        recursion, each group of schemas that reach one another (Tarjan's strongly connected
        components) and the members that lead back to a schema on the walk.

        Such a member adds nothing to what is being merged (A and A is A): one warning per
        loop, at the first, and the validator sees `{}` for each (without them no allOf
        loops). A loop whose schemas hold nothing but allOf among themselves
        (`A: {allOf: [$ref A]}`) has nothing to read: an error. Linear in the schemas and
        members, however the loops are knotted.
        """
        order: dict[int, int] = {}  # by node id: when the walk met it
        low: dict[int, int] = {}  # the earliest schema on the stack it reaches
        group: dict[int, int] = {}  # the schema that opened its group
        schemas: dict[int, Located] = {}
        stack: list[int] = []
        back: list[tuple[Located, int, Located]] = []  # (schema, index of member, target)
        for start in starts:
            if id(start.node) in order:
                continue
            walk = [self._meet(start, order, low, schemas, stack)]
            path = {id(start.node)}
            while walk:
                schema, members = walk[-1]
                here = id(schema.node)
                step = next(members, None)
                if step is None:
                    walk.pop()
                    path.discard(here)
                    if walk:
                        above = id(walk[-1][0].node)
                        low[above] = min(low[above], low[here])
                    if low[here] == order[here]:
                        while stack[-1] != here:
                            group[stack.pop()] = here
                        group[stack.pop()] = here
                    continue
                index, part = step
                there = id(part.node)
                if there not in order:
                    walk.append(self._meet(part, order, low, schemas, stack))
                    path.add(there)
                elif there not in group:  # still on the stack: in this schema's group
                    low[here] = min(low[here], order[there])
                    if there in path:
                        back.append((schema, index, part))
        loops: dict[int, list[tuple[Located, int, Located]]] = {}
        for edge in back:
            loops.setdefault(group[id(edge[0].node)], []).append(edge)
        rings: dict[int, list[Located]] = {}
        for node in sorted(group, key=order.__getitem__):
            if group[node] in loops:
                rings.setdefault(group[node], []).append(schemas[node])
        for opened, edges in loops.items():
            self._loop_of_all_of(edges, rings[opened])

    def _meet(self, schema: Located, order: dict[int, int], low: dict[int, int],
              schemas: dict[int, Located], stack: list[int],
              ) -> tuple[Located, Iterator[tuple[int, Located]]]:
        here = id(schema.node)
        order[here] = low[here] = len(order)
        schemas[here] = schema
        stack.append(here)
        return schema, self._members(schema)

    def _members(self, schema: Located) -> Iterator[tuple[int, Located]]:
        """Each member of the allOf of `schema` (by index) that is a schema with an allOf."""
        for index, item in enumerate(schema.node["allOf"]):
            end = self._end(schema, index) if isinstance(item, dict) else None
            if end is not None and isinstance(end.node.get("allOf"), list):
                yield index, end

    def _end(self, schema: Located, index: int) -> Located | None:
        """The schema member `index` of the allOf of `schema` is, after its refs; None when
        they do not lead to one (a loop or a broken ref: reported where the ref is)."""
        try:
            end = self._chain(schema.child("allOf", index))[1]
        except SpecError:
            return None
        return end if end is not None and isinstance(end.node, dict) else None

    def _loop_of_all_of(self, edges: list[tuple[Located, int, Located]],
                        ring: list[Located]) -> None:
        """One loop of allOf: `edges` the members that lead back, `ring` its schemas."""
        schema, index, part = edges[0]
        inside = {id(s.node) for s in ring}
        if all(_only_annotations(s.node) and all(
                (end := self._end(s, i)) is not None and id(end.node) in inside
                for i in range(len(s.node["allOf"]))) for s in ring):
            self._report("allof-loop", "allOf includes the schema itself", part)
            return
        for loop_schema, loop_index, _ in edges:
            self._emptied.append((loop_schema.node["allOf"], loop_index))
            self._edited.add(loop_schema.doc.path.resolve())
        names = ", ".join(self.key(s) for s in ring[:6])
        names += f" and {len(ring) - 6} more" if len(ring) > 6 else ""
        more = len(edges) - 1
        others = f" (as {'are' if more > 1 else 'is'} {more} other member"\
            f"{'s' if more > 1 else ''} of the loop that lead{'' if more > 1 else 's'} back)" \
            if more else ""
        member = schema.child("allOf", index)
        self.sink.warn("allof-loop", f"allOf leads back to {self.key(part)}, which is merged "
                       f"already: this member adds nothing (A and A is A), so it is dropped"
                       f"{others}; each schema of the loop ({names}) has the properties and "
                       "`required` of them all", member.doc.name, member.pointer,
                       self._line(member))

    def _document(self, path: Path, origin: Located) -> Document:
        if path not in self._docs:
            if not path.is_file():
                where = self._relative(path)  # below the bound: checked before
                self._fail("dangling-ref", f"$ref names a file that does not exist: {where}",
                           origin)
            self._docs[path] = read_document(path, self.sink)
        return self._docs[path]

    def _fail(self, code: str, message: str, here: Located) -> NoReturn:
        self._report(code, message, here)
        raise SpecError(self.sink.errors)

    def _line(self, here: Located) -> int | None:
        return (self._lines or Lines()).of(here.doc, here.pointer)

    def _report(self, code: str, message: str, here: Located) -> None:
        self.sink.error(code, message, here.doc.name, here.pointer,
                        self._line(here))


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


def _ignored_header(ptr: str) -> str | None:
    """The pointer of the header `Content-Type` among a response's headers or an encoding's
    that holds `ptr` (or is it), if any: OpenAPI says such a header SHALL be ignored."""
    if "/headers/" not in ptr or "content-type" not in ptr.lower():
        return None
    tokens = pointer.tokens(ptr)
    for i in range(len(tokens) - 3):
        if tokens[i + 2] != "headers" or tokens[i + 3].lower() != "content-type":
            continue
        response = tokens[i] == "responses" and (i == 0 or tokens[i - 1] not in NAME_MAPS)
        encoding = tokens[i] == "encoding" and i >= 2 and tokens[i - 2] == "content" \
            and (i == 2 or tokens[i - 3] not in NAME_MAPS)
        if response or encoding:
            return pointer.pointer(*tokens[:i + 4])
    return None


def _component_name(here: Located) -> str | None:
    """The name of the component `here` is, when it is one of `#/components/schemas`."""
    tokens = pointer.tokens(here.pointer)
    return tokens[2] if len(tokens) == 3 and tokens[:2] == ["components", "schemas"] else None


def _only_annotations(node: dict[str, Any]) -> bool:
    return all(str(key) in _ANNOTATIONS or str(key).startswith("x-") for key in node)


def _copy_with_refs(data: Any, refs: dict[int, str], hidden: dict[int, set[str]] | None = None,
                    emptied: dict[int, set[int]] | None = None) -> Any:
    """A copy of `data` in which the mapping with id `i` has `$ref` `refs[i]`, a mapping with
    id `i` lacks the keys `hidden[i]` and a list with id `i` holds `{}` at the indexes
    `emptied[i]`; a node shared (a YAML alias) stays shared. Iterative: depth never
    recurses."""
    copies: dict[int, Any] = {}
    hidden = hidden or {}
    emptied = emptied or {}

    def fresh(node: Any) -> tuple[Any, bool]:
        if id(node) in copies:
            return copies[id(node)], False
        copies[id(node)] = {} if isinstance(node, dict) else []
        return copies[id(node)], True

    root, _ = fresh(data)
    stack = [(data, root)]
    while stack:
        node, copy = stack.pop()
        dropped = hidden.get(id(node), ()) if isinstance(node, dict) else ()
        empty = emptied.get(id(node), ()) if isinstance(node, list) else ()
        for key, value in node.items() if isinstance(node, dict) else enumerate(node):
            if key in dropped:
                continue
            if key in empty:
                value = {}
            elif isinstance(value, (dict, list)):
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
