"""Unit tests of the generator (a package, so module names may repeat those in integration/)."""
