"""The KPI dashboard and the Excel import of task lists (issue 10 §4–5)."""
