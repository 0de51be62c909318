"""Adapters for other tools (optional dependencies, imported only when used):
:mod:`cleaner.integrations.datatrove`."""
