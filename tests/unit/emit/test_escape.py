"""generator.emit.escape: spec text reaches generated code only as safe literals and docstrings."""

from __future__ import annotations

import ast
import inspect

import pytest

from generator.emit.escape import docstring, literal

HOSTILE = [
    '"""; import os; os.system("touch PWNED"); """',
    "'''; import os; os.system('touch PWNED'); '''",
    "ends with a backslash \\",
    "\\",
    "\\\\",
    'ends with a quote "',
    '"',
    '""',
    '"starts with a quote',
    'a\\"""b',
    'q"""',
    "nul\x00byte",
    "carriage\rreturn",
    "windows\r\nnewlines\r\n",
    "line one\nline two\n\n  indented line four",
    "/* not a comment */ */",
    "# not a comment either",
    "\\x41\\N{BULLET}\\u0041 escapes",
    "{braces} %s {0} {{",
    "tab\tand\x0bvertical\x0cfeed",
    "\x1b[31mansi\x1b[0m",
    "unicode separators\u2028\u2029\x85",
    "lone surrogate \ud800",
    "emoji 😀 and ünïcödé",
    "'); __import__('os').system('x'); ('",
    "\"); __import__('os').system('x'); (\"",
    "  leading and trailing spaces  ",
]


def _cleaned(text: str) -> str:
    """What docstring() promises to keep: printable text and newlines, lines right-stripped."""
    kept = "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\t", " "))
    return "\n".join(line.rstrip() for line in kept.strip().splitlines())


def _docstring_of(source: str, function: bool) -> str | None:
    tree = ast.parse(source)
    node = tree.body[0] if function else tree
    assert isinstance(node, (ast.Module, ast.FunctionDef))
    return ast.get_docstring(node, clean=True)


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_at_module_level_parses_and_keeps_the_text(text: str) -> None:
    doc = docstring(text)
    source = f"{doc}\nx = 1\n"
    tree = ast.parse(source)
    assert len(tree.body) == 2, "the docstring must be exactly one statement"
    assert isinstance(tree.body[1], ast.Assign)
    assert _docstring_of(source, function=False) == inspect.cleandoc(_cleaned(text))


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("nested", [False, True])
def test_docstring_in_a_body_parses_and_keeps_the_text(text: str, nested: bool) -> None:
    if nested:  # a method: the docstring is indented by eight spaces, as in group modules
        doc = docstring(text, "        ")
        source = f"class C:\n    def f(self):\n        {doc}\n        return 1\n"
    else:
        doc = docstring(text, "    ")
        source = f"def f():\n    {doc}\n    return 1\n"
    tree = ast.parse(source)
    function = tree.body[0].body[0] if nested else tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 2
    assert isinstance(function.body[1], ast.Return)
    assert ast.get_docstring(function) == inspect.cleandoc(_cleaned(text))


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_contains_no_control_characters(text: str) -> None:
    doc = docstring(text, "    ")
    assert all(c.isprintable() or c == "\n" for c in doc)
    assert "\r" not in doc and "\x00" not in doc


@pytest.mark.parametrize("text", [None, ""])
def test_no_text_gives_no_docstring(text: str | None) -> None:
    assert docstring(text) == ""


@pytest.mark.parametrize("text", HOSTILE)
def test_literal_round_trips_strings(text: str) -> None:
    code = literal(text)
    tree = ast.parse(code, mode="eval")
    assert isinstance(tree.body, ast.Constant)
    assert ast.literal_eval(code) == text


@pytest.mark.parametrize("value", [None, True, False, 0, -1, 2**80, 1.5, -0.25, "", "x"])
def test_literal_round_trips_scalars(value: object) -> None:
    code = literal(value)
    assert ast.literal_eval(code) == value
    assert type(ast.literal_eval(code)) is type(value)


@pytest.mark.parametrize("text", HOSTILE)
def test_literal_is_safe_inside_generated_statements(text: str) -> None:
    source = f"x = {literal(text)}\ny = {{{literal(text)}: {literal(text)}}}\n"
    tree = ast.parse(source)
    assert len(tree.body) == 2
    namespace: dict[str, object] = {}
    exec(compile(tree, "<generated>", "exec"), namespace)  # noqa: S102 - constants only
    assert namespace["x"] == text
    assert namespace["y"] == {text: text}


@pytest.mark.parametrize("value", [[1], {"a": 1}, object(), b"bytes"])
def test_literal_refuses_non_scalars(value: object) -> None:
    with pytest.raises(TypeError):
        literal(value)
