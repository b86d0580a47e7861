"""Versions of this package and of the clientgen that generated it."""

__version__ = "20250331"
CLIENTGEN_VERSION = "0.1.0"
