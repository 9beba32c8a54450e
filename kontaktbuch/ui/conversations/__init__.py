"""The conversation log: its paged model and the view (quick capture is in ``ui/capture``)."""
