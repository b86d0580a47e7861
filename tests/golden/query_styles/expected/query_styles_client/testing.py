"""MockApi: query parameter styles as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "search",
        "search.search",
        "GET",
        "/search",
        params=(
            _tk.Param(
                "filter",
                "query",
                False,
                _rt.ModelOf("SearchFilter"),
                explode=True,
                style="deepObject",
            ),
            _tk.Param("tags", "query", False, _rt.ListOf(_rt.STR), explode=True, style="form"),
            _tk.Param("ids", "query", False, _rt.ListOf(_rt.INT), explode=False, style="form"),
            _tk.Param(
                "point", "query", False, _rt.ModelOf("SearchPoint"), explode=True, style="form"
            ),
            _tk.Param("color", "query", False, _rt.MapOf(_rt.INT), explode=False, style="form"),
            _tk.Param(
                "words", "query", False, _rt.ListOf(_rt.STR), explode=False, style="spaceDelimited"
            ),
            _tk.Param(
                "levels", "query", False, _rt.ListOf(_rt.INT), explode=False, style="pipeDelimited"
            ),
        ),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("Results"), minimal='{"count": 1}'),),
    ),
)


class MockApi(_tk.MockApi[Client, AsyncClient]):
    """The API as an in-process stand-in: every request is checked against the spec and
    answered with what the test registered, else the spec's example, else a minimal
    valid body. `api.client()` / `api.async_client()` return clients wired to it (test
    settings, nothing from the environment; `env=True`: all of it, as Client() reads it);
    `api.transport()` or `api.install(client)` serve a client your own code builds."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, Client, AsyncClient, default_base_url=DEFAULT_BASE_URL)
