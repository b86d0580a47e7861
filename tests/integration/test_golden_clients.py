"""Every golden fixture package (tests/golden/<case>/expected/<case>_client) calls the loopback
server and decodes what comes back.

Each case has a check below; test_every_golden_case_has_a_check fails when a new case
folder appears without one.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(
    p.name for p in GOLDEN.iterdir() if (p / "expected" / f"{p.name}_client").is_dir()
)

Check = Callable[[ModuleType, object], None]
CHECKS: dict[str, Check] = {}


def check(case: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[case] = fn
        return fn

    return register


def client_of(pkg: ModuleType, server, **kwargs):
    return pkg.Client(base_url=server.url, **kwargs)


# -- one check per case -----------------------------------------------------------------------


@check("additional_properties")
def _additional_properties(pkg: ModuleType, server) -> None:
    wire = {
        "any": {"x": 1, "y": [True, None]},
        "closed": {"name": "shut"},
        "counts": {"apples": 3, "pears": 0},
        "labeled": {"id": "L1", "colour": "red", "size": "XL"},
        "free": {"nested": {"deep": 1}},
        "registry": {"a": {"name": "first"}, "b": {"name": "second"}},
    }
    server.reply(200, json=wire)
    server.reply(200, json={"apples": 4})
    with client_of(pkg, server) as client:
        bundle = client.bundles.get_bundle()
        counts = client.bundles.put_counts(body={"apples": 4})
    assert [r.path for r in server.requests] == ["/bundle", "/counts"]
    assert server.requests[1].method == "PUT"
    assert server.requests[1].json() == {"apples": 4}
    assert isinstance(bundle, pkg.models.Bundle)
    assert isinstance(bundle.closed, pkg.models.Closed) and bundle.closed.name == "shut"
    assert bundle.counts == {"apples": 3, "pears": 0}
    assert isinstance(bundle.labeled, pkg.models.Labeled) and bundle.labeled.id == "L1"
    assert bundle.labeled.additional_properties == {"colour": "red", "size": "XL"}
    assert set(bundle.registry) == {"a", "b"}
    assert all(isinstance(v, pkg.models.Closed) for v in bundle.registry.values())
    assert bundle.registry["b"].name == "second"
    assert bundle.any == {"x": 1, "y": [True, None]}
    assert bundle.to_dict() == wire
    assert counts == {"apples": 4}


@check("all_of")
def _all_of(pkg: ModuleType, server) -> None:
    server.reply(200, json={"id": 7, "name": "Rex", "breed": "collie",
                            "createdAt": "2024-02-29T12:00:00Z", "goodBoy": True})
    with client_of(pkg, server) as client:
        dog = client.pets.get_dog(dog_id=7)
    assert server.requests[0].path == "/dogs/7"
    assert isinstance(dog, pkg.models.Dog)
    assert (dog.id, dog.name, dog.breed, dog.good_boy) == (7, "Rex", "collie", True)
    assert dog.created_at == dt.datetime(2024, 2, 29, 12, tzinfo=dt.UTC)


@check("enums")
def _enums(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json=[
        {"status": "in-progress", "priority": 2, "kind": "bug"},
        {"status": "2fa", "priority": 0},
        {"status": "archived", "priority": 9, "kind": "epic"},
    ])
    with client_of(pkg, server) as client:
        tasks = client.tasks.list_tasks(status=models.Status.A_B)
    assert server.requests[0].path == "/tasks"
    assert server.requests[0].query == {"status": ["a b"]}
    assert all(isinstance(t, models.Task) for t in tasks)
    first, second, third = tasks
    assert first.status is models.Status.IN_PROGRESS
    assert first.priority is models.Priority.VALUE_2
    assert first.kind is models.TaskKind.BUG
    assert second.status is models.Status.VALUE_2FA and second.priority is models.Priority.VALUE_0
    # values the spec does not list are kept as received
    assert (third.status, third.priority, third.kind) == ("archived", 9, "epic")


@check("errors_default")
def _errors_default(pkg: ModuleType, server) -> None:
    models, errors = pkg.models, pkg.errors
    server.reply(200, json={"id": "w1", "name": "Widget"})
    server.reply(404, json={"code": "not_found", "message": "no widget w2"},
                 headers={"X-Request-Id": "rid-404"})
    server.reply(500, json={"code": "internal", "message": "kaput"})
    server.reply(422, json={"message": "invalid", "fields": ["name"]})
    with client_of(pkg, server, max_retries=0) as client:
        widget = client.widgets.get_widget(widget_id="w1")
        with pytest.raises(errors.NotFoundError) as missing:
            client.widgets.get_widget(widget_id="w2")
        with pytest.raises(errors.ServerError) as failed:
            client.widgets.get_widget(widget_id="w3")
        with pytest.raises(errors.ApiError) as invalid:
            client.widgets.create_widget(body={"id": "w4", "name": ""})

    assert [r.path for r in server.requests] == [
        "/widgets/w1", "/widgets/w2", "/widgets/w3", "/widgets"]
    assert isinstance(widget, models.Widget) and widget.name == "Widget"

    err = missing.value
    assert err.status_code == 404
    assert isinstance(err.body, models.Error)
    assert (err.body.code, err.body.message) == ("not_found", "no widget w2")
    assert err.request_id == "rid-404"

    assert failed.value.status_code == 500
    assert isinstance(failed.value.body, models.Error)  # from the `default` response
    assert failed.value.body.code == "internal"

    assert type(invalid.value) is errors.ApiError
    assert invalid.value.status_code == 422
    assert isinstance(invalid.value.body, models.ValidationError)
    assert invalid.value.body.fields == ["name"]


@check("form_body")
def _form_body(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json={"accessToken": "at-1", "expiresIn": 300})
    server.reply(200, json={"accessToken": "at-2"})
    server.reply(201, json={"id": "f1", "size": 4})
    with client_of(pkg, server) as client:
        token = client.forms.login(body={"username": "ada", "password": "p w&=1",
                                         "remember": True})
        token2 = client.forms.login(body=models.LoginRequest(username="bob", password="x"))
        upload = client.forms.upload_file(body={"file": b"\x00\x01\xfe\xff",
                                                "description": "four bytes"})

    login1, login2, files = server.requests
    assert (login1.method, login1.path) == ("POST", "/login")
    assert login1.header("Content-Type") == "application/x-www-form-urlencoded"
    assert login1.form() == {"username": ["ada"], "password": ["p w&=1"], "remember": ["true"]}
    assert login2.form() == {"username": ["bob"], "password": ["x"]}
    assert isinstance(token, models.Token)
    assert (token.access_token, token.expires_in) == ("at-1", 300)
    assert token2.access_token == "at-2"

    assert files.path == "/files"
    assert files.header("Content-Type").startswith("multipart/form-data; boundary=")
    assert b'name="file"' in files.body
    assert b"\x00\x01\xfe\xff" in files.body
    assert b'name="description"' in files.body and b"four bytes" in files.body
    assert isinstance(upload, models.Upload) and upload.size == 4


@check("inline_objects")
def _inline_objects(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json=[{"id": "o1", "status": "open"}, {"id": "o2", "status": "shipped"}])
    server.reply(201, json={"id": "o3", "lines": [{"sku": "A-1", "total": 9.5}],
                            "meta": {"requestedBy": "ada"}})
    with client_of(pkg, server) as client:
        orders = client.orders.list_orders()
        created = client.orders.create_order(body=models.CreateOrderRequest(
            customer=models.CreateOrderRequestCustomer(name="Ada"),
            items=[models.CreateOrderRequestItemsItem(sku="A-1", quantity=2)],
        ))
    assert [type(o) for o in orders] == [models.ListOrdersResponseItem] * 2
    assert [o.status for o in orders] == ["open", "shipped"]
    assert server.requests[1].json() == {"customer": {"name": "Ada"},
                                         "items": [{"sku": "A-1", "quantity": 2}]}
    assert isinstance(created, models.CreateOrderResponse)
    assert created.lines[0].total == 9.5
    assert created.meta.requested_by == "ada"


@check("no_content")
def _no_content(pkg: ModuleType, server) -> None:
    server.reply(204)
    server.reply(200, json={"jobId": "j1", "output": "done"})
    server.reply(204)
    server.reply(202)
    with client_of(pkg, server) as client:
        pending = client.jobs.get_job_result(job_id="j1")
        finished = client.jobs.get_job_result(job_id="j1")
        deleted = client.jobs.delete_job(job_id="j1")
        raw = client.jobs.with_raw_response.cancel_job(job_id="j1")
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/jobs/j1"), ("GET", "/jobs/j1"), ("DELETE", "/jobs/j1"),
        ("POST", "/jobs/j1/cancel")]
    assert pending is None
    assert isinstance(finished, pkg.models.JobResult) and finished.output == "done"
    assert deleted is None
    assert raw.status_code == 202 and raw.parsed is None


@check("non_identifier_names")
def _non_identifier_names(pkg: ModuleType, server) -> None:
    models = pkg.models
    wire = {
        "from": "origin", "$schema": "v1", "class": "A", "x-rate-limit": 10,
        "2fa_enabled": True, "HTTPStatusCode": 200, "type": "thing",
        "userId": "camel", "user_id": "snake",
        "import": {"from": {"self": "me", "None": "nothing"}, "item.v2": "two"},
    }
    server.reply(200, json=wire)
    with client_of(pkg, server) as client:
        item = client.item_things.get_item_by_id(item_id="a/b c", from_="2024")
    sent = server.requests[0]
    assert sent.target.startswith("/items/a%2Fb%20c?")
    assert sent.query == {"from": ["2024"]}
    assert isinstance(item, models.Class)
    assert (item.from_, item.schema, item.class_) == ("origin", "v1", "A")
    assert (item.x_rate_limit, item.n_2fa_enabled, item.http_status_code) == (10, True, 200)
    assert (item.user_id, item.user_id_) == ("camel", "snake")
    assert isinstance(item.import_, models.Import)
    assert item.import_.item_v2 == "two"
    assert (item.import_.from_.self_, item.import_.from_.none) == ("me", "nothing")
    assert item.to_dict() == wire


def _nullable(pkg: ModuleType, server, extra: dict) -> None:
    models = pkg.models
    wire = {"name": "Ada", "nickname": None, "address": None, **extra}
    server.reply(200, json=wire)
    server.reply(200, json={"name": "Ada", "nickname": "A", "address": {"city": "London"},
                            "tags": None})
    with client_of(pkg, server) as client:
        person = client.people.get_person(id="p1")
        updated = client.people.update_person(id="p1", body=models.Person(
            name="Ada", nickname=None, address=models.Address(city="London"), tags=None))
    assert server.requests[0].path == "/people/p1"
    assert isinstance(person, models.Person)
    assert person.nickname is None and person.address is None
    assert person.to_dict() == wire
    put = server.requests[1]
    assert put.method == "PUT"
    assert put.json() == {"name": "Ada", "nickname": None, "address": {"city": "London"},
                          "tags": None}
    assert isinstance(updated.address, models.Address) and updated.address.city == "London"
    assert updated.tags is None


@check("nullable_30")
def _nullable_30(pkg: ModuleType, server) -> None:
    _nullable(pkg, server, {"tags": None, "middleName": None, "scores": [1, None, 3]})


@check("nullable_31")
def _nullable_31(pkg: ModuleType, server) -> None:
    _nullable(pkg, server, {"tags": None, "age": None})


@check("one_of_discriminator")
def _one_of_discriminator(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json=[
        {"petType": "dog", "name": "Rex", "barkVolume": 11},
        {"petType": "cat", "name": "Tom", "livesLeft": 7},
        {"petType": "dog", "name": "Quiet"},
    ])
    with client_of(pkg, server) as client:
        pets = client.pets.list_pets()
    assert server.requests[0].path == "/pets"
    assert [type(p) for p in pets] == [models.Dog, models.Cat, models.Dog]
    assert pets[0].bark_volume == 11
    assert pets[1].lives_left == 7
    assert pets[2].name == "Quiet"


@check("one_of_plain")
def _one_of_plain(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json={"side": 2.5})
    server.reply(200, json={"radius": 1})
    with client_of(pkg, server) as client:
        square = client.shapes.get_shape(key=5)
        circle = client.shapes.get_shape(key="unit")
    assert [r.path for r in server.requests] == ["/shapes/5", "/shapes/unit"]
    assert isinstance(square, models.Square) and square.side == 2.5
    assert isinstance(circle, models.Circle) and circle.radius == 1


@check("parameters")
def _parameters(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json=[{"id": 1, "name": "hammer", "tags": ["a", "b"]}])
    server.reply(200, json={"id": 42, "name": "nail"})
    with client_of(pkg, server) as client:
        items = client.items.list_items(
            store_id="store 1", q="tools", limit=5, tags=["a", "b"], sort="desc",
            include_deleted=False, x_request_id="xr-1", opc_request_id="opc-1")
        item = client.items.get_item(store_id="s1", item_id=42, x_request_id="xr-2",
                                     fields=["id", "name"])
    listed, got = server.requests
    assert listed.path == "/stores/store%201/items"
    assert listed.query == {"q": ["tools"], "limit": ["5"], "tags": ["a", "b"],
                            "sort": ["desc"], "includeDeleted": ["false"]}
    assert "tags=a&tags=b" in listed.query_string
    assert listed.header("X-Request-Id") == "xr-1"
    assert listed.header("opc-request-id") == "opc-1"
    assert [type(i) for i in items] == [models.Item]
    assert items[0].tags == ["a", "b"]

    assert got.path == "/stores/s1/items/42"
    assert got.query == {"fields": ["id,name"]}
    assert got.header("X-Request-Id") == "xr-2"
    assert isinstance(item, models.Item) and (item.id, item.name) == (42, "nail")


@check("primitive_formats")
def _primitive_formats(pkg: ModuleType, server) -> None:
    models = pkg.models
    sample_id = uuid.UUID("0b6ed4a4-7a54-4c4e-9c0c-5d2f1c0de001")
    since = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    server.reply(200, json={
        "id": str(sample_id), "createdAt": "2024-01-02T03:04:05Z",
        "birthday": "1990-07-15", "bigCount": 9007199254740993, "smallCount": -3,
        "ratio": 0.5, "precise": 1e-300, "amount": 12, "active": False,
        "checksum": "AAEC/w==",
    })
    payload = bytes(range(256))
    server.reply(200, body=payload, headers={"Content-Type": "application/octet-stream"})
    server.reply(200, body="héllo\nwörld".encode(),
                 headers={"Content-Type": "text/plain; charset=utf-8"})
    with client_of(pkg, server) as client:
        sample = client.samples.get_sample(sample_id=sample_id, since=since)
        raw = client.samples.download_sample(sample_id=sample_id)
        text = client.samples.get_sample_text(sample_id=sample_id)

    first, second, third = server.requests
    assert first.path == f"/samples/{sample_id}"
    assert first.query == {"since": ["2024-01-02T03:04:05Z"]}
    assert second.path == f"/samples/{sample_id}/raw"
    assert third.path == f"/samples/{sample_id}/text"

    assert isinstance(sample, models.Sample)
    assert sample.id == sample_id
    assert sample.created_at == since
    assert sample.birthday == dt.date(1990, 7, 15)
    assert sample.big_count == 9007199254740993
    assert (sample.small_count, sample.ratio, sample.precise) == (-3, 0.5, 1e-300)
    assert sample.amount == 12 and sample.active is False
    assert sample.checksum == "AAEC/w=="

    assert isinstance(raw, bytes) and raw == payload
    assert isinstance(text, str) and text == "héllo\nwörld"


@check("recursive")
def _recursive(pkg: ModuleType, server) -> None:
    models = pkg.models
    wire = {"value": "root", "children": [
        {"value": "left", "children": [{"value": "leaf"}]},
        {"value": "right", "parent": {"value": "root"}},
    ]}
    server.reply(200, json=wire)
    server.reply(200, json={"name": "a1", "b": {"name": "b1", "a": {"name": "a2"}}})
    with client_of(pkg, server) as client:
        tree = client.graph.get_tree()
        pair = client.graph.echo_pair(body={"name": "a1", "b": {"name": "b1"}})
    assert isinstance(tree, models.TreeNode)
    left, right = tree.children
    assert isinstance(left.children[0], models.TreeNode) and left.children[0].value == "leaf"
    assert isinstance(right.parent, models.TreeNode) and right.parent.value == "root"
    assert tree.to_dict() == wire
    assert server.requests[1].json() == {"name": "a1", "b": {"name": "b1"}}
    assert isinstance(pair.b, models.B) and isinstance(pair.b.a, models.A)
    assert pair.b.a.name == "a2"


# -- the tests --------------------------------------------------------------------------------


def test_every_golden_case_has_a_check() -> None:
    assert len(CASES) >= 12
    assert sorted(CHECKS) == CASES


@pytest.mark.parametrize("case", CASES)
def test_golden_client_against_server(case: str, server) -> None:
    if case not in CHECKS:
        pytest.fail(f"no integration check for golden case {case!r}")
    pkg = importlib.import_module(f"{case}_client")
    assert Path(pkg.__file__).resolve().is_relative_to(GOLDEN / case / "expected")
    CHECKS[case](pkg, server)
