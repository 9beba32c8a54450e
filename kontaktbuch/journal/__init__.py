"""The domain: contacts, conversations, goals, reminders, reflection. No Qt.

The UI and the CLI call these functions and get plain data back; every rule
(validation, what counts as time, what is due) lives here once.
"""
