"""Widgets and helpers every area uses: layout, tables, workers, messages, PDF preview."""
