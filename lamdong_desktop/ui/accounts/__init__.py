"""The accounts area (administrators)."""
