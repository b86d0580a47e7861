"""generator.sources: the templates are found, and the generator's digest covers every
template byte, wherever the files stand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import sources


def test_the_template_folder_holds_the_templates_and_the_runtimes() -> None:
    folder = sources.template_folder()
    assert (folder / "runtime.py").is_file() and (folder / "model.py.jinja").is_file()


def _digest_with(monkeypatch: pytest.MonkeyPatch, folder: Path) -> str:
    monkeypatch.setattr(sources, "template_folder", lambda: folder)
    return sources.generator_digest.__wrapped__()  # type: ignore[attr-defined]


def test_the_digest_follows_the_bytes_not_the_place(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    here, there = tmp_path / "a" / "templates", tmp_path / "b" / "elsewhere"
    shutil.copytree(sources.template_folder(), here)
    shutil.copytree(sources.template_folder(), there)
    assert _digest_with(monkeypatch, here) == _digest_with(monkeypatch, there)
    assert sources.generator_digest() == sources.generator_digest()  # cached, the same
    group = there / "group.py.jinja"
    group.write_text(group.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _digest_with(monkeypatch, here) != _digest_with(monkeypatch, there)


def test_an_installed_template_folder_is_found_though_it_is_a_namespace_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """templates/ has no __init__.py: installed, it is a namespace package, whose
    `resources.files()` is a MultiplexedPath on 3.11 (its str() names no folder)."""
    (tmp_path / "demo_pkg" / "templates").mkdir(parents=True)
    (tmp_path / "demo_pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "demo_pkg" / "templates" / "runtime.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert sources.package_folder("demo_pkg.templates") == tmp_path / "demo_pkg" / "templates"
    with pytest.raises(ModuleNotFoundError):
        sources.package_folder("demo_pkg.absent")
