"""`python -m generator` is the same as `clientgen`."""

import sys

from .cli import main

sys.exit(main())
