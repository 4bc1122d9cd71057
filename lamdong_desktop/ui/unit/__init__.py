"""The unit area: party organisations and staff."""
