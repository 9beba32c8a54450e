"""Reminders: the view, the scheduler that survives sleep, the tray and its settings page."""
