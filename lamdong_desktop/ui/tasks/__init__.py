"""The "Nhiệm vụ" area: the unit's task board, each task's window and the dialogs of its steps."""
