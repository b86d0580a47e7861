"""`clientgen update`: vendor a new version of a spec, all or nothing.

The new version is fetched (fetch.py: a file, or an http(s) URL with a timeout and a size
limit), written to a temporary folder and put through the whole generation. Only when that
succeeds are the vendored file, specs/lock.json (source, sha256, date), the spec's
CHANGELOG.md (specs/<name>/CHANGELOG.md, newest entry first) and generated/<package>
replaced; the package's version is bumped by semver (semver.py) and kept in the lock.
Any failure leaves all of them exactly as they were. Besides the spec's changes, the public
names of the checked-in package that today's generator no longer makes (surface.py) are
breaking changes: `update NAME --from specs/<its file>` is how a new naming rule reaches a
package's version, the spec unchanged.

Nothing of this machine lands in those files: the lock's `source` is where the spec is
published (a URL given to --from, `--source TEXT`, or else the source it had), so vendoring
a downloaded file keeps the upstream URL; the changelog names a local file by its name only;
warnings name the vendored file, not the temporary copy that was generated from. A URL is
recorded without its user name, password, query and fragment (where tokens travel), and a
URL of this machine or its network (localhost, *.local, loopback and private addresses) is
not recorded at all: --from keeps the lock's source, as for a file, and --source refuses it.
`--from` the vendored file itself vendors a hand-edit: the lock's source and the changelog
say "edited by hand", since the version before the edit is gone and cannot be compared.

The spec's overlays (read/overlay.py) are applied to the new version too; an action that
now matches nothing is a warning (upstream may have fixed what it fixed). The update
re-records every overlay's sha256, so it is also how a new or edited overlay is vendored: the
change report compares the old version with the overlays the lock vouched for against the new
one with all of them, and an overlay edited in place (its old text gone) gives no report and a
major bump, like a spec edited in place.

The changelog lives beside the spec rather than in generated/<package>, because
generated/ must stay exactly what `clientgen check` regenerates from the spec.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import ipaddress
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

from generator.diagnostics import Diagnostic, SpecError, as_errors
from generator.diff import semver, surface
from generator.diff.compare import Change, diff_specs, format_markdown
from generator.emit.origin import for_vendored
from generator.generate import Generated, generate
from generator.project.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, URL, fetch
from generator.project.lock import LOCK_FILE, VendoredSpec, find_spec, read_lock, sha256_of
from generator.project.record import RECORD_NAME, Record
from generator.project.write import write_trees

_BY_HAND = " (edited by hand)"  # ends the lock's source after `--from` the vendored file


@dataclass(frozen=True)
class Updated:
    spec: VendoredSpec  # the new lock entry
    previous_sha256: str
    generated: Generated
    changes: list[Change] | None  # None when the previous version could not be read
    changelog: Path
    previous_version: str  # the generated package's version before the update
    version: str  # and after it (semver: see semver.py)
    kept: list[Path] = dataclasses.field(default_factory=list)  # see write.write_trees
    # why `changes` is None, for the terminal: "overlays edited in place (fix.yaml)", ...
    no_report: str = "the previous version could not be read"


def update(root: Path, name: str, source: str, timeout: float = DEFAULT_TIMEOUT,
           max_bytes: int = DEFAULT_MAX_BYTES, today: datetime.date | None = None,
           strict: bool = False, upstream: str | None = None) -> Updated:
    """Vendor `source` as spec `name`; raise SpecError, with nothing changed, on any failure.

    `strict`: a warning fails the update too. `upstream`: where the version is published,
    for the lock (default: `source` when it is a URL, else the lock's source as it was).
    """
    if not timeout > 0 or max_bytes <= 0:
        _fail("bad-option", "--timeout and --max-bytes must be positive", "<command line>")
    if upstream is not None:
        upstream = _check_upstream(upstream)
    spec = find_spec(read_lock(root), name)
    raw = fetch(source, timeout, max_bytes)
    # the vendored file itself, as the lock vouches for it, is no hand-edit: the spec did
    # not change, though the generator may have (see _renamed)
    unchanged = hashlib.sha256(raw).hexdigest() == spec.sha256
    in_place = _is_vendored(source, spec.path(root)) and not unchanged
    previous_version = spec.version or semver.package_version(spec.output(root))
    overlays, made_with, edited = _overlays(root, spec)
    with tempfile.TemporaryDirectory(prefix="clientgen-update-") as folder:
        candidate = Path(folder) / Path(spec.file).name
        candidate.write_bytes(raw)
        # the version before a hand-edit in place is gone: nothing to compare it with
        changes = None if in_place or edited else _changes(
            spec.path(root), candidate, spec.pagination_path(root), overlays, made_with)
        try:
            if changes is not None:
                changes = sorted(changes + _renamed(root, spec, made_with),
                                 key=Change.sort_key)
            version = semver.bump(previous_version, semver.level(changes))
            origin = for_vendored(spec.name, spec.package, version)
            generated = generate(candidate, spec.package, spec.pagination_path(root), origin,
                                 previous=spec.output(root), overlays=overlays)
            if strict and generated.warnings:
                raise SpecError(as_errors(generated.warnings))
        except SpecError as exc:
            raise SpecError([_relabel(d, candidate, source) for d in exc.diagnostics]) from None
        except Exception as exc:  # a generator bug must not leave a half-done update
            _fail("generation-failed", f"generation failed: {type(exc).__name__}: {exc}", source)
        vendored = (Path("specs") / spec.file).as_posix()  # as it will be committed
        generated = dataclasses.replace(generated, diagnostics=[
            _relabel(d, candidate, vendored) for d in generated.diagnostics])
    is_url = URL.match(source) is not None
    published = _recordable(source) if is_url else None
    before = spec.source.removesuffix(_BY_HAND)
    entry = dataclasses.replace(spec, source=upstream or published or (
                                    before + _BY_HAND if in_place else
                                    spec.source if unchanged else before),
                                sha256=hashlib.sha256(raw).hexdigest(),
                                updated=(today or datetime.date.today()).isoformat(),
                                version=version, overlays=tuple(
                                    dataclasses.replace(overlay, sha256=sha256_of(path))
                                    for overlay, path in zip(spec.overlays, overlays,
                                                             strict=True)))
    changelog = root / "specs" / name / "CHANGELOG.md"
    note = f"Package version {version} (was {previous_version})." + (
        f" Edited by hand in place, from {_md_name(before)}." if in_place
        else "" if published else " Read from a URL of this machine or its network." if is_url
        else f" Read from a local file, {_md_name(Path(source).name)}.") + (
        f" Overlays applied, in order: {_md_name(', '.join(o.path for o in spec.overlays))}"
        f"{_overlays_vendored(spec, made_with, overlays)}." if spec.overlays else "")
    missing = "The previous version was edited in place, so there is no change report." \
        if in_place else f"Overlays edited in place ({_md_name(', '.join(edited))}), so " \
        "there is no change report." if edited else None
    writes = [
        (spec.path(root), raw),
        (root / LOCK_FILE, _lock_text(root, entry).encode("utf-8")),
        (changelog, _changelog(changelog, entry, spec.sha256, changes, note,
                               missing).encode("utf-8")),
    ]
    try:
        left = _commit(writes, spec.output(root), generated.tree())
    except OSError as exc:
        _fail("write-failed", f"nothing was changed: {exc}", str(root))
    no_report = "the previous version was edited in place" if in_place else \
        f"overlays edited in place ({', '.join(edited)})" if edited else \
        "the previous version could not be read"
    return Updated(entry, spec.sha256, generated, changes, changelog, previous_version, version,
                   left, no_report)


# -- what gets written ----------------------------------------------------------------------------


def _overlays(root: Path, spec: VendoredSpec) -> tuple[list[Path], list[Path], list[str]]:
    """The spec's overlays now; those the checked-in package was made from (the ones the lock
    vouches for: an overlay not yet vendored is new); the lock's overlays edited since."""
    paths = spec.overlay_paths(root)
    before, edited = [], []
    for overlay, path in zip(spec.overlays, paths, strict=True):
        if sha256_of(path) == overlay.sha256:
            before.append(path)
        elif overlay.sha256:
            edited.append(overlay.path)
    return paths, before, edited


def _overlays_vendored(spec: VendoredSpec, made_with: list[Path], overlays: list[Path]) -> str:
    """Which of the spec's overlays this update vendors (new or edited since the lock)."""
    fresh = [entry.path for entry, path in zip(spec.overlays, overlays, strict=True)
             if path not in made_with]
    return f" (vendored now: {_md_name(', '.join(fresh))})" if fresh else ""


def _changes(old: Path, new: Path, pagination: Path | None, overlays: list[Path],
             before: list[Path]) -> list[Change] | None:
    try:
        return diff_specs(old, new, pagination=pagination, overlays=overlays,
                          old_overlays=before)
    except (SpecError, OSError):
        return None  # the vendored version is unreadable: the update is how to fix it


def _renamed(root: Path, spec: VendoredSpec, overlays: list[Path]) -> list[Change]:
    """The checked-in package's public names that today's generator, given the spec it was
    made from, no longer makes: the spec diff cannot see them (it names both versions with
    today's rules), and they break callers all the same."""
    try:
        today = generate(spec.path(root), spec.package, spec.pagination_path(root),
                         spec.origin(), previous=spec.output(root), overlays=overlays).files
    except SpecError:
        return []  # the vendored version is unreadable: _changes says so
    folder = spec.output(root)
    try:
        written = Record.parse((folder / RECORD_NAME).read_text(encoding="utf-8")).written
    except (OSError, ValueError):
        written = None
    paths = sorted(written) if written is not None else \
        [p.relative_to(folder).as_posix() for p in folder.rglob("*.py")]
    checked_in: dict[str, str] = {}
    for path in paths:  # only the files generated there: a hand-added module is no name
        try:
            checked_in[path] = (folder / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return surface.removed(surface.public_names(checked_in), surface.public_names(today))


def _lock_text(root: Path, entry: VendoredSpec) -> str:
    """The lock with one entry changed; key order, indent 2 and the final newline kept."""
    data = json.loads((root / LOCK_FILE).read_text(encoding="utf-8"))
    for item in data["specs"]:
        if item["name"] == entry.name:
            item.update(source=entry.source, sha256=entry.sha256, updated=entry.updated,
                        version=entry.version)
            if entry.overlays:
                item["overlays"] = [dataclasses.asdict(overlay) for overlay in entry.overlays]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _changelog(path: Path, entry: VendoredSpec, previous: str,
               changes: list[Change] | None, version_note: str,
               missing: str | None = None) -> str:
    """The changelog with a new entry on top (after the title); `missing` says why there
    is no change report when `changes` is None."""
    note = f"{version_note} sha256 `{entry.sha256}` (was `{previous}`)."
    if changes is None:
        why = missing or "The previous version could not be read, so there is no change report."
        text = f"## {entry.updated}: {entry.source}\n\n{note}\n\n{why}\n"
    else:
        text = format_markdown(changes, f"{entry.updated}: {entry.source}", note)
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = f"# Changelog: {entry.name} (generated/{entry.package})\n\nWritten by " \
                   "`clientgen update`, newest first.\n"
    first = existing.find("\n## ")
    if first < 0:
        return existing.rstrip("\n") + "\n\n" + text
    return existing[:first + 1] + text + "\n" + existing[first + 1:]


def _commit(writes: list[tuple[Path, bytes]], output: Path, files: dict[str, str],
            ) -> list[Path]:
    """Replace the small files, then the package; put the small files back if that fails.
    Return the files of the package kept though no longer generated (edited by hand)."""
    originals = {path: path.read_bytes() if path.exists() else None for path, _ in writes}
    created = [p for p in {path.parent for path, _ in writes} if not p.exists()]
    try:
        for path, data in writes:
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, data)
        return write_trees({output: files}, package_folders=True)
    except BaseException:
        for path, original in originals.items():
            if original is None:
                path.unlink(missing_ok=True)
            else:
                _replace(path, original)
        for folder in created:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise


def _replace(path: Path, data: bytes) -> None:
    """Write atomically, keeping the file's mode (vendored specs are read-only)."""
    mode = path.stat().st_mode & 0o777 if path.exists() else None
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _check_upstream(text: str) -> str:
    """`--source` goes into the lock and the changelog: one line, and no path or URL of this
    machine; a URL as recorded (see _recordable)."""
    if not text.strip() or any(char in text for char in "\r\n\0"):
        _fail("bad-option", "--source must be one non-empty line", "<command line>")
    url = URL.match(text) is not None
    # a path: absolute, from home, relative (any separator outside a URL), or a file: URL
    local = not url and (text.startswith(("/", "~", ".")) or "/" in text or "\\" in text
                         or text.lower().startswith("file:"))
    recorded = _recordable(text) if url else text
    if local or recorded is None:
        what = "a path" if local else "a URL"
        _fail("bad-option", f"--source {shown_source(text)!r} is {what} of "
              "this machine or its network; give where the spec is published (a public URL, "
              "or words such as `vendor portal, 2026-07`)", "<command line>")
    return recorded


def _recordable(url: str, shown: bool = False) -> str | None:
    """`url` as it may be committed: without user name, password, query and fragment (where
    tokens travel); None for a host of this machine or its network. `shown`: the host is
    kept whatever it is (for messages)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return None
    if not shown and _machine_local(host):
        return None
    where = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{where}{'' if port is None else f':{port}'}{parts.path}"


def shown_source(source: str) -> str:
    """--from as printed: a URL without what may be a secret (user, password, query)."""
    return (_recordable(source, shown=True) or "the URL given") if URL.match(source) \
        else source


def _machine_local(host: str) -> bool:
    """localhost, *.local, and loopback, private, link-local or unspecified addresses."""
    host = host.lower().rstrip(".")
    if host in ("", "localhost") or host.endswith((".localhost", ".local")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local \
        or address.is_unspecified


def _is_vendored(source: str, vendored: Path) -> bool:
    """Whether --from names the vendored file itself: a hand-edit being vendored."""
    if URL.match(source):
        return False
    try:
        return Path(source).resolve() == vendored.resolve()
    except (OSError, ValueError):
        return False


def _md_name(name: str) -> str:
    """A file's name as plain Markdown text (it is the user's, not ours)."""
    return "".join("\\" + char if char in "\\`*_[]<>|#" else char for char in name)


def _relabel(diagnostic: Diagnostic, candidate: Path, source: str) -> Diagnostic:
    """Problems in the temporary copy name where it came from (errors) or the vendored
    file it became (warnings), not the temporary file."""
    try:
        same = Path(diagnostic.file).resolve() == candidate.resolve()
    except (OSError, ValueError):
        same = False
    return dataclasses.replace(diagnostic, file=source) if same else diagnostic


def _fail(code: str, message: str, where: str) -> NoReturn:
    raise SpecError([Diagnostic("error", code, message, where)])
