"""Operation groups, one module per tag (generated)."""
