"""Project: generated files in; files on disk with a record beside them, and the vendored specs.

lock says which vendored spec makes which package; record keeps what a later run may reuse and
inputs what a package was made from, so check can trust it unrendered; write puts files down
without touching what clientgen did not write; fetch brings a new spec version's bytes.
"""
