"""Use cases with permission checks, shared by the CLI and the UI."""
