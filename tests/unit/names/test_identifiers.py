"""generator.names.identifiers: every emitted name is a valid, non-keyword identifier, made the
same way every time."""

from __future__ import annotations

import keyword

import pytest

from generator.names.identifiers import (
    Namespace,
    class_name,
    constant_name,
    module_rule,
    safe_identifier,
    snake_case,
    words,
)

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


def test_namespace_is_deterministic() -> None:
    wanted = [snake_case(t) for t in ["access-rules", "AccessRules", "access_rules", "class",
                                      "Class", "getUser", "get-user"]]
    first, second = Namespace(), Namespace()
    assert [first.claim(w) for w in wanted] == [second.claim(w) for w in wanted]
    third = Namespace()
    assert [third.claim(w) for w in wanted] == ["access_rules", "access_rules_",
                                                "access_rules__", "class_", "class__",
                                                "get_user", "get_user_"]


# -- regression: names do not depend on the Python that generates them -------------------------


def test_hard_keywords_still_get_a_trailing_underscore() -> None:
    assert [snake_case(w) for w in ("class", "from", "None", "async")] == [
        "class_", "from_", "none", "async_"]


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
