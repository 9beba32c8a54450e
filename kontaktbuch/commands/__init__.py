"""Sub-commands of the ``kontaktbuch`` command line, one module per feature."""
