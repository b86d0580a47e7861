"""generator.emit.origin: the commands a package's README shows, naming no place on the
machine that made it."""

from __future__ import annotations

from pathlib import Path

from generator.emit.origin import Origin, default, folder_argument, for_generate, for_vendored


def test_a_relative_folder_is_shown_as_pip_reads_a_folder() -> None:
    assert folder_argument(Path("out")) == "./out"
    assert folder_argument(Path(".")) == "./"
    assert folder_argument(Path("../clients/x")) == "../clients/x"
    assert folder_argument(Path("my clients/x")) == "'./my clients/x'"  # shell-quoted
    assert folder_argument(Path("/abs/out")) == "/abs/out"


def test_generate_repeats_the_command_with_its_relative_paths_as_typed() -> None:
    origin = for_generate(Path("specs/a.yaml"), Path("clients/a"), "a_client",
                          Path("specs/paging.json"), Path("specs"))
    assert origin == Origin("./clients/a", "clientgen generate specs/a.yaml --out clients/a "
                            "--package a_client --pagination specs/paging.json "
                            "--ref-root specs")


def test_generate_names_a_path_outside_the_working_folder_by_its_name_alone() -> None:
    origin = for_generate(Path("/home/me/specs/a.yaml"), Path("../out"), "a_client", None)
    assert origin.regenerate == "clientgen generate a.yaml --out out --package a_client"
    assert origin.install == "./out"
    assert "/home/me" not in origin.regenerate + origin.install


def test_a_vendored_package_is_rebuilt_by_its_lock_name() -> None:
    assert for_vendored("opal", "opal_client", "1.2.0", "OPAL") == Origin(
        "./generated/opal_client", "clientgen regenerate opal", "1.2.0", "OPAL")
    assert for_vendored("it's", "x", None).regenerate == "clientgen regenerate 'it'\"'\"'s'"


def test_a_library_call_gets_the_package_folder_and_a_placeholder_command() -> None:
    assert default("a_client") == Origin(
        "./a_client", "clientgen generate SPEC --out DIR --package a_client")
