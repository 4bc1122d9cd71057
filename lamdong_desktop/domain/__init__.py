"""Pure rules: no Qt, no SQL."""
