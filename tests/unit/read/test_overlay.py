"""generator.read.overlay: Overlay 1.0.0 and 1.1.0 documents read, checked and applied.

Each action kind against the specification's merge rules, each refusal as one line naming the
overlay file, the action and its line, the stale report, the limits an overlay cannot push
past, and findings placed where a human fixes them (the overlay, or the vendored file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostic, Sink, SpecError
from generator.model.resolve import load_api
from generator.read import overlay as overlay_module
from generator.read.loader import read_document
from generator.read.overlay import apply_overlays

from ..conftest import REPO

SPEC = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/A"}
components:
  schemas:
    A:
      type: object
      required: [x, ghost, y]
      properties:
        x: {type: string, enum: [one, two]}
        y: {type: string, default: "y"}
        z: {type: integer, default: 3}
"""


def overlay(*actions: str, version: str = "1.1.0") -> str:
    head = f"overlay: {version}\ninfo: {{title: fix, version: '1'}}\nactions:\n"
    return head + "".join(actions)


@pytest.fixture
def applied(write: Callable[..., Path]) -> Callable[..., tuple[dict[str, Any], Sink]]:
    """applied(overlay text, ...) -> the document after them, and the sink."""

    def _applied(*texts: str, spec: str = SPEC) -> tuple[dict[str, Any], Sink]:
        sink = Sink()
        document = read_document(write("spec.yaml", spec), sink)
        paths = [write(f"fix{index}.yaml", text) for index, text in enumerate(texts)]
        result = apply_overlays(document, paths, sink)
        return result.document.data, sink

    return _applied


def schema(data: dict[str, Any]) -> dict[str, Any]:
    return data["components"]["schemas"]["A"]  # type: ignore[no-any-return]


# -- update, remove, copy ---------------------------------------------------------------------


def test_update_merges_objects_recursively_appends_arrays_and_replaces_the_rest(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, sink = applied(overlay("""\
  - target: $.components.schemas.A
    update:
      description: added
      type: object
      required: [w]
      properties:
        x: {enum: [three], description: kept merging}
        w: {type: boolean}
"""))
    a = schema(data)
    assert a["description"] == "added"
    assert a["type"] == "object"
    assert a["required"] == ["x", "ghost", "y", "w"]  # appended
    assert a["properties"]["x"] == {"type": "string", "enum": ["one", "two", "three"],
                                    "description": "kept merging"}
    assert a["properties"]["w"] == {"type": "boolean"}
    assert a["properties"]["y"] == {"type": "string", "default": "y"}
    assert not sink.items


@pytest.mark.parametrize(("version", "required"), [
    ("1.1.0", ["x", "ghost", "y", "a", "b"]),  # 1.1.0: "an array to concatenate"
    ("1.0.0", ["x", "ghost", "y", ["a", "b"]]),  # 1.0.0: "an entry to append"
])
def test_update_of_an_array_concatenates_an_array_in_1_1_and_appends_it_in_1_0(
        applied: Callable[..., tuple[dict[str, Any], Sink]], version: str,
        required: list[Any]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties.x.enum
    update: three
  - target: $.components.schemas.A.required
    update: [a, b]
""", version=version))
    assert schema(data)["properties"]["x"]["enum"] == ["one", "two", "three"]
    assert schema(data)["required"] == required


def test_a_clash_of_kinds_is_replaced_in_1_0(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties.x
    update: {type: [string, "null"], enum: none}
""", version="1.0.0"))
    assert schema(data)["properties"]["x"] == {"type": ["string", "null"], "enum": "none"}


def test_a_copy_onto_itself_or_its_ancestor_reads_the_source_once(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.info
    update: {x-l: [1, 2]}
  - target: $.info
    copy: $.info
  - target: $
    copy: $
  - target: $.info.x-l
    copy: $.info.x-l
"""))
    assert data["info"]["x-l"] == [1, 2] * 8
    assert data["components"]["schemas"]["A"]["required"] == ["x", "ghost", "y"] * 2


def test_an_update_through_a_yaml_alias_changes_only_the_place_it_targets(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    spec = SPEC.replace("        z: {type: integer, default: 3}\n",
                        "        z: &shared {type: integer, default: 3}\n"
                        "        zz: *shared\n")
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties.z
    update: {default: 4}
"""), spec=spec)
    assert schema(data)["properties"]["z"]["default"] == 4
    assert schema(data)["properties"]["zz"]["default"] == 3


def test_update_of_a_primitive_replaces_it(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties[*].default
    update: 7
"""))
    assert schema(data)["properties"]["y"]["default"] == 7
    assert schema(data)["properties"]["z"]["default"] == 7


def test_each_target_gets_its_own_copy(applied: Callable[..., tuple[dict[str, Any], Sink]],
                                       ) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties[*]
    update: {examples: [e]}
"""))
    props = schema(data)["properties"]
    props["x"]["examples"].append("only x")
    assert props["y"]["examples"] == ["e"]


def test_remove_keys_and_array_entries_even_several_of_one_array(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.required[?@ == 'ghost' || @ == 'x']
    remove: true
  - target: $.components.schemas.A.properties.z
    remove: true
  - target: $.components.schemas.A.required[0,0]
    remove: true
"""))
    assert schema(data)["required"] == []
    assert list(schema(data)["properties"]) == ["x", "y"]


def test_remove_wins_over_update(applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas.A.properties.z
    remove: true
    update: {type: string}
"""))
    assert "z" not in schema(data)["properties"]


def test_copy_merges_the_one_node_it_selects(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.components.schemas
    update: {B: {description: B's own}}
  - target: $.components.schemas.B
    copy: $.components.schemas.A
  - target: $.components.schemas.A.properties.y.enum
    copy: $.components.schemas.A.properties.x.enum
"""), spec=SPEC.replace('default: "y"}', 'default: "y", enum: [zero]}'))
    b = data["components"]["schemas"]["B"]
    assert b["description"] == "B's own"
    assert b["required"] == ["x", "ghost", "y"]
    assert b["properties"]["y"]["enum"] == ["zero"]  # copied before A changed, not shared
    assert schema(data)["properties"]["y"]["enum"] == ["zero", "one", "two"]  # 1.1.0


def test_overlays_and_actions_run_in_order(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, _ = applied(overlay("""\
  - target: $.info
    update: {title: first}
  - target: $.info
    update: {title: second}
"""), overlay("""\
  - target: $.info
    update: {title: third}
""", version="1.0.0"))
    assert data["info"]["title"] == "third"


def test_extends_is_ignored_with_a_note(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    text = overlay("  - {target: $.info, update: {title: x}}\n").replace(
        "actions:", "extends: https://example.com/openapi.yaml\nactions:")
    data, sink = applied(text)
    assert data["info"]["title"] == "x"
    assert [(d.severity, d.code, d.pointer) for d in sink.items] == \
        [("note", "overlay-extends", "#/extends")]


# -- stale actions ----------------------------------------------------------------------------


def test_an_action_that_matches_nothing_is_a_stale_warning_naming_overlay_and_action(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, sink = applied(overlay("""\
  - target: $.info
    update: {title: fine}
  - target: $.components.schemas.Gone
    description: Gone was misspelt upstream
    remove: true
"""))
    assert data["info"]["title"] == "fine"
    [stale] = sink.items
    assert (stale.severity, stale.code, stale.pointer, stale.line) == \
        ("warning", "overlay-stale", "#/actions/1", 6)
    assert stale.file.endswith("fix0.yaml")
    assert "action 1 (Gone was misspelt upstream) matches nothing" in stale.message


def test_an_action_that_changes_nothing_is_stale_too(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    data, sink = applied(overlay("""\
  - target: $.components.schemas.A.properties.x
    description: x is a string
    update: {type: string, enum: []}
  - target: $.components.schemas.A.properties[?@.type == 'integer'].default
    update: 3
  - target: $.components.schemas.A.properties.y
    update: {type: string, default: "z"}
""", version="1.0.0"))
    assert schema(data)["properties"]["y"]["default"] == "z"
    assert [(d.code, d.pointer, d.line) for d in sink.items] == \
        [("overlay-stale", "#/actions/0", 4), ("overlay-stale", "#/actions/1", 7)]
    assert "action 0 (x is a string) changes nothing: every node it selects already holds " \
        "what it writes" in sink.items[0].message


OPAL_PAGES = """\
openapi: 3.1.0
info: {title: Opal, version: "1"}
paths: {}
components:
  schemas:
    PaginatedAssignedRequestList:
      type: object
      properties: {requests: {type: array}, cursor: {type: %(type)s}}
    RequestList:
      type: object
      properties: {requests: {type: array}, cursor: {type: %(type)s, example: abc}}
    PaginatedAccessRulesList:
      type: object
      properties: {next: {type: %(type)s}, previous: {type: %(type)s}, results: {type: array}}
"""


def test_opals_nullable_cursors_fix_the_flaw_and_go_stale_once_upstream_fixes_it(
        write: Callable[..., Path]) -> None:
    nullable = ["string", "null"]
    mine = REPO / "specs" / "opal" / "overlays" / "nullable-cursors.yaml"
    for declared, stale in (("string", []), ('[string, "null"]', ["#/actions/0",
                                                                  "#/actions/1",
                                                                  "#/actions/2"])):
        sink = Sink()
        document = read_document(write("spec.yaml", OPAL_PAGES % {"type": declared}), sink)
        schemas = apply_overlays(document, [mine], sink).document.data["components"]["schemas"]
        assert schemas["PaginatedAssignedRequestList"]["properties"]["cursor"]["type"] == \
            nullable
        assert schemas["RequestList"]["properties"]["cursor"] == {"type": nullable,
                                                                  "example": "abc"}
        assert [props["type"] for name, props in schemas["PaginatedAccessRulesList"][
            "properties"].items() if name != "results"] == [nullable, nullable]
        assert [(d.code, d.pointer) for d in sink.items] == \
            [("overlay-stale", ptr) for ptr in stale]


# -- refused: one line naming the file, the action and its line --------------------------------


@pytest.mark.parametrize(("text", "where", "says"), [
    (overlay("  - target: $.paths[?@.x ==]\n    remove: true\n"), "#/actions/0/target",
     "action 0: '$.paths[?@.x ==]' is not an RFC 9535 JSONPath"),
    (overlay("  - target: $.info\n    remove: true\n  - target: $..[?(@.a =~ 'b')]\n"
             "    remove: true\n"), "#/actions/1/target", "is not an RFC 9535 JSONPath"),
    (overlay("  - target: $.info\n    copy: $.nothing\n"), "#/actions/0/copy",
     "action 0: `copy` '$.nothing' selects nothing; it must select one"),
    (overlay("  - target: $.info\n    copy: $.components.schemas.A.properties.*\n"),
     "#/actions/0/copy", "selects 3 nodes"),
    (overlay("  - target: $.info\n    copy: $.paths\n", version="1.0.0"), "#/actions/0/copy",
     "`copy` is Overlay 1.1"),
    (overlay("  - target: $.info\n"), "#/actions/0", "does nothing"),
    (overlay("  - target: $.info\n    update: {}\n    copy: $.paths\n"), "#/actions/0",
     "not both"),
    (overlay("  - remove: true\n"), "#/actions/0", "`target` must be a JSONPath"),
    (overlay("  - target: $.info\n    remove: yes\n"), "#/actions/0/remove", "true or false"),
    (overlay("  - target: $.info\n    delete: true\n"), "#/actions/0/delete",
     "unknown field 'delete'"),
    (overlay("  - target: $.info\n    update: just text\n"), "#/actions/0/update",
     "is an object, so `update` must give an object"),
    (overlay("  - target: $\n    remove: true\n"), "#/actions/0/target",
     "the document itself cannot be removed"),
    (overlay("  - target: $.components.schemas.A\n    update: {type: [object]}\n"),
     "#/actions/0/update/type", "an array cannot be merged with a primitive at 'type'"),
    (overlay("  - target: $.info\n    update: {type: {a: 1}}\n  - target: $.info\n"
             "    copy: $.components.schemas.A\n"), "#/actions/1/copy",
     "a primitive cannot be merged with an object at 'type'"),
    (overlay("  - target: $.components.schemas.A.properties.y.default\n    update: [1]\n"),
     "#/actions/0/update", "is a primitive, so `update` must give a primitive"),
    (overlay("  - target: $.components.schemas.A[*]\n    update: {}\n"), "#/actions/0/target",
     "all objects, all arrays or all primitives"),
    (overlay("  - just text\n"), "#/actions/0", "an action must be an object"),
    (overlay("  - target: $.info\n    update: {}\n", version="2.0.0"), "#/overlay",
     "not an Overlay 1.0 or 1.1 document"),
    ("overlay: 1.0.0\ninfo: {title: fix, version: '1'}\nactions: []\n", "#/actions",
     "`actions` must be a non-empty list"),
    ("overlay: 1.0.0\nactions: [{target: $.info, remove: true}]\n", "#",
     "`info` must be an object"),
])
def test_a_bad_overlay_is_one_error_with_file_action_and_line(
        applied: Callable[..., tuple[dict[str, Any], Sink]], text: str, where: str,
        says: str) -> None:
    with pytest.raises(SpecError) as caught:
        applied(text)
    [error] = caught.value.diagnostics
    assert (error.severity, error.code, error.pointer) == ("error", "bad-overlay", where)
    assert error.file.endswith("fix0.yaml")
    assert says in error.message
    assert "\n" not in error.render()
    if where != "#":
        assert error.line is not None


def test_the_line_is_the_actions_own(write: Callable[..., Path]) -> None:
    path = write("fix.yaml", overlay("  - target: $.info\n    update: {title: a}\n"
                                     "  - target: $.info\n    copy: $.missing\n"))
    sink = Sink()
    document = read_document(write("spec.yaml", SPEC), sink)
    with pytest.raises(SpecError) as caught:
        apply_overlays(document, [path], sink)
    assert caught.value.diagnostics[0].render() == (
        f"error: {document.name.replace('spec.yaml', 'fix.yaml')}#/actions/1/copy (line 7): "
        "action 1: `copy` '$.missing' selects nothing; it must select one")


# -- untrusted input --------------------------------------------------------------------------


def test_an_overlay_is_read_by_the_safe_loader(
        applied: Callable[..., tuple[dict[str, Any], Sink]]) -> None:
    with pytest.raises(SpecError) as caught:
        applied(overlay("  - target: $.info\n    update: !!python/object/apply:os.system "
                        "['true']\n"))
    assert caught.value.diagnostics[0].code == "invalid-yaml"


def test_copies_cannot_grow_the_document_without_bound(
        applied: Callable[..., tuple[dict[str, Any], Sink]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlay_module, "MAX_NODES", 2000)
    doubling = "".join("  - target: $.components\n    copy: $.components.schemas\n"
                       "  - target: $.components.schemas\n    update: {}\n" for _ in range(1))
    grow = "".join(f"  - target: $.components.schemas\n    update: {{C{i}: {{}}}}\n"
                   f"  - target: $.components.schemas.C{i}\n    copy: $.components\n"
                   for i in range(20))
    with pytest.raises(SpecError) as caught:
        applied(overlay(doubling + grow))
    [error] = caught.value.diagnostics
    assert "the overlays write more than 2000 values" in error.message


def test_nothing_written_deeper_than_the_limit(
        applied: Callable[..., tuple[dict[str, Any], Sink]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlay_module, "MAX_DEPTH", 10)
    with pytest.raises(SpecError) as caught:
        applied(overlay("  - target: $.components.schemas.A.properties.x\n"
                        "    update: {a: {b: {c: {d: {e: {f: {g: 1}}}}}}}\n"))
    assert "nested deeper than 10 levels" in caught.value.diagnostics[0].message


# -- findings placed where a human fixes them -------------------------------------------------


def _found(write: Callable[..., Path], spec: str, text: str) -> list[Diagnostic]:
    sink = Sink()
    load_api(write("spec.yaml", spec), sink, overlays=[write("fix.yaml", text)])
    return sink.warnings


def test_a_finding_in_what_an_overlay_wrote_names_the_overlay_and_action(
        write: Callable[..., Path]) -> None:
    found = _found(write, SPEC, overlay("""\
  - target: $.info
    update: {title: T2}
  - target: $.components.schemas.A.properties
    description: w's default
    update:
      w: {type: integer, default: not a number}
"""))
    [bad] = [d for d in found if "default" in d.message]
    assert bad.file.endswith("fix.yaml")
    assert bad.pointer == "#/actions/1/update/w/default"
    assert bad.line == 9
    assert "written by overlay action 1 (w's default)" in bad.message
    assert "#/components/schemas/A/properties/w/default of the document after overlays" \
        in bad.message


def test_a_finding_at_a_node_an_overlay_changed_names_the_overlay_and_action_too(
        write: Callable[..., Path]) -> None:
    spec = SPEC.replace("      required: [x, ghost, y]\n", "")
    found = _found(write, spec, overlay("""\
  - target: $.info
    update: {title: T2}
  - target: $.components.schemas.A
    description: A needs ghost
    update:
      required: [ghost]
"""))
    [bad] = [d for d in found if "'ghost'" in d.message]
    assert bad.file.endswith("spec.yaml")
    assert bad.pointer == "#/components/schemas/A"
    assert bad.message.endswith("(changed by overlay " + bad.file.replace("spec.yaml", "fix.yaml")
                                + " action 1, line 6)")


def test_a_finding_elsewhere_keeps_the_vendored_file_and_line_even_after_a_removal(
        write: Callable[..., Path]) -> None:
    spec = SPEC.replace("paths:", "servers: [{url: 'https://a.example'}, {url: 'b'}]\npaths:")
    spec = spec.replace('default: "y"}', "default: 5}")
    found = _found(write, spec, overlay("""\
  - target: $.components.schemas.A.required[0]
    remove: true
  - target: $.paths['/a'].get.responses
    update: {'404': {description: missing}}
"""))
    [bad] = [d for d in found if "default" in d.message]
    assert bad.file.endswith("spec.yaml")
    assert bad.pointer == "#/components/schemas/A/properties/y/default"
    assert bad.line == 21


def test_a_shifted_index_is_translated_back_to_the_vendored_file(
        write: Callable[..., Path]) -> None:
    spec = SPEC.replace("      required: [x, ghost, y]\n", "      allOf:\n"
                        "        - {type: object}\n        - {type: object}\n"
                        "        - {type: object, properties: {q: {type: string, default: 1}}}\n"
                        "      required: [x, ghost, y]\n")
    found = _found(write, spec, overlay("""\
  - target: $.components.schemas.A.allOf[0]
    remove: true
"""))
    [bad] = [d for d in found if "default" in d.message]
    assert bad.file.endswith("spec.yaml")
    assert bad.pointer == "#/components/schemas/A/allOf/2/properties/q/default"
    assert bad.line == 20


def test_the_validation_verdict_depends_on_the_overlays(write: Callable[..., Path],
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same spec text with other overlays is another document: no verdict is reused."""
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = write("spec.yaml", SPEC)
    fine = write("fine.yaml", overlay("  - {target: $.info, update: {title: T}}\n"))
    broken = write("broken.yaml", overlay("  - target: $.paths['/a'].get\n"
                                          "    update: {parameters: [{name: q, in: x}]}\n"))
    load_api(spec, Sink(), overlays=[fine])
    with pytest.raises(SpecError) as caught:
        load_api(spec, Sink(), overlays=[broken])
    assert any(d.file.endswith("broken.yaml") and d.pointer.startswith("#/actions/0/update")
               for d in caught.value.diagnostics)
