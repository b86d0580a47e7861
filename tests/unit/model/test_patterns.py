"""generator.model.patterns: ECMA-262 patterns as Python `re` text with the same meaning."""

from __future__ import annotations

import re

import pytest

from generator.model.patterns import translate


def _search(pattern: str, text: str) -> bool:
    translated = translate(pattern)
    assert translated is not None, pattern
    return re.search(translated, text) is not None


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    (r"^\d+$", ["0123"], ["\u0663", "12\n"]),  # ASCII digits; `$` is the end, not before \n
    (r"^\w+$", ["a_Z9"], ["é", "\u0663"]),
    (r"^\s$", ["\u00a0", "\ufeff", "\u2028", "\t"], ["\x1c", "\x85", "a"]),
    (r"^.$", ["a", "\U0001f600"], ["\n", "\r", "\u2028"]),
    (r"^\p{L}+$", ["Zoë", "日本"], ["a1", "a b"]),
    (r"^\p{Lu}$", ["É"], ["é"]),
    (r"^[\p{L}\p{N}\p{Z}]+$", ["a 1\u3000\u0663"], ["a-1"]),
    (r"^\P{N}+$", ["ab"], ["a1"]),
    (r"^\p{ASCII}+$", ["~\x00"], ["é"]),
    (r"^\p{General_Category=Decimal_Number}$", ["\u0663"], ["a"]),
    (r"^[\s-_]+$", ["- _", "\u00a0"], [".", "a"]),  # Annex B: `-` beside \s is literal
    (r"^[\w.-]+$", ["a.b-c"], ["a b"]),
    (r"^\u{1F600}$", ["\U0001f600"], ["x"]),
    (r"^\uD83D\uDE00$", ["\U0001f600"], ["x"]),
    (r"^\u00e9\x41$", ["éA"], ["eA"]),
    (r"\bcat\b", ["a cat.", "écat"], ["cats"]),  # é is no ECMA word character
    (r"^a{,2}$", ["a{,2}"], ["aa"]),  # ECMA: no quantifier, literal text (re: {0,2})
    (r"^[^]$", ["\n"], [""]),
    (r"[]", [], ["", "a"]),
    (r"^(?<word>x+)$", ["xx"], ["y"]),
    (r"^[a-z0-9-]{3,}(?!-)$", ["ab-c"], ["ab"]),
])
def test_a_translated_pattern_means_what_ecma_means(pattern: str, yes: list[str],
                                                    no: list[str]) -> None:
    for text in yes:
        assert _search(pattern, text), (pattern, text)
    for text in no:
        assert not _search(pattern, text), (pattern, text)


@pytest.mark.parametrize("pattern", [
    r"\p{Graph}", r"\p{all}", r"\p{Script=Latin}", r"\p{Alphabetic}",  # unknown here
    r"(a)\1", r"\k<n>(?<n>a)",  # backreferences: ECMA's empty match differs
    r"a**", r"*a", r"(a", r"a)", r"[a", r"[z-a]", r"\u{110000}", r"\x4",
    r"(?i)a", r"^*", r"(?<=a+)b",
    r"\p{L}[\s-_]",  # `\p{L}` needs the `u` flag, which refuses `[\s-_]`
])
def test_what_cannot_be_written_exactly_is_none(pattern: str) -> None:
    assert translate(pattern) is None


def test_a_translation_is_plain_ascii_text() -> None:
    translated = translate(r"^[\p{L}\s]+\u00e9$")
    assert translated is not None and translated.isascii()


def test_a_schemas_pattern_reaches_the_ir_and_one_it_cannot_translate_warns_once(
        tmp_path) -> None:
    import json

    from generator.diagnostics import Sink
    from generator.model import ir
    from generator.model.resolve import load_api
    name = {"type": "string", "pattern": r"^\p{L}+$"}
    odd = {"type": "string", "pattern": r"^\p{Graph}+$"}
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"schemas": {"Thing": {"type": "object", "properties": {
                "name": name, "odd": odd, "also": {"$ref": "#/components/schemas/Odd"}}},
                "Odd": odd}}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    sink = Sink()  # the validator (Python's re) refuses \p: not asked here
    api = load_api(path, sink, validate=lambda *_: None)
    thing = next(d for d in api.definitions.values() if isinstance(d, ir.ObjectDef))
    types = {p.wire_name: p.type for p in thing.properties}
    assert isinstance(types["name"], ir.Primitive) and types["name"].pattern is not None
    assert types["name"].pattern.python == translate(r"^\p{L}+$")
    assert types["odd"] == ir.Primitive("string", None, ir.Pattern(r"^\p{Graph}+$", None))
    assert sorted(d.pointer for d in sink.warnings if d.code == "pattern-unchecked") == [
        "#/components/schemas/Odd/pattern",
        "#/components/schemas/Thing/properties/odd/pattern"]


def test_a_translation_past_the_size_bound_is_none() -> None:
    """One \\p{L} is about 9,000 characters written out, and each use is written in full: a
    few of them in a short pattern would make the test kit huge."""
    assert translate(r"\p{L}") is not None
    assert translate(r"\p{L}" * 5) is None


def test_unicode_categories_come_from_pinned_data_not_from_the_running_python() -> None:
    """Output must be the same on every machine: the standard library's unicodedata follows
    the Python that runs (Unicode 14 on 3.11, 15.1 on 3.13, ...), so `\\p{L}` written from it
    differed by Python. The categories come from unicodedata2 (pinned); a letter it knows and
    this Python's own data does not is matched."""
    import unicodedata

    import unicodedata2

    newer = next((chr(cp) for cp in range(0x80, 0x110000)
                  if unicodedata.category(chr(cp)) == "Cn"
                  and unicodedata2.category(chr(cp)).startswith("L")), None)
    if newer is None:
        pytest.skip(f"this Python's Unicode {unicodedata.unidata_version} knows every letter")
    python = translate(r"^\p{L}$")
    assert python is not None and re.match(python, newer)
