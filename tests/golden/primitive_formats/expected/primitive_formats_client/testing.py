"""MockApi: primitive formats and non-JSON responses as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "getSample",
        "samples.get_sample",
        "GET",
        "/samples/{sampleId}",
        params=(
            _tk.Param("sampleId", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("since", "query", False, _rt.DATETIME, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Sample"),
                minimal='{"id": "00000000-0000-0000-0000-000000000000", "createdAt": "1970-01-01T00:00:00Z"}',
            ),
        ),
    ),
    _tk.Operation(
        "downloadSample",
        "samples.download_sample",
        "GET",
        "/samples/{sampleId}/raw",
        params=(_tk.Param("sampleId", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "binary", None),),
    ),
    _tk.Operation(
        "getSampleText",
        "samples.get_sample_text",
        "GET",
        "/samples/{sampleId}/text",
        params=(_tk.Param("sampleId", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "text", None),),
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
