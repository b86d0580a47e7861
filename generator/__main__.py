"""`python -m generator` is the same as `clientgen`."""

import sys

from generator.cli.main import main

sys.exit(main())
