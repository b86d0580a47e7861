"""MockApi: names that clash once sanitised as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "getItem",
        "admin_users.get_item",
        "GET",
        "/items/{id}",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("FooBar"), minimal='{"dash": "string"}'),),
    ),
    _tk.Operation(
        "get_item",
        "admin_users.get_item_",
        "GET",
        "/items/{id}/v2",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("FooBar_"), minimal='{"camel": "string"}'),),
    ),
    _tk.Operation(
        "listUsers",
        "admin_users_.list_users",
        "GET",
        "/users",
        params=(),
        replies=(_tk.Reply("200", "json", _rt.ListOf(_rt.ModelOf("FooBar__")), minimal="[{}]"),),
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
