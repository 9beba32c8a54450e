"""Pieces every feature of the window uses: the view frame and empty state, the
paged table model, the detail editor frame, undoable deletion, palette, icons,
column widths, error dialogs and the services passed to every view."""
