"""Contacts: the list model, the editor, merge and duplicates dialogs."""
