"""The record checked in beside a generated package: facts a later run may reuse.

`generated/<package>/clientgen-record.json` states, under the formatter's exact version and
options, the sha256 of each module's unformatted text and of the bytes written for it; and,
under the validator's exact version, the sha256 of the spec's texts that it found valid.
The record also lists every file written beside it with the sha256 of its bytes (`written`):
the files a later run may replace, and remove only while their bytes are still the ones
written, while anything else in the folder is left alone (see write.py).
`check` and `regenerate` reuse a fact only when everything it names matches now: the same
unformatted text, the same formatter, the same bytes on disk, the same spec, the same
validator. Anything else is recomputed, so a stale record costs time, never correctness.
A seal (a sha256 over the rest) makes a record edited by hand count as absent: a merge
conflict resolved by hand, or a hash "fixed" to match a hand-edited file, is not believed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import cache
from generator.cache import sha256_text

RECORD_NAME = "clientgen-record.json"
_FORMAT = "clientgen record 1"


@dataclass(frozen=True)
class Record:
    formatter: str
    validator: str
    spec: str
    files: dict[str, tuple[str, str]]  # module path -> (sha256 unformatted, sha256 written)
    warnings: list[Any] = field(default_factory=list)  # the validation's findings, as stored
    # every file written beside it -> sha256 of its bytes; None: an older record, no list
    written: dict[str, str] | None = None
    # what the package was made from (inputs.py): {"key": ..., "spec_files": {path: sha256}}
    inputs: dict[str, Any] | None = None

    def to_json(self) -> str:
        body = self._body()
        body["seal"] = _seal(body)
        return json.dumps(body, indent=1, sort_keys=True) + "\n"

    def _body(self) -> dict[str, object]:
        body: dict[str, object] = {
            "record": _FORMAT,
            "formatter": self.formatter,
            "validation": {"validator": self.validator, "spec_sha256": self.spec,
                           "result": "valid", "warnings": [list(w) for w in self.warnings]},
            "files": {path: {"unformatted_sha256": unformatted, "written_sha256": written}
                      for path, (unformatted, written) in sorted(self.files.items())},
        }
        if self.written is not None:  # absent from records made before it was kept
            body["written"] = dict(sorted(self.written.items()))
        if self.inputs is not None:
            body["inputs"] = self.inputs
        return body

    @classmethod
    def parse(cls, text: str) -> Record:
        """The record in `text`; ValueError saying why it cannot be believed."""
        try:
            data = json.loads(text)
            seal = data.pop("seal")
            if data.get("record") != _FORMAT:
                raise ValueError(f"unknown record format {data.get('record')!r}")
            validation = data["validation"]
            record = cls(str(data["formatter"]), str(validation["validator"]),
                         str(validation["spec_sha256"]),
                         {str(path): (str(entry["unformatted_sha256"]),
                                      str(entry["written_sha256"]))
                          for path, entry in data["files"].items()},
                         list(validation.get("warnings", [])),
                         _written(data.get("written")), _inputs(data.get("inputs")))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ValueError(f"unreadable ({type(exc).__name__}: {exc})") from None
        if validation.get("result") != "valid" or seal != _seal(data):  # as it was sealed
            raise ValueError("edited by hand (its seal does not match its contents)")
        return record


def _written(value: object) -> dict[str, str] | None:
    """The files written and their sha256; None for an older record, which had no list or
    a list of paths without their sha256 (nothing in it can be removed safely)."""
    if value is None or isinstance(value, list):
        return None
    if not isinstance(value, dict) or not all(_relative(path) and isinstance(sha, str)
                                              for path, sha in value.items()):
        raise ValueError("`written` is not a map of relative paths to sha256")
    return dict(value)


def _relative(path: object) -> bool:
    """A path below the record's folder: relative, no `..`, no NUL (a forged record names
    nothing else)."""
    return isinstance(path, str) and bool(path) and "\0" not in path \
        and not path.startswith(("/", "\\")) and ".." not in path.replace("\\", "/").split("/")


def _inputs(value: object) -> dict[str, Any] | None:
    """What the package was made from; None for a record made before it was kept."""
    if value is None:
        return None
    files = value.get("spec_files") if isinstance(value, dict) else None
    if not isinstance(value, dict) or not isinstance(value.get("key"), str) \
            or not isinstance(files, dict) \
            or not all(_relative(k) and isinstance(v, str) for k, v in files.items()):
        raise ValueError("`inputs` is not a key and a map of spec files to sha256")
    return {"key": value["key"], "spec_files": dict(files)}


def _seal(body: dict[str, object]) -> str:
    return cache.key_of(_FORMAT.encode(), json.dumps(body, sort_keys=True).encode())


@dataclass
class Previous:
    """The output folder of an earlier run and its record: what can be reused, and why not.

    `note` says why the record as a whole is not used (absent, unreadable, edited);
    `why` says, per module path, why its checked-in text was not taken.
    """

    folder: Path
    formatter: str
    record: Record | None = None
    note: str = ""
    why: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path, formatter: str) -> Previous:
        previous = cls(folder, formatter)
        try:
            text = (folder / RECORD_NAME).read_text(encoding="utf-8")
        except FileNotFoundError:
            previous.note = f"no {RECORD_NAME}: everything was recomputed"
            return previous
        except (OSError, UnicodeDecodeError) as exc:
            previous.note = f"{RECORD_NAME} unreadable ({exc}): everything was recomputed"
            return previous
        try:
            previous.record = Record.parse(text)
        except ValueError as exc:
            previous.note = f"{RECORD_NAME} {exc}: not used, everything was recomputed"
            return previous
        if previous.record.formatter != formatter:
            previous.note = (f"formatter version mismatch: {RECORD_NAME} was made with "
                             f"{previous.record.formatter!r}, this is {formatter!r}; every "
                             "module was formatted again")
        return previous

    def proves_valid(self, spec: str, validator: str) -> list[Any] | None:
        """The validation's stored warnings when the record proves exactly this spec valid
        under exactly this validator; None when it proves nothing."""
        if self.record is not None and (self.record.spec, self.record.validator) == \
                (spec, validator):
            return self.record.warnings
        return None

    def text(self, path: str, unformatted_sha256: str) -> str | None:
        """The checked-in text of `path` when the record proves it is the formatter's output
        for exactly this unformatted text; else None, with the reason in `why`."""
        if self.record is None:
            self.why[path] = "no usable record"
            return None
        if self.record.formatter != self.formatter:
            self.why[path] = "formatter version mismatch"
            return None
        entry = self.record.files.get(path)
        if entry is None:
            self.why[path] = "not in the record"
            return None
        if entry[0] != unformatted_sha256:
            self.why[path] = "the spec or the generator changed it"
            return None
        try:
            text = (self.folder / path).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            self.why[path] = "missing or unreadable"
            return None
        if sha256_text(text) != entry[1]:
            self.why[path] = "edited by hand: its bytes are not what the record says was written"
            return None
        return text
