"""MockApi: Swagger 2.0 as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "listPets",
        "pets.list_pets",
        "GET",
        "/pets",
        params=(
            _tk.Param("tags", "query", False, _rt.ListOf(_rt.STR), explode=False, style="form"),
            _tk.Param("ids", "query", False, _rt.ListOf(_rt.INT), explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("Pet")),
                minimal='[{"id": 1, "name": "string", "tag": "string"}]',
            ),
        ),
        credentials=(("header", "X-API-Key"),),
    ),
    _tk.Operation(
        "createPet",
        "pets.create_pet",
        "POST",
        "/pets",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("NewPet")),
        replies=(
            _tk.Reply(
                "201",
                "json",
                _rt.ModelOf("Pet"),
                minimal='{"id": 1, "name": "string", "tag": "string"}',
            ),
        ),
        credentials=(("header", "X-API-Key"),),
    ),
    _tk.Operation(
        "uploadPhoto",
        "pets.upload_photo",
        "POST",
        "/pets/{petId}/photo",
        params=(_tk.Param("petId", "path", True, _rt.INT, explode=False, style="simple"),),
        body=_tk.Body("multipart/form-data", "multipart", True, _rt.ModelOf("UploadPhotoRequest")),
        replies=(
            _tk.Reply("200", "json", _rt.ModelOf("Photo"), minimal='{"petId": 1, "size": 1}'),
        ),
        credentials=(("header", "X-API-Key"),),
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
