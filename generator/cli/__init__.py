"""The `clientgen` command line: arguments in, the pipeline run, a person told what happened.

main parses arguments and dispatches; console shows warnings and progress.
"""
