"""Client and AsyncClient for oneOf with discriminator and const in 3.1 (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

import httpx as _httpx

from . import _runtime as _rt
from ._version import CLIENTGEN_VERSION, __version__

if _t.TYPE_CHECKING:
    from .resources import pets as _group_pets
else:  # only annotations name them: each is imported when something reads them (get_type_hints)
    _group_pets = _rt.LazyModule(__package__ + ".resources.pets")

DEFAULT_BASE_URL = "http://localhost"
ENV_PREFIX = "DISCRIMINATOR_3_1"


class Client(_rt.SyncClient):
    """Client for oneOf with discriminator and const in 3.1 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.Client | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="discriminator_3_1_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(env_prefix=ENV_PREFIX, accepted=(), required=False),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def pets(self) -> _group_pets.Pets:
        from .resources.pets import Pets

        return Pets(self)


class AsyncClient(_rt.AsyncClient):
    """Client for oneOf with discriminator and const in 3.1 1.0.0"""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | _httpx.Timeout | None = 60.0,
        max_retries: int = 2,
        http_client: _httpx.AsyncClient | None = None,
        strict: bool = False,
        default_headers: _t.Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            package="discriminator_3_1_client",
            version=__version__,
            generator=CLIENTGEN_VERSION,
            env_prefix=ENV_PREFIX,
            base_url=base_url,
            default_base_url=DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            auth=_rt.choose_auth(env_prefix=ENV_PREFIX, accepted=(), required=False),
            strict=strict,
            default_headers=default_headers,
        )

    @_ft.cached_property
    def pets(self) -> _group_pets.AsyncPets:
        from .resources.pets import AsyncPets

        return AsyncPets(self)
