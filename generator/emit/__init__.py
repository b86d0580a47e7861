"""Emit: the IR and its names in; a package's files, as formatted text, out.

Each IR type becomes a record (typerecords), the records become what templates read
(context, built by view.build_view from definitions, methods, calls, auth, typeddicts,
testkit, readme), the templates render (render) and ruff formats (format); versions names the tools
whose versions a package records. origin says what
the package's README tells a reader to run. Spec text reaches generated code only through
escape.
"""
