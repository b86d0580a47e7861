"""MockApi: parameters as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "listItems",
        "items.list_items",
        "GET",
        "/stores/{storeId}/items",
        params=(
            _tk.Param("storeId", "path", True, _rt.STR, explode=False, style="simple"),
            _tk.Param("X-Request-Id", "header", False, _rt.STR, explode=False, style="simple"),
            _tk.Param("q", "query", True, _rt.STR, explode=True, style="form"),
            _tk.Param("limit", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("tags", "query", False, _rt.ListOf(_rt.STR), explode=True, style="form"),
            _tk.Param(
                "sort", "query", False, _rt.EnumOf("ListItemsSort"), explode=True, style="form"
            ),
            _tk.Param("includeDeleted", "query", False, _rt.BOOL, explode=True, style="form"),
            _tk.Param("opc-request-id", "header", False, _rt.STR, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("Item")),
                minimal='[{"id": 1, "name": "string"}]',
            ),
        ),
    ),
    _tk.Operation(
        "getItem",
        "items.get_item",
        "GET",
        "/stores/{storeId}/items/{itemId}",
        params=(
            _tk.Param("storeId", "path", True, _rt.STR, explode=False, style="simple"),
            _tk.Param("itemId", "path", True, _rt.INT, explode=False, style="simple"),
            _tk.Param("fields", "query", False, _rt.ListOf(_rt.STR), explode=False, style="form"),
            _tk.Param("X-Request-Id", "header", True, _rt.STR, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply("200", "json", _rt.ModelOf("Item"), minimal='{"id": 1, "name": "string"}'),
        ),
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
