"""Project: generated files in; files on disk, a record beside them, vendored specs kept.

lock says which vendored spec makes which package, record and cache hold what a later run may
reuse, write puts files down without touching what clientgen did not write, update vendors a
new spec version all or nothing (fetch brings its bytes), origin says how a package was made.
"""
