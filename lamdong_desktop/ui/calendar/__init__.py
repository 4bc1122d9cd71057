"""The working-day calendar area."""
