"""Versions of this package and of the clientgen that generated it."""

__version__ = "2.0.0"
CLIENTGEN_VERSION = "0.1.0"
