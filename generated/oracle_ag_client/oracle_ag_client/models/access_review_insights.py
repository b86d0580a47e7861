from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessReviewInsights(_rt.Model):
    """The insight information for the given access review."""

    version: int
    """The version of the insights format."""
    alignments: list[dict[str, _t.Any]] | None = _rt.UNSET
    """The list of alignment information."""
    identity_collection_membership: _m.IdentityCollectionMembership | None = _rt.field(
        wire="identityCollectionMembership", default=_rt.UNSET
    )
    insights: list[_t.Any] | None = _rt.UNSET
    """The list of insights."""
    location_alignments: list[dict[str, _t.Any]] | None = _rt.field(
        wire="locationAlignments", default=_rt.UNSET
    )
    """The list of location alignment information."""
    peer_similarities: list[dict[str, _t.Any]] | None = _rt.field(
        wire="peerSimilarities", default=_rt.UNSET
    )
    """The list of peer similarities information."""
    textual_explanations: list[dict[str, _t.Any]] | None = _rt.field(
        wire="textualExplanations", default=_rt.UNSET
    )
    """The list of textual explanation."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
