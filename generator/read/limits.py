"""How much of a spec the reader takes on: the bounds a hostile file cannot push past.

Kept apart from the loader (which needs yaml) so the command line can show them as its
defaults without loading the reader.
"""

MAX_BYTES = 64 * 1024 * 1024  # a spec file, or a fetched one
MAX_NODES = 5_000_000  # values in the parsed document, aliases expanded
MAX_DEPTH = 200  # nesting of the parsed document
FETCH_TIMEOUT = 30.0  # seconds to wait for a spec at a URL
