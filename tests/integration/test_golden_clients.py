"""Every golden fixture package (tests/golden/<case>/expected/<case>_client) calls the loopback
server and decodes what comes back.

Each case has a check below; test_every_golden_case_has_a_check fails when a new case
folder appears without one.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
import warnings
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

    assert type(invalid.value) is errors.UnprocessableEntityError
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


@check("const_and_patterns")
def _const_and_patterns(pkg: ModuleType, server) -> None:
    models = pkg.models
    wire = {
        "kind": "event", "version": 2,
        "labels": {"x-team": "core", "x-tier": "gold"},
        "meta": {"any": [1, {"deep": True}], "n": None},
        "extra": {"free": "form"},
        "values": ["a", 3, {"x": 1.5, "y": -2}],
        "mixed": [True, [1.0, 2.5], False],
    }
    server.reply(200, json=wire)
    server.reply(200, json={"kind": "event", "version": 2, "values": ["b", 4, {"x": 0, "y": 1}]})
    with client_of(pkg, server) as client:
        event = client.events.get_event(id="e1")
        stored = client.events.put_event(id="e1", body=models.Event(
            kind="event", version=2, labels={"x-a": "b"},
            values=["b", 4, models.Point(x=0, y=1)]))
    got, put = server.requests
    assert [(r.method, r.path) for r in (got, put)] == [("GET", "/events/e1"),
                                                       ("PUT", "/events/e1")]
    assert isinstance(event, models.Event)
    assert (event.kind, event.version) == ("event", 2)
    assert event.labels == {"x-team": "core", "x-tier": "gold"}
    assert event.meta == {"any": [1, {"deep": True}], "n": None}
    assert event.extra == {"free": "form"}
    # an array of a union: each item decoded as the variant it fits
    assert event.values[:2] == ["a", 3]
    assert isinstance(event.values[2], models.Point) and event.values[2].y == -2
    assert event.mixed == [True, [1.0, 2.5], False]
    assert event.to_dict() == wire
    assert put.json() == {"kind": "event", "version": 2, "labels": {"x-a": "b"},
                          "values": ["b", 4, {"x": 0, "y": 1}]}
    assert isinstance(stored.values[2], models.Point) and stored.values[2].x == 0


@check("cookie_params")
def _cookie_params(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json={"user": "ada", "theme": "dark"})
    server.reply(200, json={"user": "bob"})
    with client_of(pkg, server) as client:
        first = client.session.get_session(session_id="abc123",
                                           theme=models.GetSessionTheme.DARK, visits=3)
        second = client.session.get_session(session_id="xyz")
    one, two = server.requests
    assert (one.method, one.path, one.query) == ("GET", "/session", {})
    assert one.header("Cookie") == "session_id=abc123; theme=dark; visits=3"
    assert two.header("Cookie") == "session_id=xyz"  # unset optional cookies are left out
    assert "session_id" not in one.headers and "theme" not in one.headers
    assert isinstance(first, models.Session) and (first.user, first.theme) == ("ada", "dark")
    assert second.user == "bob"


@check("deprecated")
def _deprecated(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json={"id": "w1", "color": "red"})
    server.reply(201, json={"name": "old"})
    with client_of(pkg, server) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # decoding what a server sent never warns
            widget = client.widgets.get_widget(id="w1")
        with pytest.warns(DeprecationWarning, match="LegacyWidget is deprecated"):
            body = models.LegacyWidget(name="old")
        with pytest.warns(DeprecationWarning, match="create_legacy_widget is deprecated"):
            legacy = client.widgets.create_legacy_widget(body=body)
    got, posted = server.requests
    assert (got.method, got.path) == ("GET", "/widgets/w1")
    assert (posted.method, posted.path) == ("POST", "/legacy-widgets")
    assert posted.json() == {"name": "old"}
    assert isinstance(widget, models.Widget) and widget.color == "red"
    assert isinstance(legacy, models.LegacyWidget) and legacy.name == "old"
    with pytest.warns(DeprecationWarning, match=r"Widget\.color is deprecated"):
        models.Widget(id="w2", color="blue")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the field that replaces it does not warn
        assert models.Widget(id="w3", colour="blue").to_dict() == {"id": "w3", "colour": "blue"}


@check("discriminator_3_1")
def _discriminator_3_1(pkg: ModuleType, server) -> None:
    models = pkg.models
    # a dog first: it also has every field Cat requires, so only the discriminator tells
    server.reply(200, json=[{"kind": "dog", "name": "Rex", "barkVolume": None},
                            {"kind": "cat", "name": "Tom", "livesLeft": 9}])
    server.reply(201, json={"kind": "dog", "name": "Fido", "barkVolume": 3})
    with client_of(pkg, server) as client:
        pets = client.pets.list_pets()
        created = client.pets.create_pet(body=models.Dog(kind="dog", name="Fido", bark_volume=3))
    assert [type(p) for p in pets] == [models.Dog, models.Cat]
    assert pets[0].bark_volume is None and pets[1].lives_left == 9
    assert pets[0].to_dict() == {"kind": "dog", "name": "Rex", "barkVolume": None}
    posted = server.requests[1]
    assert (posted.method, posted.path) == ("POST", "/pets")
    assert posted.json() == {"kind": "dog", "name": "Fido", "barkVolume": 3}
    assert isinstance(created, models.Dog) and created.bark_volume == 3


@check("external_refs")
def _external_refs(pkg: ModuleType, server) -> None:
    models, errors = pkg.models, pkg.errors
    money = {"amount": "9.50", "currency": "EUR"}
    wire = {"id": "o1", "total": money, "lines": [{"sku": "A-1", "price": money}]}
    server.reply(200, json=wire)
    server.reply(404, json={"message": "no order o2"})
    with client_of(pkg, server, max_retries=0) as client:
        order = client.orders.get_order(order_id="o1")
        with pytest.raises(errors.NotFoundError) as missing:
            client.orders.get_order(order_id="o2")
    assert [r.path for r in server.requests] == ["/orders/o1", "/orders/o2"]
    assert isinstance(order, models.Order)
    assert isinstance(order.total, models.Money) and order.total.currency == "EUR"
    [line] = order.lines
    assert isinstance(line, models.Line) and isinstance(line.price, models.Money)
    assert order.to_dict() == wire
    # the 404 response and its Error schema both live in common.yaml
    assert isinstance(missing.value.body, models.Error)
    assert missing.value.body.message == "no order o2"


@check("media_types")
def _media_types(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(201, json={"id": "t1", "label": "vendor"},
                 headers={"Content-Type": "application/vnd.x+json"})
    server.reply(200, json={"id": "t1"})
    server.reply(200, body="héllo\nwörld".encode(),
                 headers={"Content-Type": "text/plain; charset=utf-8"})
    server.reply(204)
    server.reply(200, json={"size": 256})
    payload = bytes(range(256))
    with client_of(pkg, server) as client:
        created = client.things.create_thing(body=models.Thing(id="t1", label="vendor"))
        anything = client.things.get_anything(id="t1")
        note = client.things.get_note(id="t1")
        stored_note = client.things.put_note(id="t1", body="line 1\nlíne 2")
        stored = client.things.put_blob(id="t1", body=payload)
    posted, got_any, got_note, put_note, put_blob = server.requests
    assert (posted.method, posted.path) == ("POST", "/things")
    assert posted.header("Content-Type") == "application/vnd.x+json"
    assert posted.json() == {"id": "t1", "label": "vendor"}
    assert isinstance(created, models.Thing) and created.label == "vendor"
    assert got_any.path == "/things/t1/any"
    assert isinstance(anything, models.Thing) and anything.id == "t1"
    assert got_note.path == "/things/t1/note"
    assert isinstance(note, str) and note == "héllo\nwörld"
    assert (put_note.method, put_note.path) == ("PUT", "/things/t1/note")
    assert put_note.header("Content-Type").startswith("text/plain")
    assert put_note.body == "line 1\nlíne 2".encode()
    assert stored_note is None
    assert (put_blob.method, put_blob.path) == ("PUT", "/things/t1/blob")
    assert put_blob.header("Content-Type") == "application/octet-stream"
    assert put_blob.body == payload
    assert isinstance(stored, models.Stored) and stored.size == 256


@check("multiple_2xx")
def _multiple_2xx(pkg: ModuleType, server) -> None:
    models, errors = pkg.models, pkg.errors
    server.reply(200, json={"id": "i1", "name": "old"})
    server.reply(201, json={"id": "i2", "location": "/items/i2"})
    server.reply(204)
    server.reply(409, json={"code": "conflict", "message": "busy"})
    with client_of(pkg, server, max_retries=0) as client:
        replaced = client.items.put_item(id="i1", body={"id": "i1", "name": "old"})
        created = client.items.put_item(id="i2", body=models.Item(id="i2", name="new"))
        raw = client.items.with_raw_response.put_item(id="i3", body={"id": "i3", "name": "x"})
        with pytest.raises(errors.ConflictError) as conflict:
            client.items.put_item(id="i4", body={"id": "i4", "name": "y"})
    assert [(r.method, r.path) for r in server.requests] == [
        ("PUT", "/items/i1"), ("PUT", "/items/i2"), ("PUT", "/items/i3"), ("PUT", "/items/i4")]
    assert server.requests[1].json() == {"id": "i2", "name": "new"}
    # each 2xx status decodes with its own schema
    assert isinstance(replaced, models.Item) and replaced.name == "old"
    assert isinstance(created, models.Created) and created.location == "/items/i2"
    assert raw.status_code == 204 and raw.parsed is None
    # `default` describes the error body of any status the spec does not list
    assert conflict.value.status_code == 409
    assert isinstance(conflict.value.body, models.Error)
    assert (conflict.value.body.code, conflict.value.body.message) == ("conflict", "busy")


@check("name_clashes")
def _name_clashes(pkg: ModuleType, server) -> None:
    models = pkg.models
    wire = {"additional_properties": "ap", "to_dict": "td", "from_dict": "fd", "str": "s",
            "int": 1, "list": ["l"], "dict": {"k": 1}, "self": "me", "unknown": 0}
    server.reply(200, json={"dash": "d", "flag": "a_b"})
    server.reply(200, json={"camel": "c"})
    server.reply(200, json=[wire])
    with client_of(pkg, server) as client:
        first = client.admin_users.get_item(id="1")
        second = client.admin_users.get_item_(id="2")
        users = client.admin_users_.list_users()
    assert [r.path for r in server.requests] == ["/items/1", "/items/2/v2", "/users"]
    # foo-bar, FooBar and foo_bar: three classes, in the order the spec lists them
    assert type(first) is models.FooBar and first.dash == "d"
    assert type(second) is models.FooBar_ and second.camel == "c"
    [user] = users
    assert type(user) is models.FooBar__
    assert (user.additional_properties_, user.to_dict_, user.from_dict_, user.str_, user.int_,
            user.list_, user.dict_, user.self_) == ("ap", "td", "fd", "s", 1, ["l"], {"k": 1}, "me")
    assert user.additional_properties == {"unknown": 0}
    assert user.to_dict() == wire
    built = models.FooBar__(to_dict_="x", str_="y", list_=["z"])
    assert built.to_dict() == {"to_dict": "x", "str": "y", "list": ["z"]}
    # enum members that meet after sanitising, or start with a digit
    assert first.flag is models.Flag.A_B_
    assert [(m.name, m.value) for m in models.Flag] == [
        ("A_B", "a-b"), ("A_B_", "a_b"), ("A_B__", "A B"), ("VALUE_1ST", "1st"),
        ("VALUE_2", "2"), ("MRO", "mro")]


@check("query_styles")
def _query_styles(pkg: ModuleType, server) -> None:
    models = pkg.models
    server.reply(200, json={"count": 3})
    server.reply(200, json={"count": 0})
    with client_of(pkg, server) as client:
        results = client.search.search(
            filter=models.SearchFilter(a=1, b="x y"), tags=["a", "b"], ids=[1, 2, 3],
            point=models.SearchPoint(x=1, y=2), color={"R": 100, "G": 200},
            words=["a", "b"], levels=[1, 2])
        client.search.search(filter={"a": 2})
    full, partial = server.requests
    assert full.path == "/search"
    assert full.query == {
        "filter[a]": ["1"], "filter[b]": ["x y"],  # deepObject
        "tags": ["a", "b"],  # form, explode true
        "ids": ["1,2,3"],  # form, explode false
        "x": ["1"], "y": ["2"],  # form object, explode true
        "color": ["R,100,G,200"],  # form object, explode false
        "words": ["a b"],  # spaceDelimited
        "levels": ["1|2"],  # pipeDelimited
    }
    assert "tags=a&tags=b" in full.query_string
    assert partial.query == {"filter[a]": ["2"]}
    assert isinstance(results, models.Results) and results.count == 3


@check("read_write_only")
def _read_write_only(pkg: ModuleType, server) -> None:
    models = pkg.models
    created_at = dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)
    server.reply(201, json={"id": "u1", "name": "ada", "createdAt": "2024-05-01T10:00:00Z"})
    server.reply(200, json={"id": "u1", "name": "ada", "createdAt": "2024-05-01T10:00:00Z",
                            "nickname": "A"})
    # required readOnly fields need not be given; given ones are not sent
    user = models.User(id="ignored", name="ada", password="s3cret",
                       created_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert models.User(name="bob", password="x").to_dict() == {"name": "bob", "password": "x"}
    with client_of(pkg, server) as client:
        created = client.users.create_user(body=user)
    with client_of(pkg, server, strict=True) as client:
        # a required writeOnly field is never in a response: strict decoding accepts that
        fetched = client.users.get_user(id="u1")
    posted, got = server.requests
    assert (posted.method, posted.path) == ("POST", "/users")
    assert posted.json() == {"name": "ada", "password": "s3cret"}
    assert got.path == "/users/u1"
    assert isinstance(created, models.User)
    assert (created.id, created.name, created.created_at) == ("u1", "ada", created_at)
    assert created.password is pkg.UNSET
    assert isinstance(fetched, models.User) and fetched.nickname == "A"
    assert fetched.password is pkg.UNSET
    # outside a request body, readOnly fields are kept
    assert created.to_dict() == {"id": "u1", "name": "ada", "createdAt": "2024-05-01T10:00:00Z"}


@check("server_variables")
def _server_variables(pkg: ModuleType, server) -> None:
    models = pkg.models
    # the first server, its variables replaced by their defaults
    assert pkg.client.DEFAULT_BASE_URL == "http://localhost:8080/api/v2"
    with pkg.Client() as default:
        assert default.base_url == "http://localhost:8080/api/v2"
    server.reply(200, json={"ok": True})
    with pkg.Client(base_url=server.url + "/api/v2/") as client:
        status = client.status.get_status()
    assert (server.requests[0].method, server.requests[0].path) == ("GET", "/api/v2/status")
    assert isinstance(status, models.Status) and status.ok is True


@check("swagger2")
def _swagger2(pkg: ModuleType, server) -> None:
    models = pkg.models
    # host + basePath + the first scheme
    assert pkg.client.DEFAULT_BASE_URL == "http://localhost/v1"
    server.reply(200, json=[{"id": 1, "name": "Rex", "tag": None}])
    server.reply(201, json={"id": 2, "name": "Tom", "tag": "cat"})
    server.reply(200, json={"petId": 2, "size": 4, "caption": "hi"})
    with pkg.Client(base_url=server.url + "/v1", api_key="key-1") as client:
        pets = client.pets.list_pets(tags=["a", "b"], ids=[1, 2])
        created = client.pets.create_pet(body=models.NewPet(name="Tom", tag=None))
        photo = client.pets.upload_photo(pet_id=2, body=models.UploadPhotoRequest(
            file=b"\x89PNG\x00\xff", caption="hi"))
    listed, posted, uploaded = server.requests
    # securityDefinitions apiKey in a header
    assert [r.header("X-API-Key") for r in server.requests] == ["key-1"] * 3
    # collectionFormat csv is one comma-joined value, multi repeats the key
    assert (listed.method, listed.path) == ("GET", "/v1/pets")
    assert listed.query == {"tags": ["a,b"], "ids": ["1", "2"]}
    assert [type(p) for p in pets] == [models.Pet]
    assert pets[0].tag is None  # x-nullable
    assert pets[0].to_dict() == {"id": 1, "name": "Rex", "tag": None}
    # an `in: body` parameter is the JSON request body
    assert (posted.method, posted.path) == ("POST", "/v1/pets")
    assert posted.header("Content-Type") == "application/json"
    assert posted.json() == {"name": "Tom", "tag": None}
    assert isinstance(created, models.Pet) and created.tag == "cat"
    # formData with a `type: file` is a multipart upload
    assert (uploaded.method, uploaded.path) == ("POST", "/v1/pets/2/photo")
    assert uploaded.header("Content-Type").startswith("multipart/form-data; boundary=")
    assert b'name="file"' in uploaded.body and b"\x89PNG\x00\xff" in uploaded.body
    assert b'name="caption"' in uploaded.body and b"hi" in uploaded.body
    assert isinstance(photo, models.Photo) and (photo.pet_id, photo.size) == (2, 4)


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
