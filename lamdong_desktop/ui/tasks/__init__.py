"""The "Nhiệm vụ" area: the task board, the deadline calendar, each task's window and the dialogs of its steps."""
