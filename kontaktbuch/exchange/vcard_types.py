"""How a vCard's TYPE parameter names a phone or an e-mail, and the journal's labels.

One table for every reader and writer of cards (the file import and export and
the sync's cards), so that a label read from a card is written back the same way.
"""

from __future__ import annotations

# a phone's TYPE as programs write it → the journal's phone label
PHONE_LABELS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
    "main": "work",
}
# the journal's phone label → the TYPE written for it
PHONE_TYPES = {"mobile": "cell", "work": "work", "home": "home", "fax": "fax", "pager": "pager"}
# the e-mail TYPEs that are the journal's label of the same name
EMAIL_LABELS = ("work", "home", "other")
