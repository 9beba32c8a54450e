"""Kontaktbuch: a desktop journal for one person's professional network.

The package is layered (see ARCHITECTURE.md): ``store`` holds the database,
``journal`` the domain rules, ``exchange`` import and export, ``ui`` everything Qt.
Only ``app``/``cli`` wire the layers together.
"""

__version__ = "0.1.0"
APP_NAME = "Kontaktbuch"
