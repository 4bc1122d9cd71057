"""Reference data, translations and fonts shipped with the program."""
