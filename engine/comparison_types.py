"""Whether a comparison's sides fit: a value of the right type for its field and operator.

durable_rules compares across types without complaint, and the engine's type guards make a
comparison of a number field with the text "90 %" hold neither way: a rule file with such a
threshold would validate and then silently change findings. These checks say so when the file is
validated, with how to write the value instead.

A field holds one of FIELD_KINDS, as the domain's fact catalogue says: `number`, `text`, `bool`,
`date` (an ISO date, YYYY-MM-DD) or `month` (YYYY-MM). Numbers, dates and months order; text and
yes/no values can only be equal or not, or be one of a list.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bosetting.engine.conditions import ORDERINGS

NUMBER, TEXT, BOOL, DATE, MONTH = "number", "text", "bool", "date", "month"
FIELD_KINDS = (NUMBER, TEXT, BOOL, DATE, MONTH)
ORDERED_KINDS = (NUMBER, DATE, MONTH)

_KIND_WORDS = {NUMBER: "a number", TEXT: "text", BOOL: "a yes/no value", DATE: "a date", MONTH: "a month"}
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_GROUPED = re.compile(r"[+-]?\d{1,3}([ \u00a0]\d{3})+")
_NUMBER_THEN_UNIT = re.compile(r"([+-]?\d+(?:[.,]\d+)?)\s*(%|‰|[^\W\d_][\w. ]*)")
_WORDS_THEN_NUMBER = re.compile(r"([^\W\d_][\w.]*\.?\s+)+([+-]?\d+(?:[.,]\d+)?)(\s*%)?")
_YES_NO_WORDS = ("ja", "nei", "yes", "no", "true", "false", "sann", "usann")


def kind_word(kind: str) -> str:
    return _KIND_WORDS.get(kind, kind)


def fits(value: Any, kind: str) -> bool:
    """Whether `value`, as the rule file gives it, is a value of `kind`."""
    if kind == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == BOOL:
        return isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if kind == DATE:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    if kind == MONTH:
        return _MONTH.fullmatch(value) is not None
    return True


def _shown_number(text: str) -> str:
    return text.replace(",", ".").lstrip("+")


def how_to_write(value: Any, kind: str, unit: str = "") -> str:
    """A suggestion for writing `value` as a value of `kind`."""
    if kind == NUMBER:
        if isinstance(value, bool):
            return "write a number, not true or false"
        if not isinstance(value, str):
            return "write a number"
        text = value.strip()
        if _PLAIN_NUMBER.fullmatch(text):
            return f"write {_shown_number(text)} without quotes"
        if _DECIMAL_COMMA.fullmatch(text):
            return f"write {_shown_number(text)} with a decimal point, without quotes"
        if _GROUPED.fullmatch(text):
            digits = text.replace(" ", "").replace("\u00a0", "")
            return f"write {digits} without spaces or quotes"
        where_unit = f"the unit is in `unit` ({unit})" if unit else "give the unit in `unit`"
        if match := _NUMBER_THEN_UNIT.fullmatch(text):
            return f"write {_shown_number(match.group(1))}, {where_unit}"
        if match := _WORDS_THEN_NUMBER.fullmatch(text):
            return (f"write {_shown_number(match.group(2))}: a threshold is one exact number; say in `citation` "
                    "why it was chosen")
        return "write a plain number without quotes, such as 90 or 15.5"
    if kind == BOOL:
        if isinstance(value, str) and value.strip().lower() in _YES_NO_WORDS:
            return "write true or false without quotes"
        return "write true or false"
    if kind == DATE:
        return "write the date in quotes as YYYY-MM-DD, such as \"2026-06-30\""
    if kind == MONTH:
        return "write the month in quotes as YYYY-MM, such as \"2026-06\""
    return f"write the text in quotes, such as \"{value}\"" if not isinstance(value, (list, dict)) else \
        "write the text in quotes"


def describe_value(value: Any) -> str:
    """A value from a rule file as a message quotes it: text in quotes, at most 60 characters."""
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"the text \"{shown}\""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def ordering_problem(op: str, kind: str, name: str) -> str | None:
    """Why `op` cannot compare field `name` of `kind`, or None when it can."""
    if op in ORDERINGS and kind not in ORDERED_KINDS:
        return (f"op '{op}' orders values, but '{name}' is {kind_word(kind)}: use eq, ne, in or not_in")
    return None
