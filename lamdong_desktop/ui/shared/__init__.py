"""Widgets and helpers every area uses: layout, tables, the operation runner, messages, PDF preview."""
