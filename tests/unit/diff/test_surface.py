"""generator.diff.surface: a generated package's public names, read from its files, and the
ones a newer generator no longer makes (breaking, as renamed or removed)."""

from __future__ import annotations

from generator.diff.surface import public_names, removed

GROUP = '''
import typing as _t
from .. import models as _models


class Users:
    def get_ua_rs(self, entity_i_ds: str, *, page_size: int = 1, _private: int = 0) -> None:
        pass

    def _helper(self) -> None:
        pass


class _Hidden:
    x: int
'''
MODEL = '''
class EntityIDs:
    entity_i_ds: list[str]
    name: str


class Status:
    ACTIVE = "ACTIVE"
'''


def _package(group: str = GROUP, model: str = MODEL) -> dict[str, str]:
    return {"pkg/__init__.py": "from .client import Client\n",
            "pkg/_runtime.py": "class Hidden:\n    pass\n",
            "pkg/resources/users.py": group,
            "pkg/models/entity_i_ds.py": model,
            "pkg/models/__init__.py": "from .entity_i_ds import EntityIDs, Status\n",
            "README.md": "def not_python(): pass\n"}


def test_public_names_are_modules_classes_members_and_arguments() -> None:
    names = public_names(_package())
    assert set(names) == {
        "pkg", "pkg.Client", "pkg.resources.users", "pkg.resources.users.Users",
        "pkg.resources.users.Users.get_ua_rs", "pkg.resources.users.Users.get_ua_rs(entity_i_ds)",
        "pkg.resources.users.Users.get_ua_rs(page_size)",
        "pkg.models.entity_i_ds", "pkg.models.entity_i_ds.EntityIDs",
        "pkg.models.entity_i_ds.EntityIDs.entity_i_ds", "pkg.models.entity_i_ds.EntityIDs.name",
        "pkg.models.entity_i_ds.Status", "pkg.models.entity_i_ds.Status.ACTIVE",
        "pkg.models", "pkg.models.EntityIDs", "pkg.models.Status",
    }
    assert names["pkg.resources.users.Users.get_ua_rs(page_size)"] == "pkg/resources/users.py"


def test_the_same_package_loses_no_name() -> None:
    assert removed(public_names(_package()), public_names(_package())) == []


def test_renames_are_breaking_and_a_renamed_parent_hides_its_members() -> None:
    new = _package(GROUP.replace("get_ua_rs", "get_uars"), MODEL.replace("entity_i_ds",
                                                                         "entity_ids"))
    new["pkg/models/entity_ids.py"] = new.pop("pkg/models/entity_i_ds.py")
    changes = removed(public_names(_package()), public_names(new))
    assert all(c.breaking and c.kind == "name-renamed" for c in changes)
    assert [c.message.split(" (")[0] for c in changes] == [
        "`pkg.models.entity_i_ds` is now `pkg.models.entity_ids`",
        "`pkg.resources.users.Users.get_ua_rs` is now `pkg.resources.users.Users.get_uars`",
    ]
    assert [c.pointer for c in changes] == ["pkg/models/entity_ids.py", "pkg/resources/users.py"]


def test_a_name_with_no_single_twin_is_removed_not_renamed() -> None:
    new = _package(GROUP.replace("entity_i_ds", "ids"), MODEL.replace("    name: str\n", ""))
    changes = removed(public_names(_package()), public_names(new))
    assert [(c.kind, c.breaking, c.message.split(" (")[0], c.pointer) for c in changes] == [
        ("name-removed", True, "`pkg.models.entity_i_ds.EntityIDs.name` removed",
         "pkg/models/entity_i_ds.py"),
        ("name-removed", True, "`pkg.resources.users.Users.get_ua_rs(entity_i_ds)` removed",
         "pkg/resources/users.py"),
    ]


def test_added_names_and_private_ones_are_no_change() -> None:
    new = _package(GROUP + "\n\ndef extra(x: int) -> None:\n    pass\n")
    new["pkg/_runtime.py"] = ""
    assert removed(public_names(_package()), public_names(new)) == []
