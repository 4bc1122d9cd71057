"""Printed forms (reportlab); renderers never touch the database."""
