"""The test kit of a few golden packages: parameter locations and styles, unions, no-content
answers, form bodies and readOnly fields, each checked the way the spec says.

Every golden package gets a kit; its minimal bodies must pass its own checks and decode
strictly, and any operation can be called with no registration at all.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir()
               if (p / "expected" / f"{p.name}_client" / "testing.py").is_file())
pytestmark = pytest.mark.usefixtures("golden_packages")


def kit(case: str):
    return importlib.import_module(f"{case}_client.testing")


def violation(case: str, call) -> tuple[str | None, str, str]:
    testing = kit(case)
    with pytest.raises(testing.SpecViolation) as caught:
        call()
    return caught.value.operation, caught.value.pointer, caught.value.problem


@pytest.mark.parametrize("case", CASES)
def test_every_minimal_body_passes_the_kits_own_check_and_decodes_strictly(case: str) -> None:
    testing = kit(case)
    runtime = importlib.import_module(f"{case}_client._testing")
    api = testing.MockApi()
    assert len(api._operations) > 0
    for op in api._operations:
        for reply in op.replies:
            if reply.codec is None or reply.minimal is None:
                continue
            body = json.loads(reply.minimal)
            assert list(runtime.problems(reply.codec, body, "", False)) == [], op.operation_id
            reply.codec.decode(body, True, "$")


def test_parameters_in_every_location_are_checked_by_their_schema() -> None:
    api = kit("parameters").MockApi()
    client = api.client()
    client.items.list_items(store_id="s1", q="lamp", tags=["a", "b"], sort="asc", limit=5)
    (call,) = api.calls("listItems")
    assert call.path == "/stores/s1/items" and call.path_params == {"storeId": "s1"}
    assert call.query == {"q": ["lamp"], "limit": ["5"], "tags": ["a", "b"], "sort": ["asc"]}
    assert violation("parameters", lambda: client.items.list_items(store_id="s1", q=None)) == \
        ("listItems", "/query/q", "required parameter missing")
    assert violation("parameters", lambda: client.items.list_items(
        store_id="s1", q="x", sort="sideways")) == \
        ("listItems", "/query/sort", 'expected one of ListItemsSort, got "sideways"')
    assert violation("parameters", lambda: client.items.get_item(
        store_id="s1", item_id=3, x_request_id=None)) == \
        ("getItem", "/header/X-Request-Id", "required parameter missing")
    assert violation("parameters", lambda: client.items.list_items(
        store_id="s1", q="x", include_deleted="yes")) == \
        ("listItems", "/query/includeDeleted", 'expected a boolean, got "yes"')


def test_cookie_parameters_are_checked() -> None:
    api = kit("cookie_params").MockApi()
    client = api.client()
    client.session.get_session(session_id="abc", theme="dark", visits=2)
    assert api.calls("getSession")[0].headers["cookie"]
    assert violation("cookie_params", lambda: client.session.get_session(session_id=None)) == \
        ("getSession", "/cookie/session_id", "required parameter missing")
    operation, pointer, _ = violation(
        "cookie_params", lambda: client.session.get_session(session_id="a", theme="blue"))
    assert (operation, pointer) == ("getSession", "/cookie/theme")


def test_a_union_body_is_checked_by_its_discriminator() -> None:
    api = kit("one_of_discriminator").MockApi()
    client = api.client()
    pet = client.pets.create_pet(body={"petType": "dog", "name": "Rex", "barkVolume": 3})
    assert pet.pet_type == "cat"  # the minimal answer: the discriminator's first variant
    assert api.calls("createPet")[0].body == {"petType": "dog", "name": "Rex", "barkVolume": 3}
    assert violation("one_of_discriminator", lambda: client.pets.create_pet(
        body={"petType": "dog", "barkVolume": 3})) == \
        ("createPet", "/body/name", "required property missing")
    assert violation("one_of_discriminator", lambda: client.pets.create_pet(
        body={"petType": "cat", "name": "Tom", "livesLeft": "nine"})) == \
        ("createPet", "/body/livesLeft", 'expected an integer, got "nine"')
    api.respond("createPet", {"petType": "dog", "name": "Rex"}, status=201)
    assert type(client.pets.create_pet(body={"petType": "dog", "name": "R"})).__name__ == "Dog"


def test_no_content_answers_are_empty() -> None:
    api = kit("no_content").MockApi()
    client = api.client()
    assert client.jobs.delete_job(job_id="j1") is None
    api.respond("getJobResult", status=204)
    assert client.jobs.get_job_result(job_id="j1") is None
    api.respond("getJobResult", {"jobId": "j1", "output": "done"}, status=200)
    assert client.jobs.get_job_result(job_id="j1").output == "done"


def test_read_only_fields_are_required_in_answers_not_in_requests() -> None:
    api = kit("read_write_only").MockApi()
    client = api.client()
    user = client.users.create_user(body={"name": "Ann", "password": "pw"})
    assert user.id == "string" and user.created_at.year == 1970  # minimal, readOnly included
    assert violation("read_write_only", lambda: api.respond(
        "createUser", {"name": "Ann"}, status=201)) == \
        ("createUser", "/responses/201/body/id", "required property missing")


def test_a_form_body_is_recorded_as_its_fields() -> None:
    api = kit("form_body").MockApi()
    client = api.client()
    client.forms.login(body={"username": "ann", "password": "pw"})
    (call,) = api.calls("login")
    assert call.body == {"username": "ann", "password": "pw"}
    assert call.headers["content-type"] == "application/x-www-form-urlencoded"
