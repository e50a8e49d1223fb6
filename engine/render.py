"""Rendering explanation templates and values for people, in bokmål or English."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("nb", "en")
_MISSING = {"nb": "ikke oppgitt", "en": "not given"}
_BOOL = {"nb": ("nei", "ja"), "en": ("no", "yes")}


def format_value(value: Any, lang: str) -> str:
    """A value as a reader expects it: 13 000 and 12,5 in bokmål; 13,000 and 12.5 in English."""
    if value is None:
        return _MISSING[lang]
    if isinstance(value, bool):
        return _BOOL[lang][int(value)]
    if isinstance(value, int):
        text = f"{value:,}"
        return text.replace(",", "\u00a0") if lang == "nb" else text
    if isinstance(value, float):
        text = f"{value:,.1f}" if value != int(value) else f"{int(value):,}"
        if lang == "nb":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v, lang) for v in value)
    return str(value)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: Mapping[str, Any], lang: str) -> str:
    """Fill {name} placeholders; unknown names are left visible rather than hidden."""
    shown = _Values({k: format_value(v, lang) for k, v in values.items()})
    try:
        return string.Formatter().vformat(template, (), shown)
    except (ValueError, IndexError, KeyError, AttributeError):
        return template
