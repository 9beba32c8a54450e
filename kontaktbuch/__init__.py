"""Kontaktbuch: a desktop journal for one person's professional network.

The package is layered (docs/architecture.md; ``tools/check_layers.py`` keeps it):
``store`` holds the database, ``journal`` the domain rules, ``exchange`` import and
export, ``text`` the words; ``ui`` (the window) and ``commands`` (the command line)
are peers on top, and only ``app`` wires them together.
"""

__version__ = "0.1.0"
APP_NAME = "Kontaktbuch"
