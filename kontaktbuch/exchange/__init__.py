"""Import and export: vCard, LinkedIn CSV, the JSON archive, iCalendar and CSV.

No Qt here. Importers turn files into plain :class:`~kontaktbuch.exchange.records.ContactRecord`
objects; :mod:`kontaktbuch.exchange.importer` plans and applies them in one transaction.
Long work reports through a plain ``progress(done, total)`` callback that may
return ``False`` to cancel.
"""
