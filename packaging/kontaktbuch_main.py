"""Entry point of the PyInstaller bundle: the same as the ``kontaktbuch`` command."""

import sys

from kontaktbuch.app import main

if __name__ == "__main__":
    sys.exit(main())
