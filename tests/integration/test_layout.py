"""The generated layout (issue 9): models in modules loaded on first use, declared fields,
decoders the runtime builds from the declarations, one method body per operation."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from generator.names import identifiers as naming

GENERATED = Path(__file__).resolve().parents[2] / "generated"
OPAL = GENERATED / "opal_client" / "opal_client"


def _index(package_dir: Path) -> dict[str, str]:
    """class name -> module, from the TYPE_CHECKING imports of `<pkg>/models/__init__.py`."""
    tree = ast.parse((package_dir / "models" / "__init__.py").read_text(encoding="utf-8"))
    return {alias.name: str(node.module) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1
            for alias in node.names}


def test_the_runtime_splits_class_names_as_the_naming_pass_does() -> None:
    runtime = importlib.import_module("opal_client._runtime")
    assert runtime._WORD.pattern == naming._WORD.pattern


@pytest.mark.parametrize("package", ["opal_client", "oracle_ag_client"])
def test_every_model_resolves_lazily_to_the_class_its_module_defines(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    index = _index(GENERATED / package / package)
    assert len(index) > 50
    for name, module in index.items():
        found = getattr(models, name)
        assert found.__module__ == f"{package}.models.{module}", name
        assert found.__name__ == name
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(AttributeError):
        models._runtime  # noqa: B018


def test_a_first_call_loads_only_the_models_it_decodes() -> None:
    code = """
import json, sys, httpx, opal_client
user = {"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "email": "a@b.c", "full_name": "A",
        "first_name": "A", "last_name": "B", "position": "x", "hr_idp_status": "ACTIVE"}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=user))
client = opal_client.Client(token="t", http_client=httpx.Client(transport=transport))
got = client.users.user(user_id=user["user_id"])
assert type(got).__name__ == "User" and got.hr_idp_status.value == "ACTIVE", got
print(json.dumps(sorted(m for m in sys.modules if m.startswith("opal_client."))))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"PYTHONPATH": str(OPAL.parent), "PATH": ""})
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert loaded == ["opal_client._runtime", "opal_client._version", "opal_client.client",
                      "opal_client.models",
                      "opal_client.models.user", "opal_client.models.user_hr_idp_status_enum",
                      "opal_client.resources", "opal_client.resources.users"]


def test_models_are_plain_declarations_and_decode_with_their_wire_names() -> None:
    from opal_client import models

    source = (OPAL / "models" / "request_connection.py").read_text(encoding="utf-8")
    assert "_lenient" not in source and "_bind" not in source
    assert 'page_info: _m.PageInfo = _rt.field(wire="pageInfo")' in source
    connection = models.RequestConnection.from_dict(
        {"edges": [], "pageInfo": {"hasNextPage": False}, "totalCount": 3, "extra": 1})
    assert isinstance(connection.page_info, models.PageInfo)
    assert connection.total_count == 3 and connection.additional_properties == {"extra": 1}
    assert connection.to_dict()["pageInfo"] == connection.page_info.to_dict()


def test_a_built_decoder_takes_wire_names_as_data_never_as_code() -> None:
    rt = importlib.import_module("opal_client._runtime")
    hostile = "x'] = 1; import os #\n\"\"\"\\"

    @rt.model
    class Odd(rt.Model):
        value: int = rt.field(wire=hostile)
        when: uuid.UUID | rt.Unset = rt.field(rt.UUID, wire="'", default=rt.UNSET)
        additional_properties: rt.AdditionalProperties = rt.field(default_factory=dict)

    decoded = Odd.from_dict({hostile: 5, "'": str(uuid.UUID(int=7)), "other": True})
    assert decoded.value == 5 and decoded.when == uuid.UUID(int=7)
    assert decoded.additional_properties == {"other": True}
    assert inspect.getsourcefile(Odd._lenient) is None  # built from the declarations
    assert Odd.from_dict({hostile: "five", "'": "not a uuid"}).when == "not a uuid"


def test_one_body_serves_the_plain_raw_and_async_forms() -> None:
    from opal_client.resources import users

    assert users.AsyncUsers.user.__wrapped__ is users.Users.user  # type: ignore[attr-defined]
    assert inspect.iscoroutinefunction(users.AsyncUsers.user)
    assert users.UsersWithRawResponse.user is users.Users.user
    assert users.AsyncUsers.get_users_iter is users.Users.get_users_iter
