"""Everything Qt: the main window, item models, views, dialogs, tray and charts.

The UI never writes SQL; it calls ``kontaktbuch.journal`` and shows what it returns.
"""
