"""Conformance fixtures: a spec-validating server per vendored spec, and the generated clients.

Each server (validating_server.py) runs on 127.0.0.1 at a free port for the whole session
and validates every request with openapi-core against the vendored spec. The generated
packages are imported from generated/ (put on sys.path here; nothing is installed).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
for _root in (_REPO / "generated" / "oracle_ag_client", _REPO / "generated" / "opal_client"):
    if str(_root) not in sys.path:
        sys.path.insert(0, str(_root))
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from schema_data import (  # noqa: E402
    OPAL_SPEC,
    ORACLE_SPEC,
    load_spec,
    nullable_to_type_arrays,
)
from validating_server import ValidatingServer  # noqa: E402

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")


@pytest.fixture(scope="session", autouse=True)
def _loopback_only() -> Iterator[None]:
    """httpx must not route a loopback request through a proxy from the environment."""
    saved = {name: os.environ.pop(name) for name in _PROXY_VARS if name in os.environ}
    saved_no_proxy = os.environ.get("NO_PROXY")
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    try:
        yield
    finally:
        os.environ.update(saved)
        if saved_no_proxy is None:
            os.environ.pop("NO_PROXY", None)
        else:
            os.environ["NO_PROXY"] = saved_no_proxy


@pytest.fixture(scope="session")
def opal_spec() -> dict:
    # 3.0-style `nullable` rewritten the 3.1 way: see nullable_to_type_arrays.
    return nullable_to_type_arrays(load_spec(OPAL_SPEC))


@pytest.fixture(scope="session")
def oracle_spec() -> dict:
    return nullable_to_type_arrays(load_spec(ORACLE_SPEC))  # 3.0.3: a plain copy


@pytest.fixture(scope="session")
def opal_server(opal_spec: dict, _loopback_only: None) -> Iterator[ValidatingServer]:
    server = ValidatingServer(opal_spec, base_path="/v1")
    yield server
    server.close()


@pytest.fixture(scope="session")
def oracle_server(oracle_spec: dict, _loopback_only: None) -> Iterator[ValidatingServer]:
    server = ValidatingServer(oracle_spec)
    yield server
    server.close()
