"""``python -m lamdong_desktop`` starts the desktop program."""

from lamdong_desktop.ui.app import main

raise SystemExit(main())
