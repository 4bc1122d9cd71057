"""The "Nhiệm vụ" area: the task board, the deadline calendar and the windows of tasks."""
