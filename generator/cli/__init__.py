"""The `clientgen` command line: arguments in, the pipeline run, a person told what happened.

main parses arguments and runs generate, regenerate, check and diff; update vendors a new spec
version all or nothing; console shows warnings and progress.
"""
