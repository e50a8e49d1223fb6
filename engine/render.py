"""Rendering explanation templates and values for people, in bokmål or English."""

from __future__ import annotations

import math
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
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        # Two decimals at most, and three significant digits below 1: 0.85 stays 0,85 (not 0,8), 33.3333 is 33,33.
        decimals = 2 if abs(value) >= 1 or value == 0 else max(2, 2 - math.floor(math.log10(abs(value))))
        text = f"{value:,.{min(decimals, 6)}f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if lang == "nb":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v, lang) for v in value)
    return str(value)


class _Values(dict[str, str]):
    """The values a template names, formatted when first asked for (a finding names few of many)."""

    def __init__(self, values: Mapping[str, Any], lang: str):
        super().__init__()
        self._raw = values
        self._lang = lang

    def __missing__(self, key: str) -> str:
        if key not in self._raw:
            return "{" + key + "}"
        shown = self[key] = format_value(self._raw[key], self._lang)
        return shown


def render(template: str, values: Mapping[str, Any], lang: str) -> str:
    """Fill {name} placeholders; unknown names are left visible rather than hidden."""
    shown = _Values(values, lang)
    try:
        return template.format_map(shown)
    except (ValueError, IndexError, KeyError, AttributeError):
        return template
