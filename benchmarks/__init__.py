"""clientgen's benchmark suite (issue 5): `python benchmarks/run.py` runs it all."""
