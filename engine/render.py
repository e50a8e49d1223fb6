"""Rendering explanation templates and values for people, in bokmål or English."""

from __future__ import annotations

import datetime as dt
import math
import re
import string
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

LANGUAGES = ("nb", "en")
MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
# An ISO date (2027-06-01) or month (2027-06) standing alone in a text, not part of an id such as E-2026-05.
_ISO_DAY_OR_MONTH = re.compile(r"(?<![\w-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\w-])")
_MISSING = {"nb": "ikke oppgitt", "en": "not given"}
_BOOL = {"nb": ("nei", "ja"), "en": ("no", "yes")}
MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def format_date(day: dt.date, lang: str) -> str:
    """A date as a reader writes it: 1. juni 2027 in bokmål, 1 June 2027 in English."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "nb" else f"{day.day} {month} {day.year}"


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
    return written_dates(str(value), lang)


def written_dates(text: str, lang: str) -> str:
    """ISO dates and months in a text as the language writes them: 1. juni 2027 / 1 June 2027, juni 2027."""
    if "-" not in text:
        return text

    def written(match: re.Match[str]) -> str:
        year, month, day = match.group(1), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12 or (day is not None and not 1 <= int(day) <= 31):
            return match.group(0)
        name = MONTHS[lang][month - 1]
        if day is None:
            return f"{name} {year}"
        return f"{int(day)}. {name} {year}" if lang == "nb" else f"{int(day)} {name} {year}"

    return _ISO_DAY_OR_MONTH.sub(written, text)


# A scalar's words, by (type, value), for each language: explanations name the same few values again and
# again. The type is part of the key: True == 1 and hash alike, but read "ja" and "1". Bounded: once full,
# further values are formatted each time.
_SHOWN: dict[str, dict[tuple[type, Any], str]] = {lang: {} for lang in LANGUAGES}
_SHOWN_KEPT = 8192
_SCALAR_TYPES = frozenset((str, int, float, bool, type(None)))


def _shown(value: Any, lang: str) -> str:
    cls = value.__class__
    if cls not in _SCALAR_TYPES:
        return format_value(value, lang)
    known = _SHOWN[lang]
    text = known.get((cls, value))
    if text is None:
        text = format_value(value, lang)
        if len(known) < _SHOWN_KEPT:
            known[(cls, value)] = text
    return text


@lru_cache(maxsize=4096)
def _parts(template: str) -> tuple[tuple[str, str | None, str, str], ...] | None:
    """A template as (literal text, placeholder name, agreement choice, the text shown when the name has no
    value) quadruples, parsed once; None when it cannot be parsed. The choice is the spec of
    {name:singular|plural}, empty for a plain {name}."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    parts = []
    for literal, name, spec, _conversion in parsed:
        spec = spec or ""
        unknown = "{" + name + (":" + spec if spec else "") + "}" if name is not None else ""
        parts.append((literal, name, spec if "|" in spec else "", unknown))
    return tuple(parts)


def agreeing_word(value: Any, choice: str) -> str:
    """The word of 'singular|plural' that agrees with `value`: the singular for exactly 1, else the plural."""
    singular, _, plural = choice.partition("|")
    return singular if value == 1 and not isinstance(value, bool) else plural


def render(template: str, values: Mapping[str, Any], lang: str) -> str:
    """Fill {name} placeholders with the value, and {name:singular|plural} with the word that agrees with it
    ("{n} {n:endring|endringer}": 1 endring, 3 endringer); unknown names are left visible rather than hidden."""
    return render_first(template, (values,), lang)


def render_first(template: str, sources: Sequence[Mapping[str, Any]], lang: str) -> str:
    """`render`, each name's value taken from the first of `sources` that has it: as `render` of the sources
    merged, the first last, without making that merged copy for every text."""
    parts = _parts(template)
    if parts is None:
        return template
    out = []
    for literal, name, choice, unknown in parts:
        out.append(literal)
        if name is None:
            continue
        for source in sources:
            if name in source:
                value = source[name]
                break
        else:
            out.append(unknown)
            continue
        out.append(agreeing_word(value, choice) if choice else _shown(value, lang))
    return "".join(out)
