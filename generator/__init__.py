"""clientgen: typed, lenient Python clients from OpenAPI descriptions."""

__version__ = "0.1.0"  # also in pyproject.toml; generated clients name it in their User-Agent
