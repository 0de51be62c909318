"""Configuration from ``[tool.newsclean]`` in the nearest ``pyproject.toml`` (or ``--config FILE``).

Keys are the long option names of ``newsclean clean`` (``keep-byline`` or ``keep_byline``); the
command line wins over the file. The search goes upward from the inputs' common folder, as black
does, and stops at the repository root (a folder holding ``.git`` or ``.hg``).
"""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ConfigError", "OPTION_TYPES", "find_pyproject", "load_config", "discover"]


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the problem."""


_CHOICES = {
    "format": ("text", "markdown", "json", "jsonl"),
    "input-format": ("auto", "text", "html", "jsonl"),
}

# long option name -> kind
OPTION_TYPES: dict[str, str] = {
    "write": "bool",
    "check": "bool",
    "diff": "bool",
    "format": "choice",
    "metadata": "bool",
    "report": "str",
    "disable": "list",
    "enable": "list",
    "keep-byline": "bool",
    "quiet": "bool",
    "verbose": "bool",
    "jobs": "int",
    "include": "list",
    "exclude": "list",
    "stdin-filename": "str",
    "input-format": "choice",
    "text-field": "str",
    "html-field": "str",
    "timeout": "float",
    "language": "str",
    "templates": "str",
    "url-field": "str",
}

SECTION = "tool.newsclean"


def _has_section(data: dict) -> bool:
    return isinstance(data.get("tool"), dict) and "newsclean" in data["tool"]


def _read_toml(path: Path) -> dict:
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a TOML file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8") from None


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.newsclean]`` table, from ``start`` upward."""
    start = start.resolve()
    if start.is_file():
        start = start.parent
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = _read_toml(candidate)
            except ConfigError:
                return candidate  # report the broken file rather than silently skip it
            if _has_section(data):
                return candidate
        if (folder / ".git").exists() or (folder / ".hg").exists():
            return None
    return None


def _validate(path: Path, table: dict) -> dict:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{SECTION}] must be a table")
    values: dict = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        kind = OPTION_TYPES.get(key)
        where = f"{path}: [{SECTION}] {raw_key}"
        if kind is None:
            known = ", ".join(sorted(OPTION_TYPES))
            raise ConfigError(f"{path}: [{SECTION}] unknown option {raw_key!r} (known: {known})")
        if kind == "bool":
            if not isinstance(value, bool):
                raise ConfigError(f"{where} must be true or false")
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{where} must be a whole number of at least 1")
        elif kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{where} must be a number of seconds greater than 0")
            value = float(value)
        elif kind == "str":
            if not isinstance(value, str):
                raise ConfigError(f"{where} must be a string")
        elif kind == "choice":
            if value not in _CHOICES[key]:
                raise ConfigError(f"{where} must be one of {', '.join(_CHOICES[key])}")
        elif kind == "list":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where} must be a string or a list of strings")
        values[key] = value
    return values


def load_config(path: Path, *, explicit: bool = True) -> dict:
    """The validated ``[tool.newsclean]`` values of ``path`` keyed by long option name.

    An explicit ``--config`` file may be a pyproject.toml (the ``[tool.newsclean]`` table is read)
    or a plain TOML file holding the keys at top level (or in a ``[tool.newsclean]`` table).
    """
    data = _read_toml(path)
    if _has_section(data):
        return _validate(path, data["tool"]["newsclean"])
    if explicit and path.name != "pyproject.toml":
        return _validate(path, data)
    return {}


def discover(paths: list[str], *, stdin_filename: str | None = None, config: str | None = None) -> tuple[Path | None, dict]:
    """Find and load the configuration for a run: ``(file used or None, values)``."""
    if config is not None:
        path = Path(config)
        return path, load_config(path, explicit=True)
    sources = [p for p in paths if p != "-"]
    if not sources and stdin_filename:
        sources = [stdin_filename]
    if sources:
        try:
            start = Path(os.path.commonpath([os.path.abspath(p) for p in sources]))
        except ValueError:
            start = Path.cwd()
        while not start.exists() and start != start.parent:
            start = start.parent
    else:
        start = Path.cwd()
    found = find_pyproject(start)
    if found is None:
        return None, {}
    return found, load_config(found, explicit=False)
