"""The proposals area: list, editor window, history, attachments."""
