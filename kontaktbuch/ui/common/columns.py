"""Starting widths for table columns that never cut the column's title.

A table opens with widths chosen for typical contents, but a header text is
longer in German than in English (and translations change), so no column may
start narrower than its header needs: the header's own size hint knows the
font, the style's margins and the sort indicator. The user can still drag a
column narrower.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView


def set_column_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Give column ``i`` the width ``widths[i]``, or what its header text needs if more."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
