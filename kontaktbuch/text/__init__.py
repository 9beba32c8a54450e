"""The product's words, shared by the window and the command line.

Translation set-up (:mod:`.i18n`), labels for the domain's codes (:mod:`.labels`),
dates, times, durations and hours as the user's language writes them
(:mod:`.formatting`), messages for the user's environment and for import/export
(:mod:`.messages`, :mod:`.exchange_messages`), and the sentences of the reflection
and the reminders. Qt's QtCore at most (translators, locale), never widgets, so
``ui/`` and ``commands/`` sit on it side by side without importing each other.
"""
