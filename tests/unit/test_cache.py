"""The content-addressed cache changes only time: never output, never a verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cache
from generator.diagnostics import SpecError
from generator.generate import generate

SPEC = """
openapi: 3.0.3
info: {title: Cached, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
components:
  schemas:
    Thing:
      type: object
      properties: {id: {type: string}}
"""


def test_output_is_identical_cold_warm_and_without_cache(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    cold = generate(spec, "cached").files
    assert any((tmp_path / "cache" / "format").rglob("*")), "the formatted modules were not cached"
    assert any((tmp_path / "cache" / "valid").rglob("*")), "the validation was not cached"
    warm = generate(spec, "cached").files
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    uncached = generate(spec, "cached").files
    assert cold == warm == uncached


def test_a_failed_validation_is_never_cached(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace("description: ok", "description: 42"))
    for _ in range(2):
        with pytest.raises(SpecError) as error:
            generate(spec, "cached")
        assert error.value.diagnostics[0].code == "invalid-spec"
    assert not (tmp_path / "cache" / "valid").exists()


def test_keys_separate_their_parts() -> None:
    assert cache.key_of(b"ab", b"c") != cache.key_of(b"a", b"bc")
