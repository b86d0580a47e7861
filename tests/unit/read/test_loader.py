"""generator.read.loader: parse YAML/JSON safely, bound the work, report problems with a
location."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diagnostics import Sink, SpecError
from generator.model import ir
from generator.model.resolve import load_api
from generator.read import loader
from generator.read.limits import MAX_NODES
from generator.read.loader import expanded_size, read_document

from ..conftest import generate_in, one_clean_error


def _error(path: Path) -> tuple[SpecError, Sink]:
    sink = Sink()
    with pytest.raises(SpecError) as info:
        read_document(path, sink)
    return info.value, sink


def _codes(error: SpecError) -> list[str]:
    return [d.code for d in error.diagnostics]


def test_reads_yaml_into_plain_data(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
    """)
    sink = Sink()
    document = read_document(path, sink)
    assert document.data == {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
                             "paths": {}}
    assert document.path == path
    assert sink.items == []


def test_reads_json(write) -> None:
    data = {"openapi": "3.1.0", "info": {"title": "J", "version": "2"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}
    path = write("spec.json", json.dumps(data, indent=2))
    assert read_document(path, Sink()).data == data


def test_json_keeps_strings_yaml_would_reinterpret(write) -> None:
    path = write("spec.json", '{"openapi": "3.0.3", "x": {"on": "yes", "d": "2024-01-01"}}')
    assert read_document(path, Sink()).data["x"] == {"on": "yes", "d": "2024-01-01"}


def test_utf8_bom_is_accepted(write) -> None:
    path = write("bom.yaml", "\ufeffopenapi: 3.0.3\ninfo: {title: Ü, version: '1'}\n"
                 .encode("utf-8"))
    assert read_document(path, Sink()).data["info"]["title"] == "Ü"


def test_invalid_yaml_reports_the_line(write) -> None:
    path = write("bad.yaml", "openapi: 3.0.3\ninfo:\n  title: x\n  version: [1, 2\npaths: {}\n")
    error, _ = _error(path)
    [diagnostic] = error.diagnostics
    assert diagnostic.code == "invalid-yaml"
    assert diagnostic.severity == "error"
    assert diagnostic.file == str(path)
    assert diagnostic.line == 5
    assert "(line 5)" in diagnostic.render()
    assert "invalid YAML" in diagnostic.message


def test_yaml_tab_indentation_reports_the_line(write) -> None:
    path = write("tabs.yaml", "openapi: 3.0.3\ninfo:\n\ttitle: x\n")
    error, _ = _error(path)
    assert _codes(error) == ["invalid-yaml"]
    assert error.diagnostics[0].line == 3


def test_invalid_json_reports_the_line(write) -> None:
    path = write("bad.json", '{\n  "openapi": "3.0.3",\n  "info": {,}\n}\n')
    error, _ = _error(path)
    [diagnostic] = error.diagnostics
    assert diagnostic.code == "invalid-json"
    assert diagnostic.line == 3


def test_a_trailing_comma_in_json_is_read_past_with_a_warning_at_its_line(write) -> None:
    # main: "invalid JSON: Expecting property name enclosed in double quotes", refused
    text = '{\n  "openapi": "3.0.3",\n  "info": {"title": "a ,} b", "version": "1",},\n' \
        '  "tags": [{"name": "x"} ,\n  ],\n  "paths": {}\n}\n'
    sink = Sink()
    document = read_document(write("spec.json", text), sink)
    assert document.data == {"openapi": "3.0.3", "paths": {}, "tags": [{"name": "x"}],
                             "info": {"title": "a ,} b", "version": "1"}}  # string untouched
    assert document.text == text  # lines are found in the text as written
    assert [(d.severity, d.code, d.line) for d in sink.items] == [
        ("warning", "json-trailing-comma", 3), ("warning", "json-trailing-comma", 4)]


@pytest.mark.parametrize("text", ['{"a": 1,,}', '{,}', '{"a": [1, ,]}', '{"a": 1,'])
def test_json_broken_otherwise_than_by_a_trailing_comma_is_still_refused(write,
                                                                           text: str) -> None:
    error, sink = _error(write("bad.json", text))
    assert _codes(error) == ["invalid-json"]
    assert sink.warnings == []


def test_past_a_bound_of_trailing_commas_json_is_refused(write) -> None:
    """Each comma forgiven costs a parse of the whole text: a file of thousands is no JSON
    with a slip in it, and is refused after a bounded number of parses."""
    many = loader.MAX_TRAILING_COMMAS + 1
    error, _ = _error(write("bad.json", '{"a": ' + "[" * many + "1" + ",]" * many + "}"))
    assert _codes(error) == ["invalid-json"]
    fewer = loader.MAX_TRAILING_COMMAS
    sink = Sink()
    read_document(write("ok.json", '{"a": ' + "[" * fewer + "1" + ",]" * fewer + "}"), sink)
    assert len(sink.warnings) == 1  # all on line 1: one warning per line said


def test_a_large_json_file_gets_fewer_reparses_for_trailing_commas(write, monkeypatch) -> None:
    """Review: 20 re-parses of a 58 MB file took 11 s; parsing is budgeted by size."""
    monkeypatch.setattr(loader, "PARSE_BUDGET", 40)
    text = '{"a": [[1,],],}'  # 15 characters: 2 re-parses fit the budget, 3 do not
    error, _ = _error(write("bad.json", text))
    assert _codes(error) == ["invalid-json"]
    monkeypatch.setattr(loader, "PARSE_BUDGET", 45)
    assert read_document(write("ok.json", text), Sink()).data == {"a": [[1]]}


def test_non_utf8_bytes_are_refused(write) -> None:
    path = write("latin1.yaml", b"openapi: 3.0.3\ninfo:\n  title: caf\xe9\n")
    error, _ = _error(path)
    [diagnostic] = error.diagnostics
    assert diagnostic.code == "not-utf8"
    assert "UTF-8" in diagnostic.message
    assert str(len(b"openapi: 3.0.3\ninfo:\n  title: caf")) in diagnostic.message


def test_utf16_is_refused_as_not_utf8(write) -> None:
    path = write("utf16.yaml", "openapi: 3.0.3\n".encode("utf-16"))
    assert _codes(_error(path)[0]) == ["not-utf8"]


def test_missing_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    error, _ = _error(tmp_path / "nope.yaml")
    assert _codes(error) == ["unreadable"]


def test_too_large_file_is_refused_before_parsing(write, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 10)
    path = write("big.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n")
    error, _ = _error(path)
    assert _codes(error) == ["too-large"]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- a\n- b\n", "just a string\n",
                                  "42\n", "[1, 2]"])
def test_a_document_that_is_not_a_mapping_is_refused(write, text: str) -> None:
    path = write("odd.yaml", text)
    assert _codes(_error(path)[0]) == ["not-a-mapping"]


def test_python_tags_are_not_constructed(write, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    path = write("evil.yaml", f"""
        openapi: 3.0.3
        x: !!python/object/apply:os.system ["touch {marker}"]
    """)
    error, _ = _error(path)
    assert _codes(error) == ["invalid-yaml"]
    assert not marker.exists()


def test_multiple_documents_are_refused(write) -> None:
    path = write("multi.yaml", "openapi: 3.0.3\n---\nopenapi: 3.1.0\n")
    assert _codes(_error(path)[0]) == ["invalid-yaml"]


def _alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["openapi: 3.0.3", "x-bomb:",
             "  a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"  a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_yaml_alias_bomb_is_refused(write, tmp_path: Path) -> None:
    path = write("bomb.yaml", _alias_bomb())
    assert path.stat().st_size < 2000
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from generator.diagnostics import Sink, SpecError\n"
        "from generator.read.loader import read_document\n"
        "try:\n"
        "    read_document(Path(sys.argv[1]), Sink())\n"
        "except SpecError as e:\n"
        "    print(json.dumps([[d.code, d.message, d.file] for d in e.diagnostics]))\n"
        "else:\n"
        "    print('accepted')\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    diagnostics = json.loads(done.stdout)
    assert len(diagnostics) == 1
    code, message, file = diagnostics[0]
    assert code == "too-many-nodes"
    assert "alias bomb" in message
    assert file == str(path)


def test_shared_aliases_within_the_limit_are_fine(write) -> None:
    path = write("aliases.yaml", """
        openapi: 3.0.3
        x-common: &common {type: string, description: shared}
        x-a: *common
        x-b: [*common, *common]
    """)
    data = read_document(path, Sink()).data
    assert data["x-a"] == {"type": "string", "description": "shared"}
    assert data["x-b"] == [data["x-a"], data["x-a"]]


@pytest.mark.parametrize("depth", [300, 5000, 30000])
def test_deeply_nested_flow_yaml_is_refused(write, depth: int) -> None:
    # measured before libyaml parses it: at 30,000 levels libyaml itself used to crash
    # the process (exit 139) instead of raising
    path = write("deep.yaml", "openapi: 3.0.3\nx: " + "[" * depth + "]" * depth + "\n")
    error, _ = _error(path)
    assert _codes(error) == ["too-deep"]


def test_brackets_inside_strings_and_comments_do_not_count_as_depth(write) -> None:
    text = "openapi: 3.0.3\nx: '" + "[" * 500 + "'\ny: \"" + "{" * 500 + "\"\n# " + "[" * 500 + "\n"
    data = read_document(write("ok.yaml", text), Sink()).data
    assert data["x"] == "[" * 500


def test_deeply_nested_block_yaml_is_refused(write) -> None:
    depth = 400
    text = "openapi: 3.0.3\n" + "".join(" " * i + "a:\n" for i in range(depth)) \
        + " " * depth + "b: 1\n"
    path = write("deep.yaml", text)
    error, _ = _error(path)
    assert _codes(error) == ["too-deep"]
    assert "200" in error.diagnostics[0].message
    assert error.diagnostics[0].pointer.startswith("#/a/a/a")


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_json_is_refused(write, depth: int) -> None:
    path = write("deep.json", '{"openapi": "3.0.3", "x": ' + "[" * depth + "]" * depth + "}")
    assert _codes(_error(path)[0]) == ["too-deep"]


def test_nesting_within_the_limit_is_accepted(write) -> None:
    depth = 150
    path = write("ok.yaml", "openapi: 3.0.3\nx: " + "[" * depth + "]" * depth + "\n")
    node = read_document(path, Sink()).data["x"]
    for _ in range(depth - 1):
        node = node[0]
    assert node == []


def test_yaml_timestamps_stay_text_with_a_warning(write) -> None:
    path = write("ts.yaml", """
        openapi: 3.0.3
        components:
          schemas:
            Token:
              type: object
              properties:
                created_at:
                  type: string
                  example: 2024-01-02T03:04:05Z
                day:
                  type: string
                  example: 2024-01-02
              example:
                created_at: 2024-01-02 03:04:05.123+01:00
    """)
    sink = Sink()
    data = read_document(path, sink).data
    props = data["components"]["schemas"]["Token"]["properties"]
    assert props["created_at"]["example"] == "2024-01-02T03:04:05Z"
    assert type(props["created_at"]["example"]) is str
    assert props["day"]["example"] == "2024-01-02"
    assert type(props["day"]["example"]) is str
    example = data["components"]["schemas"]["Token"]["example"]["created_at"]
    assert example == "2024-01-02 03:04:05.123+01:00"
    assert type(example) is str
    warned = {(d.code, d.pointer) for d in sink.warnings}
    assert warned == {
        ("yaml-timestamp", "#/components/schemas/Token/properties/created_at/example"),
        ("yaml-timestamp", "#/components/schemas/Token/properties/day/example"),
        ("yaml-timestamp", "#/components/schemas/Token/example/created_at"),
    }
    assert all(d.file == str(path) for d in sink.warnings)
    assert sink.errors == []


def test_yaml_timestamps_inside_lists_stay_text(write) -> None:
    path = write("ts.yaml", "openapi: 3.0.3\nx-dates: [2024-01-02, 2024-01-02T03:04:05Z]\n")
    dates = read_document(path, Sink()).data["x-dates"]
    assert dates == ["2024-01-02", "2024-01-02T03:04:05Z"]
    assert all(type(d) is str for d in dates)


def test_the_whole_document_serialises_as_json(write) -> None:
    path = write("ts.yaml", """
        openapi: 3.0.3
        x-when: 2024-01-02
        paths:
          /a:
            get:
              responses:
                200: {description: ok}
    """)
    json.dumps(read_document(path, Sink()).data)


def test_integer_keys_become_strings(write) -> None:
    path = write("codes.yaml", """
        openapi: 3.0.3
        paths:
          /a:
            get:
              responses:
                200: {description: ok}
                404: {description: missing}
                default: {description: other}
    """)
    responses = read_document(path, Sink()).data["paths"]["/a"]["get"]["responses"]
    assert set(responses) == {"200", "404", "default"}
    assert all(type(k) is str for k in responses)
    assert responses["200"] == {"description": "ok"}
    assert responses["404"] == {"description": "missing"}


def test_integer_keys_inside_shared_aliases_become_strings(write) -> None:
    path = write("codes.yaml", """
        openapi: 3.0.3
        x-common: &common {200: {description: ok}}
        x-a: *common
        x-b: *common
    """)
    data = read_document(path, Sink()).data
    assert list(data["x-a"]) == ["200"]
    assert list(data["x-b"]) == ["200"]


S = "#/components/schemas/"


# -- regression: YAML 1.1 booleans -------------------------------------------------------------


def test_yaml_keys_and_enum_values_that_yaml_11_reads_as_booleans_stay_text(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Bools, version: "1"}
        paths: {}
        x-keys:
          on: 1
          null: 2
          yes: 3
          off: 4
          true: 5
        components:
          schemas:
            Answer:
              type: string
              enum: [yes, no, on, off, y, n]
    """)
    data = read_document(path, Sink()).data
    assert data["x-keys"] == {"on": 1, "null": 2, "yes": 3, "off": 4, "true": 5}
    assert all(type(k) is str for k in data["x-keys"])
    assert data["components"]["schemas"]["Answer"]["enum"] == ["yes", "no", "on", "off", "y", "n"]

    api = load_api(path, Sink())
    answer = api.definitions[S + "Answer"]
    assert isinstance(answer, ir.EnumDef)
    assert answer.value_kind == "string"
    assert answer.values == ("yes", "no", "on", "off", "y", "n")


# -- an alias bomb is measured before it is built ----------------------------------------------


def test_an_alias_bomb_is_refused_before_any_python_object_is_built(write,
                                                                   monkeypatch) -> None:
    # main built the (shared) lists, then walked 5 million of them: 7-13 s before refusing
    from generator.read import loader

    built: list[object] = []
    monkeypatch.setattr(loader._SpecLoader, "construct_document",
                        lambda self, node: built.append(node))
    path = write("bomb.yaml", _alias_bomb())
    tracemalloc.start()
    try:
        with pytest.raises(SpecError) as info:
            read_document(path, Sink())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.code for d in info.value.diagnostics] == ["too-many-nodes"]
    assert built == []
    assert peak < 2 * 1024 * 1024


def test_the_expanded_size_counts_every_use_of_an_anchor() -> None:
    node = yaml.compose("a: &a [[1], [2]]\nb: [*a, *a, *a]\n")
    assert expanded_size(node) == 1 + 3 + 1 + 3 * 3


def test_a_recursive_alias_is_refused(write) -> None:
    path = write("loop.yaml", "openapi: 3.0.3\nx-loop: &loop [1, *loop]\n")
    assert expanded_size(yaml.compose(path.read_text())) > MAX_NODES
    with pytest.raises(SpecError) as info:
        read_document(path, Sink())
    assert [d.code for d in info.value.diagnostics] == ["too-many-nodes"]


# -- work skipped where it cannot find anything (issue 20) -------------------------------------


def test_a_text_without_an_anchor_is_not_walked_for_aliases(write, monkeypatch) -> None:
    # main walked the composed graph of every YAML spec: a second for a 1,000-operation one
    walked: list[object] = []
    real = loader.expanded_size
    monkeypatch.setattr(loader, "expanded_size", lambda node: walked.append(node) or real(node))
    read_document(write("plain.yaml", "openapi: 3.0.3\nx: {a: 'R&D', b: [c&d], c: a & b}\n"),
                  Sink())
    assert walked == []
    read_document(write("anchored.yaml", "openapi: 3.0.3\nx: &a [1]\ny: *a\n"), Sink())
    assert len(walked) == 1


_SHARED = st.lists(st.integers(0, 3) | st.text("ab&* ", max_size=4), min_size=1, max_size=3)


@settings(max_examples=200, deadline=None)
@given(shared=_SHARED, flow=st.sampled_from([True, False, None]),
       shape=st.sampled_from(["map", "list", "nested"]))
def test_wherever_yaml_writes_an_anchor_the_check_sees_one(shared: list, flow: bool | None,
                                                          shape: str) -> None:
    data: object = {"a": shared, "b": shared} if shape == "map" else [shared, shared] \
        if shape == "list" else {"x": [{"y": shared}], "z": {"w": shared}}
    text = yaml.dump(data, default_flow_style=flow)
    assert any(event.anchor for event in yaml.parse(text) if hasattr(event, "anchor"))
    assert loader._may_alias(text)


def test_with_a_pyyaml_that_bounds_nesting_no_event_walk_comes_first(write,
                                                                     monkeypatch) -> None:
    # main parsed every spec with 2,000 brackets twice: once for its depth, once for its data
    assert loader._yaml_bounds_nesting()  # PyYAML 6.0.4, the locked version, does

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("events walked")

    monkeypatch.setattr(loader.yaml, "parse", refused)
    wide = "openapi: 3.0.3\nx: [" + ", ".join(["[1]"] * 3000) + "]\n"
    assert len(read_document(write("wide.yaml", wide), Sink()).data["x"]) == 3000
    deep = "openapi: 3.0.3\nx: " + "[" * 300 + "]" * 300 + "\n" + "# [" * 2000
    assert _codes(_error(write("deep.yaml", deep))[0]) == ["too-deep"]  # by the shape check


def test_with_a_pyyaml_that_does_not_the_depth_is_measured_first(write, monkeypatch) -> None:
    monkeypatch.setattr(loader, "_yaml_bounds_nesting", lambda: False)
    path = write("deep.yaml", "openapi: 3.0.3\nx: " + "[" * 300 + "]" * 300 + "\n" + "# [" * 2000)
    error, _ = _error(path)
    assert _codes(error) == ["too-deep"] and error.diagnostics[0].pointer == "#"


def test_a_scalar_s_type_follows_its_text_and_quoting_every_time(write) -> None:
    # each tag is looked up once per text and quoting, then remembered
    path = write("s.yaml", "openapi: 3.0.3\nx: [1, '1', 1, '1', true, 'true', true, null, "
                 "'null', null, 1.5, '1.5', on, on, '', '']\ny: 1\nz: '1'\n")
    data = read_document(path, Sink()).data
    assert data["x"] == [1, "1", 1, "1", True, "true", True, None, "null", None, 1.5, "1.5",
                         "on", "on", "", ""]
    assert (data["y"], data["z"]) == (1, "1")


# -- hostile input through the whole command line, in a fresh process --------------------------
# (a crash, a hang or a traceback shows; the tests above cover the rules in process)

MB = 1024 * 1024

OPERATION = """\
servers: [{url: "http://localhost"}]
paths:
  /things:
    get:
      operationId: getThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"""




def test_a_50_mb_spec_is_generated_within_the_timeout(tmp_path: Path) -> None:
    line = "  " * 2 + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2 + "\n"
    with (tmp_path / "big.yaml").open("w", encoding="utf-8") as handle:
        handle.write('openapi: 3.0.3\ninfo:\n  title: Big\n  version: "1"\n  description: |\n')
        handle.write(line * (50 * MB // len(line) + 1))
        handle.write(OPERATION)
    assert (tmp_path / "big.yaml").stat().st_size > 50 * MB
    done = generate_in(tmp_path, "big.yaml", timeout=180)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 0, stderr[-2000:]
    assert re.fullmatch(r"big\.yaml: wrote out \((\d+) files: \1 new\); 1 operation, 1 model",
                        stderr.splitlines()[-1])
    assert (tmp_path / "out" / "hostile_client" / "models" / "__init__.py").is_file()


def test_a_spec_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "huge.yaml").open("w", encoding="utf-8") as handle:
        handle.write('openapi: 3.0.3\ninfo: {title: Huge, version: "1"}\npaths: {}\nx-pad: ')
        for _ in range(65):
            handle.write("x" * MB)
    line = one_clean_error(generate_in(tmp_path, "huge.yaml", timeout=30), tmp_path)
    assert line.startswith("error: huge.yaml#: ")
    assert "the limit is" in line


def test_non_utf8_bytes_give_one_clear_line(tmp_path: Path) -> None:
    before = b'openapi: 3.0.3\ninfo: {title: "Caf'
    (tmp_path / "latin1.yaml").write_bytes(before + b'\xe9", version: "1"}\npaths: {}\n')
    line = one_clean_error(generate_in(tmp_path, "latin1.yaml"), tmp_path)
    assert line.startswith("error: latin1.yaml#: ")
    assert "not UTF-8" in line and f"offset {len(before)}" in line


def test_an_anchor_written_right_after_a_flow_colon_is_seen(write, monkeypatch) -> None:
    # the check looked for `&` after a space or a flow indicator only: `"l0":&l0 [...]` let a
    # flow-style alias bomb past the cheap refusal, to be stopped seconds later by the shape
    walked: list[object] = []
    real = loader.expanded_size
    monkeypatch.setattr(loader, "expanded_size", lambda node: walked.append(node) or real(node))
    text = 'openapi: 3.0.3\nx-a: {"l0":&l0 [1, 2], "l1":[*l0, *l0]}\n'
    assert read_document(write("flow.yaml", text), Sink()).data["x-a"]["l1"] == [[1, 2], [1, 2]]
    assert len(walked) == 1
    levels = ['"l0":&l0 [' + ", ".join(["1"] * 9) + "]"]
    levels += [f'"l{i}":&l{i} [' + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    bomb = "openapi: 3.0.3\nx-bomb: {" + ", ".join(levels) + "}\n"
    assert _codes(_error(write("bomb.yaml", bomb))[0]) == ["too-many-nodes"]
