"""A schema's `pattern` (ECMA-262 syntax) as a Python `re` pattern with the same meaning, or None.

Read as JSON Schema validators compile it (ECMA-262 with the `u` flag: code points), plus
the Annex B forms the `u` flag refuses but which have one meaning (`[\\s-_]`: a class
escape beside `-` makes `-` literal; `\\a` is `a`; a lone `{`). Everything that differs
between the dialects is written out explicitly: `\\d` `\\w` `\\s` `\\b` and `.` with ECMA's
ASCII or ECMA's own sets, `$` as the end of input, and `\\p{..}` general categories as
code point ranges computed at generation time from unicodedata2 (pinned: the same Unicode
data on every Python, where the standard library's changes with its version and so would the
output; the categories are all ECMA needs that it knows exactly; the `regex` package would be
a new dependency of every generated kit for the same ranges). What cannot be written exactly
(scripts, derived properties, backreferences, `\\p{Graph}`-style names ECMA does not have)
gives None: the pattern stays documentation and the kit does not check it.
"""

from __future__ import annotations

import functools
import re
import sys

import unicodedata2 as unicodedata

from generator.diagnostics import Sink
from generator.model import ir
from generator.read.refs import Located

_MAX = sys.maxunicode
Ranges = list[tuple[int, int]]
_DIGITS: Ranges = [(0x30, 0x39)]
_WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_LINE_ENDS: Ranges = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]
_CONTROL = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
_SYNTAX = set("^$\\.*+?()[]{}|/")
_LONG = {"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu",
         "Lowercase_Letter": "Ll", "Titlecase_Letter": "Lt", "Modifier_Letter": "Lm",
         "Other_Letter": "Lo", "Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn",
         "Spacing_Mark": "Mc", "Enclosing_Mark": "Me", "Number": "N", "Decimal_Number": "Nd",
         "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No", "Punctuation": "P",
         "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
         "Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
         "Final_Punctuation": "Pf", "Other_Punctuation": "Po", "Symbol": "S",
         "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk",
         "Other_Symbol": "So", "Separator": "Z", "Space_Separator": "Zs",
         "Line_Separator": "Zl", "Paragraph_Separator": "Zp", "Other": "C", "Control": "Cc",
         "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co",
         "Unassigned": "Cn"}


class _Untranslatable(Exception):
    pass


# the longest translation written out: one `\p{L}` is about 9,000 characters, and each use
# of a pattern is written in full, so a few short patterns could make a huge test kit
MAX_TRANSLATION = 20_000


@functools.lru_cache(maxsize=1024)
def translate(pattern: str) -> str | None:
    """`pattern` as Python `re` text meaning exactly what ECMA-262 means (to use with
    re.search: a schema's pattern is not anchored), or None when that cannot be written
    (or only at more than MAX_TRANSLATION characters)."""
    if len(pattern) > MAX_TRANSLATION:
        return None
    try:
        parser = _Parser(pattern)
        out = parser.disjunction()
        if parser.pos != len(pattern) or (parser.unicode_only and parser.annex_b):
            return None
        if len(out) > MAX_TRANSLATION:
            return None
        re.compile(out)
    except (_Untranslatable, re.error, RecursionError, ValueError):
        return None
    return out


def read_pattern(here: Located, sink: Sink) -> ir.Pattern | None:
    """The schema's `pattern`, translated; one warning (at its pointer) when it cannot be."""
    source = here.node.get("pattern") if isinstance(here.node, dict) else None
    if not isinstance(source, str):
        return None
    python = translate(source)
    if python is None:
        sink.warn("pattern-unchecked", f"pattern {source!r} has no exact Python equivalent; "
                  "it is kept as documentation and the test kit does not check it",
                  here.doc.name, here.pointer + "/pattern")
    return ir.Pattern(source, python)


@functools.cache
def _categories() -> dict[str, Ranges]:
    """Every general category (two letters, one letter, LC) as code point ranges."""
    runs: dict[str, Ranges] = {}
    start, current = 0, unicodedata.category(chr(0))
    for cp in range(1, _MAX + 2):
        cat = unicodedata.category(chr(cp)) if cp <= _MAX else ""
        if cat != current:
            runs.setdefault(current, []).append((start, cp - 1))
            start, current = cp, cat
    for major in "LMNPSZC":
        runs[major] = _union(*(r for k, r in list(runs.items()) if k[0] == major and len(k) == 2))
    runs["LC"] = _union(runs.get("Lu", []), runs.get("Ll", []), runs.get("Lt", []))
    return runs


def _union(*sets: Ranges) -> Ranges:
    merged: Ranges = []
    for lo, hi in sorted(r for s in sets for r in s):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _complement(ranges: Ranges) -> Ranges:
    out: Ranges = []
    nxt = 0
    for lo, hi in _union(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= _MAX:
        out.append((nxt, _MAX))
    return out


@functools.cache
def _spaces() -> Ranges:
    """ECMA's WhiteSpace and LineTerminator: TAB VT FF ZWNBSP, every Zs, LF CR LS PS."""
    return _union([(0x09, 0x0D), (0xFEFF, 0xFEFF), (0x2028, 0x2029)],
                  _categories().get("Zs", []))


def _char(cp: int) -> str:
    if chr(cp).isascii() and (chr(cp).isalnum() or chr(cp) == "_"):
        return chr(cp)
    if 0x20 <= cp < 0x7F:
        return "\\" + chr(cp)
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def _class(ranges: Ranges) -> str:
    ranges = _union(ranges)
    if not ranges:
        return "(?!)"
    parts = [_char(lo) if lo == hi else f"{_char(lo)}{'-' if hi > lo + 1 else ''}{_char(hi)}"
             for lo, hi in ranges]
    return f"[{''.join(parts)}]"


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.unicode_only = False  # a form only the `u` flag gives a meaning (`\p{L}`)
        self.annex_b = False  # a form only Annex B (no `u` flag) gives a meaning

    def peek(self, ahead: int = 0) -> str:
        i = self.pos + ahead
        return self.text[i] if i < len(self.text) else ""

    def take(self, literal: str) -> bool:
        if self.text.startswith(literal, self.pos):
            self.pos += len(literal)
            return True
        return False

    def disjunction(self) -> str:
        parts = [self.alternative()]
        while self.take("|"):
            parts.append(self.alternative())
        return "|".join(parts)

    def alternative(self) -> str:
        out = []
        while self.peek() not in ("", "|", ")"):
            out.append(self.term())
        return "".join(out)

    def term(self) -> str:
        c = self.peek()
        if c == "^":
            self.pos += 1
            return self._no_quantifier(r"\A")
        if c == "$":
            self.pos += 1
            return self._no_quantifier(r"\Z")
        for opener in ("(?=", "(?!", "(?<=", "(?<!"):
            if self.take(opener):
                inner = self.disjunction()
                if not self.take(")"):
                    raise _Untranslatable
                return self._no_quantifier(f"{opener}{inner})")
        if c == "\\" and self.peek(1) in ("b", "B"):
            self.pos += 2
            w = _class(_WORD)
            boundary = f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))" if self.text[self.pos - 1] == "b" \
                else f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"
            return self._no_quantifier(boundary)
        atom = self.atom()
        return atom + self.quantifier()

    def _no_quantifier(self, out: str) -> str:
        if self.peek() in ("*", "+", "?") or self._brace_quantifier() is not None:
            raise _Untranslatable  # a quantified assertion: an error, or Annex B only
        return out

    def _brace_quantifier(self) -> re.Match[str] | None:
        return re.compile(r"\{(\d+)(,(\d*))?\}").match(self.text, self.pos)

    def quantifier(self) -> str:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.pos += 1
            out = c
        elif (m := self._brace_quantifier()) is not None:
            self.pos = m.end()
            low, comma, high = int(m.group(1)), m.group(2), m.group(3)
            upper = "" if comma is None else f",{int(high)}" if high else ","
            out = f"{{{low}{upper}}}"
        else:
            return ""
        if self.take("?"):
            out += "?"
        if self.peek() in ("*", "+", "?") or self._brace_quantifier() is not None:
            raise _Untranslatable  # `a**`: nothing to repeat
        return out

    def atom(self) -> str:
        c = self.peek()
        if c == ".":
            self.pos += 1
            return _class(_complement(_LINE_ENDS))
        if c == "(":
            self.pos += 1
            if self.take("?:"):
                prefix = "(?:"
            elif self.take("?<"):
                end = self.text.find(">", self.pos)
                name = self.text[self.pos:end] if end > 0 else ""
                if not name.isidentifier():
                    raise _Untranslatable
                self.pos = end + 1
                prefix = f"(?P<{name}>"
            elif self.peek() == "?":
                raise _Untranslatable
            else:
                prefix = "("
            inner = self.disjunction()
            if not self.take(")"):
                raise _Untranslatable
            return f"{prefix}{inner})"
        if c == "[":
            return _class(self.character_class())
        if c == "\\":
            return self.atom_escape()
        if c in ("*", "+", "?", ")") or c == "{" and self._brace_quantifier() is not None:
            raise _Untranslatable
        if c in ("{", "}", "]"):
            self.annex_b = True
        self.pos += 1
        return _char(ord(c))

    def atom_escape(self) -> str:
        ranges = self.class_escape()
        if ranges is not None:
            return _class(ranges)
        return _char(self.character_escape(in_class=False))

    def class_escape(self) -> Ranges | None:
        """`\\d` `\\D` `\\s` `\\S` `\\w` `\\W` `\\p{..}` `\\P{..}` as ranges, else None (and
        nothing consumed)."""
        c = self.peek(1)
        sets = {"d": _DIGITS, "s": _spaces(), "w": _WORD}
        if c.lower() in sets:
            self.pos += 2
            return sets[c] if c in sets else _complement(sets[c.lower()])
        if c in ("p", "P") and self.peek(2) == "{":
            end = self.text.find("}", self.pos)
            if end < 0:
                raise _Untranslatable
            name = self.text[self.pos + 3:end]
            self.pos = end + 1
            self.unicode_only = True
            ranges = _property(name)
            return ranges if c == "p" else _complement(ranges)
        return None

    def character_escape(self, in_class: bool) -> int:
        self.pos += 1  # the backslash
        c = self.peek()
        if not c:
            raise _Untranslatable
        self.pos += 1
        if c in _CONTROL:
            return _CONTROL[c]
        if c == "c":
            letter = self.peek()
            if not (letter.isascii() and letter.isalpha()):
                raise _Untranslatable
            self.pos += 1
            return ord(letter) % 32
        if c == "0" and not self.peek().isdigit():
            return 0
        if c.isdigit() or c == "k":
            raise _Untranslatable  # a backreference: ECMA's empty match differs from re's
        if c == "x":
            m = re.compile(r"[0-9A-Fa-f]{2}").match(self.text, self.pos)
            if m is None:
                raise _Untranslatable
            self.pos = m.end()
            return int(m.group(), 16)
        if c == "u":
            return self._unicode_escape(in_class)
        if c == "b" and in_class:
            return 0x08
        if c in _SYNTAX or c == "-" and in_class:
            return ord(c)
        if c.isascii() and c.isalnum() or c == "_":
            self.annex_b = True  # `\a` is `a` without the `u` flag, an error with it
            return ord(c)
        self.annex_b = True
        return ord(c)

    def _unicode_escape(self, in_class: bool) -> int:
        if self.peek() == "{":
            m = re.compile(r"\{([0-9A-Fa-f]{1,6})\}").match(self.text, self.pos)
            if m is None or int(m.group(1), 16) > _MAX:
                raise _Untranslatable
            self.pos = m.end()
            self.unicode_only = True
            return int(m.group(1), 16)
        m = re.compile(r"[0-9A-Fa-f]{4}").match(self.text, self.pos)
        if m is None:
            raise _Untranslatable
        self.pos = m.end()
        cp = int(m.group(), 16)
        low = re.compile(r"\\u(D[C-F][0-9A-Fa-f]{2})", re.IGNORECASE).match(self.text, self.pos)
        if 0xD800 <= cp <= 0xDBFF and low is not None:
            if in_class:
                raise _Untranslatable  # code units or a code point: the flag decides
            self.pos = low.end()
            return 0x10000 + ((cp - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)
        return cp

    def character_class(self) -> Ranges:
        self.pos += 1  # [
        negated = self.take("^")
        found: Ranges = []
        while True:
            c = self.peek()
            if not c:
                raise _Untranslatable
            if c == "]":
                self.pos += 1
                break
            first = self._class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                second = self._class_atom()
                if isinstance(first, int) and isinstance(second, int):
                    if first > second:
                        raise _Untranslatable
                    found.append((first, second))
                    continue
                self.annex_b = True  # `[\s-_]`: a class escape beside `-` keeps `-` literal
                found.append((ord("-"), ord("-")))
                for part in (first, second):
                    found.extend(part if isinstance(part, list) else [(part, part)])
                continue
            found.extend(first if isinstance(first, list) else [(first, first)])
        return _complement(found) if negated else _union(found)

    def _class_atom(self) -> int | Ranges:
        c = self.peek()
        if c == "\\":
            ranges = self.class_escape()
            if ranges is not None:
                return ranges
            return self.character_escape(in_class=True)
        self.pos += 1
        return ord(c)


def _property(name: str) -> Ranges:
    """`\\p{name}`'s ranges: a general category (short or long name, `gc=`/
    `General_Category=` or not), `ASCII` or `Any`; anything else cannot be written here."""
    key, _, value = name.partition("=")
    if value:
        if key not in ("gc", "General_Category"):
            raise _Untranslatable  # Script=..., Script_Extensions=...: not in unicodedata
        name = value
    if not value and name == "ASCII":
        return [(0, 0x7F)]
    if not value and name == "Any":
        return [(0, _MAX)]
    category = _LONG.get(name, name)
    cats = _categories()
    if category not in cats:
        raise _Untranslatable  # Alphabetic, White_Space, Graph, all: not exactly known here
    return cats[category]
