"""The reflection panel: figures, findings, charts and its settings page."""
