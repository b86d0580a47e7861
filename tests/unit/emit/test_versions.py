"""generator.emit.versions: the versions a package records, read back and compared.

A package's pyproject.toml names the clientgen and formatter versions that made it;
`mismatch` names each recorded one that differs from what is installed, so drift caused by
another formatter is reported as that, not as a changed spec.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from generator import __version__
from generator.emit import versions
from generator.emit.versions import Recorded, mismatch, recorded, version_line

RUFF = importlib.metadata.version("ruff")


def _package(tmp_path: Path, text: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_version_line_names_clientgen_and_the_installed_formatter() -> None:
    assert versions.FORMATTER == "ruff"
    assert version_line() == f"clientgen {__version__} (ruff {RUFF})"


def test_a_package_table_is_read_back() -> None:
    folder = Path(__file__).resolve().parents[3] / "generated" / "opal_client"
    made = recorded(folder)
    assert made is not None and made.clientgen and made.formatter


@pytest.mark.parametrize(("text", "expected"), [
    ('[tool.clientgen]\nclientgen = "9.9"\nruff = "0.1.0"\n', Recorded("9.9", "0.1.0")),
    ('[tool.clientgen]\nclientgen = "9.9"\n', Recorded("9.9", None)),
    ('[tool.clientgen]\nclientgen = 9\nruff = ["0.1"]\n', Recorded(None, None)),
    ('[project]\nname = "x"\n', None),
    ('[tool]\nclientgen = "9.9"\n', None),
    ("[tool.clientgen\n", None),
])
def test_what_a_package_records_or_none_when_unreadable(tmp_path: Path, text: str,
                                                        expected: Recorded | None) -> None:
    assert recorded(_package(tmp_path, text)) == expected


def test_a_folder_without_pyproject_records_nothing(tmp_path: Path) -> None:
    assert recorded(tmp_path) is None
    assert mismatch(tmp_path) == []


def test_a_package_made_by_what_is_installed_has_no_mismatch(tmp_path: Path) -> None:
    folder = _package(tmp_path, f'[tool.clientgen]\nclientgen = "{__version__}"\n'
                                f'ruff = "{RUFF}"\n')
    assert mismatch(folder) == []


def test_each_recorded_version_that_differs_is_named_formatter_first(tmp_path: Path) -> None:
    folder = _package(tmp_path, '[tool.clientgen]\nclientgen = "0.0.1"\nruff = "0.0.2"\n')
    assert mismatch(folder) == [("ruff", "0.0.2", RUFF), ("clientgen", "0.0.1", __version__)]


def test_a_version_the_package_does_not_record_is_no_mismatch(tmp_path: Path) -> None:
    folder = _package(tmp_path, '[tool.clientgen]\nruff = "0.0.2"\n')
    assert mismatch(folder) == [("ruff", "0.0.2", RUFF)]


@pytest.mark.parametrize("name", ["ruff", "jinja2", "PyYAML", "pyyaml", "openapi-spec-validator",
                                  "jsonschema-rs", "jsonschema", "black", "not-installed-x"])
def test_installed_version_is_what_importlib_metadata_says(name: str) -> None:
    import importlib.metadata

    from generator.emit.versions import installed_version

    try:
        expected: str | type[Exception] = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        expected = importlib.metadata.PackageNotFoundError
    if isinstance(expected, str):
        assert installed_version(name) == expected
    else:
        with pytest.raises(expected):
            installed_version(name)
