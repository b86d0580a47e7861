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
