"""“Việc cần xử lý”: what waits for the person signed in."""
