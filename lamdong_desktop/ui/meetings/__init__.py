"""Leadership meetings and review councils: the list, convening, the meeting window, decisions."""
