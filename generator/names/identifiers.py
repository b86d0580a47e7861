"""How spec text becomes a Python identifier, and what each scope may never be called.

Spec names may be keywords, start with digits, hold dashes or `$`, or clash once
normalised; these functions always return a valid identifier, and Namespace makes
names unique within a scope deterministically (first come keeps the plain name). The
naming pass (assign.py) is their only caller in the generator: it applies them to the IR.
"""

from __future__ import annotations

import hashlib
import re

import unicodedata2 as unicodedata

# A word: a plural acronym (`IDs`, `URLs`: two or more capitals and an `s` that starts no
# word of its own, so `IDsList` is `IDs` `List` but `IDset` stays `I` `Dset`), an acronym
# before a capitalised word (`HTTP` of `HTTPServer`), a capitalised or lower-case word, an
# acronym, or digits. The runtime's copy (templates/runtime.py) must stay equal: a test says so.
_WORD = re.compile(
    r"[A-Z]{2,}s(?![a-z])[0-9]*|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")
# Fixed, not read from `keyword`: names must not change with the Python that generates them
# (3.12 made `type` a soft keyword). Soft keywords are valid names, so they are not here.
_KEYWORDS = frozenset({
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
})
_RESERVED = _KEYWORDS | {"self", "cls"}

# CamelCase builtins (as of Python 3.13, fixed for the same reason): a schema class of that
# name would shadow the builtin, and mypy resolves forward references to the builtin
BUILTIN_CLASSES = frozenset({
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
    "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
    "EnvironmentError", "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError",
    "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError",
    "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError",
    "NameError", "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "PythonFinalizationError", "RecursionError", "ReferenceError", "ResourceWarning",
    "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
    "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
})

# -- what the generated code itself uses, so no spec name may take it ------------------------
# snake_case never yields a leading underscore, so the modules' own aliases (`_t`, `_rt`,
# `_dc`, `_models`...) and the runtime's private members cannot be reached; these can.
# Builtins named in annotations: mypy looks them up in the class body first.
ANNOTATION_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "None"})
# builtins evaluated in a generated class body (decorators), on top of the annotations'
CLASS_BODY_BUILTINS = ANNOTATION_BUILTINS | {"classmethod", "staticmethod", "property"}
# a model's field: the class body's builtins and the runtime Model's public members
MODEL_FIELD_RESERVED = CLASS_BODY_BUILTINS | {"additional_properties", "from_dict", "to_dict",
                                               "from_json", "to_json"}
# an operation method in a group class: the class body's builtins and its own members
GROUP_MEMBER_RESERVED = CLASS_BODY_BUILTINS | {"with_raw_response"}
# a group attribute on Client / AsyncClient: the runtime client's public members
CLIENT_MEMBER_RESERVED = CLASS_BODY_BUILTINS | {
    "close", "aclose", "request", "request_raw", "paginate", "base_url", "timeout",
    "max_retries", "strict", "with_options"}
# a method's parameter: the method's own locals, the builtins its annotations name, and the
# per-call options every method takes (`**options: RequestOptions`)
OPTION_NAMES = frozenset({"timeout", "max_retries", "extra_headers", "extra_query",
                          "extra_body"})
PARAMETER_RESERVED = ANNOTATION_BUILTINS | OPTION_NAMES | {"self", "body", "call", "options"}


def words(text: str) -> list[str]:
    """Split `getHTTPRequests`, `access-rules`, `$schema`, `2fa_enabled` into words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORD.findall(ascii_text)


def snake_case(text: str) -> str:
    """`getRequests` -> `get_requests`; always a valid identifier, never a keyword."""
    name = "_".join(w.lower() for w in words(text)) or "value"
    if name[0].isdigit():
        name = "n_" + name
    return safe_identifier(name)


def class_name(text: str) -> str:
    """`access-request_details` -> `AccessRequestDetails`; digits first get a prefix."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or "Model"
    if name[0].isdigit():
        name = "M" + name
    return safe_identifier(name)


def constant_name(text: str) -> str:
    """An enum member name: `in-progress` -> `IN_PROGRESS`, `2fa` -> `VALUE_2FA`."""
    name = "_".join(w.upper() for w in words(text))
    if not name:
        return "EMPTY" if text == "" else "VALUE"
    if name[0].isdigit():
        name = "VALUE_" + name
    return safe_identifier(name)


def module_rule(class_name: str) -> str:
    """The module the generated runtime looks a model class up in (`models.<module>`):
    its words in snake case, as the runtime's copy of `_WORD` splits them. Where the
    naming pass gave a model another module (a clash, a keyword), the package lists it."""
    return "_".join(w.lower() for w in _WORD.findall(class_name))


def is_keyword(name: str) -> bool:
    """A hard keyword of Python (the fixed list, whatever Python runs the generator)."""
    return name in _KEYWORDS


def safe_identifier(name: str) -> str:
    """Give keywords (and names our generated code relies on) a trailing underscore."""
    if name in _RESERVED:
        return name + "_"
    return name


# the longest name of a module (a file: `<name>.py`), well inside the 255 bytes a file
# system allows a file name; names are ASCII (words() drops the rest)
MAX_MODULE = 96


def bounded(name: str, longest: int = MAX_MODULE) -> str:
    """`name`, or past `longest` characters cut and ended by `_` and 8 hex digits of its
    sha256: a schema named after a long path (Microsoft Graph's run past 255) still makes a
    file, and two long names that share their start stay apart."""
    if len(name) <= longest:
        return name
    tail = "_" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return name[:longest - len(tail)].rstrip("_") + tail


class Namespace:
    """Hands out unique names in one scope: a clash gets a trailing `_` (first come wins).

    With `longest`, no name handed out is longer (names of files): a long name is
    bounded(), and one that clashes so often that its underscores run past the bound is
    bounded() again, its hash taken over the name with them."""

    def __init__(self, taken: set[str] | frozenset[str] = frozenset(),
                 longest: int | None = None) -> None:
        self._taken = set(taken)
        self._longest = longest

    def claim(self, wanted: str) -> str:
        name = wanted if self._longest is None else bounded(wanted, self._longest)
        while name in self._taken:
            name += "_"
            if self._longest is not None and len(name) > self._longest:
                name = bounded(name, self._longest)
        self._taken.add(name)
        return name


def param_name(model_name: str) -> str:
    """The TypedDict of a model's dict form in `<pkg>.types`: `CreateRequestInfoParam`."""
    return model_name + "Param"
