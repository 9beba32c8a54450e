"""Only the package list, which pyproject.toml cannot express: every package below
``kontaktbuch/`` plus ``kontaktbuch.resources``, the top-level ``resources/``
folder (translations, icons), so a wheel carries them. Everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kontaktbuch", "kontaktbuch.*"]), "kontaktbuch.resources"])
