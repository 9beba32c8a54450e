"""Introductions: the "Introductions" view (:mod:`.view`), the dialog that makes one
(:mod:`.make_dialog`), and quick capture's hint of who offers a seek (:mod:`.hint`)."""
