"""Diff: two spec versions in; the API-level changes a client would notice out.

compare resolves both and lists the changes; semver turns them into the next package version.
"""
