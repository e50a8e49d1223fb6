"""Months: the period most indicators are counted in, and month arithmetic on dates."""

from __future__ import annotations

import calendar as _calendar
from datetime import date

# Days in each month of a common year; calendar.monthrange works out the weekday as well, which is not needed here.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st of a shorter month becomes its last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = 29 if month == 1 and _calendar.isleap(year) else _MONTH_DAYS[month]
    return date(year, month + 1, min(day.day, last))


def month_end(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def month_ends(year: int) -> list[date]:
    """The last day of each month of `year`, January first."""
    return [month_end(year, month) for month in range(1, 13)]


def month_label(day: date) -> str:
    """'YYYY-MM', the form the input files use for months."""
    return f"{day.year:04d}-{day.month:02d}"


def months_of_year(year: int) -> list[str]:
    return [f"{year:04d}-{month:02d}" for month in range(1, 13)]
