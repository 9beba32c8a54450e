"""``python -m kontaktbuch``: the same as the ``kontaktbuch`` command."""

import sys

from kontaktbuch.app import main

sys.exit(main())
