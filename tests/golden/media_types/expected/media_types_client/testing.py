"""MockApi: media types as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "createThing",
        "things.create_thing",
        "POST",
        "/things",
        params=(),
        body=_tk.Body("application/vnd.x+json", "json", True, _rt.ModelOf("Thing")),
        replies=(_tk.Reply("201", "json", _rt.ModelOf("Thing"), minimal='{"id": "string"}'),),
    ),
    _tk.Operation(
        "getAnything",
        "things.get_anything",
        "GET",
        "/things/{id}/any",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("Thing"), minimal='{"id": "string"}'),),
    ),
    _tk.Operation(
        "getNote",
        "things.get_note",
        "GET",
        "/things/{id}/note",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "text", None),),
    ),
    _tk.Operation(
        "putNote",
        "things.put_note",
        "PUT",
        "/things/{id}/note",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        body=_tk.Body("text/plain", "text", True, None),
        replies=(_tk.Reply("204", "empty", None),),
    ),
    _tk.Operation(
        "putBlob",
        "things.put_blob",
        "PUT",
        "/things/{id}/blob",
        params=(_tk.Param("id", "path", True, _rt.STR, explode=False, style="simple"),),
        body=_tk.Body("application/octet-stream", "binary", True, None),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("Stored"), minimal='{"size": 1}'),),
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
