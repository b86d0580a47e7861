"""A success whose response declares no content returns None and is typed None, whatever
its status (Opal's `delete_bundle` answers 200 with no content); a body that arrives anyway
stays reachable through `with_raw_response`."""

from __future__ import annotations

import typing

import opal_client
from opal_client.resources.bundles import Bundles

BUNDLE_ID = "32acc112-21ff-4669-91c2-21e27683eaa1"


def test_a_success_without_declared_content_is_typed_none() -> None:
    assert typing.get_type_hints(Bundles.delete_bundle)["return"] is type(None)


def test_every_opal_operation_without_declared_content_is_typed_none() -> None:
    """Each method whose successes all declare no content (26 in Opal's spec) is typed
    None; no other method is."""
    import importlib
    import inspect
    import pkgutil

    from opal_client import resources

    typed_none, empty = set(), set()
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"opal_client.resources.{info.name}")
        group = next(cls for cls in vars(module).values() if inspect.isclass(cls)
                     and cls.__module__ == module.__name__ and "with_raw_response" in vars(cls))
        for name, method in vars(group).items():
            if name.startswith("_") or not inspect.isfunction(method):
                continue
            responses = next(value for constant, value in vars(module).items()
                             if constant.endswith("_RESPONSES")
                             and constant in inspect.getsource(method))
            if all(kind == "empty" for status, (kind, _) in responses.items()
                   if status.startswith("2")):
                empty.add(name)
            if typing.get_type_hints(method)["return"] is type(None):
                typed_none.add(name)
    assert len(empty) >= 26 and "delete_bundle" in empty
    assert typed_none == empty


def test_a_body_that_arrives_anyway_is_the_raw_responses(server) -> None:
    server.reply(200, json={"id": BUNDLE_ID})
    server.reply(200, json={"id": BUNDLE_ID})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        assert client.bundles.delete_bundle(bundle_id=BUNDLE_ID) is None
        raw = client.bundles.with_raw_response.delete_bundle(bundle_id=BUNDLE_ID)
    assert raw.parsed is None and raw.http_response.json() == {"id": BUNDLE_ID}


def test_an_undeclared_success_status_reads_as_the_declared_one(server) -> None:
    """201 where the spec declares only a 200 without content: still None, as typed."""
    server.reply(201, json={"id": BUNDLE_ID})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        assert client.bundles.delete_bundle(bundle_id=BUNDLE_ID) is None
