"""generator.emit.render: templates found beside the package, every file of a package
rendered from the view (deterministically), spec text escaped by the filters."""

from __future__ import annotations

import ast
import json
import tomllib
from pathlib import Path

from generator.emit import render
from generator.emit.view import build_view
from generator.sources import template_folder

SPEC = """
openapi: 3.0.3
info: {title: "Ren|der <b>`x`</b>", version: "2.1"}
servers: [{url: "https://render.test/v1"}]
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}}
components:
  schemas:
    Thing: {type: object, properties: {id: {type: string}}}
    Colour: {type: string, enum: [red]}
    Either: {oneOf: [{$ref: "#/components/schemas/Thing"}, {type: integer}]}
"""


def _unformatted(files: dict[str, str]) -> dict[str, str]:
    return files


def _render(write, load, name: str = "render.yaml") -> dict[str, str]:
    api, _ = load(write(name, SPEC))
    return render.render_package(build_view(api, "render_client"),
                                 format_python=_unformatted)


def test_the_template_folder_holds_every_template_and_the_runtimes() -> None:
    folder = template_folder()
    assert folder == Path(render.__file__).resolve().parents[2] / "templates"
    assert {"runtime.py", "testing_runtime.py", "group.py.jinja",
            "model.py.jinja"} <= {p.name for p in folder.iterdir()}
    assert render.runtime_source() == (folder / "runtime.py").read_text(encoding="utf-8")
    assert render.kit_runtime_source() == (folder / "testing_runtime.py").read_text(
        encoding="utf-8")


def test_every_file_of_the_package_is_rendered(write, load) -> None:
    files = _render(write, load)
    pkg = "render_client"
    assert {f"{pkg}/models/thing.py", f"{pkg}/models/colour.py", f"{pkg}/models/either.py",
            f"{pkg}/resources/things.py", f"{pkg}/testing.py", f"{pkg}/types.py",
            f"{pkg}/client.py", f"{pkg}/_runtime.py", f"{pkg}/_testing.py", f"{pkg}/py.typed",
            "README.md", "pyproject.toml"} <= set(files)
    for path, text in files.items():
        if path.endswith(".py"):
            ast.parse(text, path)
    project = tomllib.loads(files["pyproject.toml"])["project"]
    assert project["version"] == "2.1"  # the spec's version, a valid package version


def test_rendering_is_deterministic(write, load) -> None:
    assert _render(write, load, "a/render.yaml") == _render(write, load, "b/render.yaml")


def test_only_generated_python_modules_are_formatted(write, load) -> None:
    """The runtimes are copied as they are; every other .py module goes to the formatter."""
    seen: list[str] = []

    def formatter(sources: dict[str, str]) -> dict[str, str]:
        seen.extend(sources)
        return {path: "# formatted\n" for path in sources}

    api, _ = load(write("render.yaml", SPEC))
    files = render.render_package(build_view(api, "render_client"), format_python=formatter)
    assert "render_client/_runtime.py" not in seen and "render_client/_testing.py" not in seen
    assert set(seen) == {p for p in files if p.endswith(".py")} - {
        "render_client/_runtime.py", "render_client/_testing.py", "render_client/mcp/_server.py"}
    assert all(files[p] == "# formatted\n" for p in seen)
    assert files["render_client/_runtime.py"] == render.runtime_source()
    assert files["render_client/mcp/_server.py"] == render.mcp_server_source()


def test_markdown_text_is_one_line_that_cannot_open_html_tables_or_code() -> None:
    text = render.markdown_text("a |\n b <i>`c`</i> &")
    assert text == "a \\| b &lt;i&gt;'c'&lt;/i&gt; &amp;"
    assert "\n" not in text


def test_toml_string_is_a_basic_string_tomllib_reads_back() -> None:
    for value in ['a "quoted" \\ value', "line\nbreak", "del\x7f", "é"]:
        assert tomllib.loads(f"x = {render.toml_string(value)}")["x"] == value
    assert render.toml_string("x") == json.dumps("x")


def test_a_spec_version_that_is_no_package_version_gives_0_0_0() -> None:
    assert render._version("2.1.0") == "2.1.0"
    assert render._version("v2-beta") == "0.0.0"


def _top_level_names(body: list[ast.stmt]) -> set[str]:
    """What a module defines or imports at its top, `if TYPE_CHECKING:` blocks included."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, ast.If):
            names |= _top_level_names(node.body) | _top_level_names(node.orelse)
        elif isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names |= {a.asname or a.name for a in node.names}
    return names


def test_every_generated_module_opens_with_the_line_and_declares_all(write, load) -> None:
    """The copied runtimes aside, each module says it is generated, in one fixed line, and
    lists in `__all__` every public class it defines, and only names it has."""
    files = _render(write, load)
    modules = {path: text for path, text in files.items() if path.endswith(".py")
               and path.rsplit("/", 1)[1] not in ("_runtime.py", "_testing.py", "_server.py")}
    assert len(modules) >= 12
    for path, text in modules.items():
        assert text.splitlines()[0] == render.GENERATED_LINE, path
        tree = ast.parse(text)
        [declared] = [node for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
                      and "__all__" in ast.unparse(node).split("=")[0]]
        assert declared.value is not None
        exported = ast.literal_eval(declared.value)
        assert set(exported) <= _top_level_names(tree.body), path
        classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)
                   and not n.name.startswith("_")}
        assert classes <= set(exported), path


def test_the_generated_line_holds_no_spec_text(write, load) -> None:
    hostile = SPEC.replace('title: "Ren|der <b>`x`</b>"', 'title: "x\\n import os #"')
    api, _ = load(write("hostile.yaml", hostile))
    files = render.render_package(build_view(api, "render_client"), format_python=_unformatted)
    assert {text.splitlines()[0] for path, text in files.items() if path.endswith(
        ("models/thing.py", "client.py", "types.py"))} == {render.GENERATED_LINE}
    assert render.GENERATED_LINE.isprintable() and render.GENERATED_LINE.startswith("# ")


def test_every_module_names_the_models_package_by_one_alias(write, load) -> None:
    for path, text in _render(write, load).items():
        if path.endswith(".py"):
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ImportFrom):
                    aliases = {a.asname for a in node.names if a.name == "models"}
                    assert aliases <= {"_m", None}, path
