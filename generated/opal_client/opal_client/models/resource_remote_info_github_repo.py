from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGithubRepo(_rt.Model):
    """Remote info for GitHub repository."""

    repo_name: str
    """The name of the repository."""
    repo_id: str | None = _rt.UNSET
    """The id of the repository."""
    org_name: str | None = _rt.UNSET
    """GitHub repo's org name, required only for Enterprise."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("repo_id",))
