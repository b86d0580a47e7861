"""generator.names.identifiers: every emitted name is a valid, non-keyword identifier, made the
same way every time, and the table of what each scope may never be holds every name the
generated code itself uses."""

from __future__ import annotations

import ast
import importlib.util
import keyword

import pytest

from generator.generate import generate
from generator.names import identifiers as naming
from generator.names.identifiers import (
    Namespace,
    class_name,
    constant_name,
    module_rule,
    safe_identifier,
    snake_case,
    words,
)

from ..conftest import REPO

HOSTILE = [
    "", " ", "_", "__", "$", "$schema", "$ref", "class", "Class", "import", "None", "True",
    "false", "match", "case", "self", "cls", "2fa", "123", "1st-thing", "-leading-dash",
    "trailing-", "a..b", "a.b.c", "x-1", "opc-request-id", "../../evil", "a/b", "a b\tc",
    "getHTTPRequests", "__init__", "café", "日本語", "😀", "\x00", "'); import os; ('",
    '"""', "lambda", "async", "await", "yield", "nonlocal",
]


def _is_safe(name: str) -> bool:
    # soft keywords (match, case, type) are valid names and stay as they are, so that
    # names do not depend on the Python version that generates them
    return name.isidentifier() and not keyword.iskeyword(name)


@pytest.mark.parametrize(("text", "expected"), [
    ("getRequests", "get_requests"),
    ("ListAccessRequests", "list_access_requests"),
    ("AccessRequests", "access_requests"),
    ("access-rules", "access_rules"),
    ("opc-request-id", "opc_request_id"),
    ("getHTTPRequests", "get_http_requests"),
    ("user.profile.name", "user_profile_name"),
    ("already_snake", "already_snake"),
    ("$schema", "schema"),
    ("2fa_enabled", "n_2fa_enabled"),
    ("123", "n_123"),
    ("class", "class_"),
    ("import", "import_"),
    ("from", "from_"),
    ("async", "async_"),
    ("None", "none"),
    ("self", "self_"),
    ("café", "cafe"),
    ("", "value"),
    ("$", "value"),
    ("日本語", "value"),
])
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("access-request_details", "AccessRequestDetails"),
    ("CreateAccessRequestDetails", "CreateAccessRequestDetails"),
    ("user.profile", "UserProfile"),
    ("getHTTPRequests", "GetHTTPRequests"),
    ("$schema", "Schema"),
    ("1st-thing", "M1stThing"),
    ("2fa", "M2fa"),
    ("class", "Class"),
    ("None", "None_"),
    ("True", "True_"),
    ("false", "False_"),
    ("", "Model"),
    ("---", "Model"),
])
def test_class_name(text: str, expected: str) -> None:
    assert class_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("in-progress", "IN_PROGRESS"),
    ("PENDING", "PENDING"),
    ("camelCase", "CAMEL_CASE"),
    ("a.b", "A_B"),
    ("2fa", "VALUE_2FA"),
    ("1", "VALUE_1"),
    ("$schema", "SCHEMA"),
    ("class", "CLASS"),
    ("", "EMPTY"),
    ("!!!", "VALUE"),
])
def test_constant_name(text: str, expected: str) -> None:
    assert constant_name(text) == expected


@pytest.mark.parametrize("text", HOSTILE)
def test_every_name_is_a_safe_identifier(text: str) -> None:
    for make in (snake_case, class_name, constant_name):
        name = make(text)
        assert _is_safe(name), (make.__name__, text, name)


@pytest.mark.parametrize("text", HOSTILE)
def test_names_are_pure_functions_of_the_text(text: str) -> None:
    assert [snake_case(text), class_name(text), constant_name(text)] == \
        [snake_case(text), class_name(text), constant_name(text)]


def test_snake_case_is_idempotent_on_its_own_output() -> None:
    for text in ["getRequests", "access-rules", "opc-request-id", "ListAccessRequests"]:
        once = snake_case(text)
        assert snake_case(once) == once


def test_words_split_camel_case_acronyms_digits_and_separators() -> None:
    assert words("getHTTPRequests") == ["get", "HTTP", "Requests"]
    assert words("access-rules") == ["access", "rules"]
    assert words("$schema") == ["schema"]
    assert words("2fa_enabled") == ["2fa", "enabled"]
    assert words("a.b-c d_e") == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize("word", sorted(keyword.kwlist))
def test_safe_identifier_gives_keywords_a_trailing_underscore(word: str) -> None:
    assert safe_identifier(word) == word + "_"
    assert safe_identifier(word + "_") == word + "_"


@pytest.mark.parametrize("word", ["match", "case", "type"])
def test_soft_keywords_are_left_alone_on_every_python(word: str) -> None:
    # `keyword.softkwlist` is ["_", "case", "match"] on 3.11 and adds "type" on 3.12
    assert safe_identifier(word) == word
    assert snake_case(word) == word
    assert class_name(word) == word.capitalize()


def test_safe_identifier_leaves_ordinary_names_alone() -> None:
    assert safe_identifier("name") == "name"
    assert safe_identifier("Class") == "Class"


def test_namespace_first_come_keeps_the_plain_name() -> None:
    space = Namespace()
    assert [space.claim("a"), space.claim("a"), space.claim("a")] == ["a", "a_", "a__"]
    assert space.claim("b") == "b"


def test_namespace_respects_names_taken_up_front() -> None:
    space = Namespace({"close", "with_raw_response"})
    assert space.claim("close") == "close_"
    assert space.claim("with_raw_response") == "with_raw_response_"
    assert space.claim("other") == "other"


def test_namespace_never_hands_out_the_same_name_twice() -> None:
    space = Namespace()
    wanted = ["x", "x_", "x", "x__", "x", "y"]
    got = [space.claim(w) for w in wanted]
    assert len(set(got)) == len(got)
    assert got[0] == "x" and got[1] == "x_"


def test_a_bounded_namespace_never_hands_out_a_name_past_its_bound() -> None:
    """Names of files: a schema named after a long path (Microsoft Graph's beta has module
    names past 255 characters: `OSError: File name too long`) or one clashing hundreds of
    times (each clash a `_` more) still names a file."""
    space = Namespace(longest=20)
    long_a, long_b = "a_" * 30 + "x", "a_" * 30 + "y"  # the same first 20 characters
    got = [space.claim(long_a), space.claim(long_b), *(space.claim("short") for _ in range(40))]
    assert all(len(name) <= 20 for name in got), got
    assert len(set(got)) == len(got)
    assert got[0].startswith("a_a_a_") and got[0] != got[1]
    assert got[2:5] == ["short", "short_", "short__"]  # below the bound: as before
    again = Namespace(longest=20)
    assert [again.claim(long_a), again.claim(long_b)] == got[:2]  # deterministic
    assert naming.bounded("x" * 20, 20) == "x" * 20


def test_namespace_is_deterministic() -> None:
    wanted = [snake_case(t) for t in ["access-rules", "AccessRules", "access_rules", "class",
                                      "Class", "getUser", "get-user"]]
    first, second = Namespace(), Namespace()
    assert [first.claim(w) for w in wanted] == [second.claim(w) for w in wanted]
    third = Namespace()
    assert [third.claim(w) for w in wanted] == ["access_rules", "access_rules_",
                                                "access_rules__", "class_", "class__",
                                                "get_user", "get_user_"]


# -- plural acronyms stay one word ----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("entityIDs", ["entity", "IDs"]),
    ("getUARs", ["get", "UARs"]),
    ("URLs", ["URLs"]),
    ("listAPIs", ["list", "APIs"]),
    ("IDs", ["IDs"]),
    ("UUIDs", ["UUIDs"]),
    ("ABCs", ["ABCs"]),  # any capitals and an `s`: an acronym's plural, not `AB` `Cs`
    ("URLsList", ["URLs", "List"]),
    ("listAPIsV2", ["list", "APIs", "V2"]),
    ("userIDs_count", ["user", "IDs", "count"]),
    # not plurals: an `s` that starts a word, a capital `S`, a single capital
    ("HTTPServer", ["HTTP", "Server"]),
    ("HTTPSServer", ["HTTPS", "Server"]),
    ("userID", ["user", "ID"]),
    ("IDset", ["I", "Dset"]),
    ("getAs", ["get", "As"]),
    ("USER_IDS", ["USER", "IDS"]),
])
def test_words_keep_a_plural_acronym_whole(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(("text", "snake", "cls", "constant"), [
    ("entityIDs", "entity_ids", "EntityIDs", "ENTITY_IDS"),
    ("getUARs", "get_uars", "GetUARs", "GET_UARS"),
    ("URLs", "urls", "URLs", "URLS"),
    ("APIs", "apis", "APIs", "APIS"),
    ("IDs", "ids", "IDs", "IDS"),
    ("UUIDs", "uuids", "UUIDs", "UUIDS"),
    ("URLsList", "urls_list", "URLsList", "URLS_LIST"),
    ("HTTPServer", "http_server", "HTTPServer", "HTTP_SERVER"),
    ("userID", "user_id", "UserID", "USER_ID"),
])
def test_plural_acronyms_in_every_kind_of_name(text: str, snake: str, cls: str,
                                                constant: str) -> None:
    assert (snake_case(text), class_name(text), constant_name(text)) == (snake, cls, constant)


@pytest.mark.parametrize("name", ["EntityIDs", "GetUARsResponse", "URLsList", "HTTPServer"])
def test_a_class_with_a_plural_acronym_lives_in_the_module_of_its_words(name: str) -> None:
    assert module_rule(name) == snake_case(name)


# -- the naming table against what the generated code itself uses -----------------------------
# The naming table (identifiers.py) against what the generated code itself uses.
#
# A spec name becomes a field, method or attribute through snake_case, which never yields a
# leading underscore; so any plain lowercase name a generated class body evaluates or
# annotates with, and any public member of the runtime classes a generated class extends,
# must be reserved in the table, or a property/operation of that name shadows it (a models
# module that raised `TypeError: 'Unset' object is not callable` on import, methods that
# fail mypy).

GOLDEN = REPO / "tests" / "golden"


def _runtime():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_rt_probe", REPO / "templates" / "runtime.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _class_body_names(cls: ast.ClassDef) -> set[str]:
    """Names the class body looks up: decorators, annotations, defaults, base classes.

    Function bodies are left out (they look names up in the module, not the class), but
    a method's signature annotations are in: mypy resolves them in the class first.
    """
    found: set[str] = set()
    roots: list[ast.AST] = [*cls.bases, *cls.decorator_list]
    for statement in cls.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            roots += [*statement.decorator_list, *(a.annotation for a in _args(statement)
                                                   if a.annotation)]
            if statement.returns:
                roots.append(statement.returns)
        else:
            roots.append(statement)
    for root in roots:
        for node in ast.walk(root):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                found.add(node.id)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Constant):
                found |= _names_in_string_annotation(str(node.annotation.value))
    return found


def _args(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = function.args
    return [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]


def _names_in_string_annotation(text: str) -> set[str]:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _reachable(name: str) -> bool:
    """Could snake_case turn some spec text into exactly this name?"""
    return name.isidentifier() and naming.snake_case(name) in (name, name + "_") \
        and not name.startswith("_")


def _generated_modules() -> dict[str, ast.Module]:
    modules: dict[str, ast.Module] = {}
    for case in ("name_clashes", "one_of_discriminator", "query_styles"):
        result = generate(GOLDEN / case / "spec.yaml", "pkg")
        modules |= {n: ast.parse(t) for n, t in result.files.items() if n.endswith(".py")
                    and not n.endswith("_runtime.py")}
    return modules


@pytest.fixture(scope="module")
def modules() -> dict[str, ast.Module]:
    return _generated_modules()


def test_every_name_a_class_body_uses_is_reserved_for_its_members(modules) -> None:
    table = {"models": naming.MODEL_FIELD_RESERVED, "resources": naming.GROUP_MEMBER_RESERVED,
             "client": naming.CLIENT_MEMBER_RESERVED}
    missing: set[tuple[str, str]] = set()
    for name, tree in modules.items():
        kind = next((k for k in table if k in name), None)
        if kind is None:
            continue
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            used = {n for n in _class_body_names(cls) if _reachable(n)}
            missing |= {(kind, n) for n in used - table[kind]}
    assert not missing


def test_the_runtime_members_a_generated_class_inherits_are_reserved() -> None:
    rt = _runtime()
    public = lambda cls: {n for n in dir(cls) if not n.startswith("_")}  # noqa: E731
    client = public(rt.SyncClient) | public(rt.AsyncClient)
    instance = {"base_url", "timeout", "max_retries", "strict"}  # set in BaseClient.__init__
    assert client | instance <= naming.CLIENT_MEMBER_RESERVED
    assert public(rt.Model) <= naming.MODEL_FIELD_RESERVED


def test_the_reserved_names_are_never_handed_out() -> None:
    for reserved in (naming.MODEL_FIELD_RESERVED, naming.GROUP_MEMBER_RESERVED,
                     naming.CLIENT_MEMBER_RESERVED, naming.PARAMETER_RESERVED):
        space = naming.Namespace(reserved)
        assert all(space.claim(naming.snake_case(n)) not in reserved for n in sorted(reserved))
