"""Diff: two spec versions in; the API-level changes a client would notice out.

compare resolves both and lists the changes; surface lists the public names of a checked-in
package, so a rename by the generator itself is caught; semver turns the changes into the
next package version.
"""
