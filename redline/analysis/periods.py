"""Calendar periods (day, week, month) that every aggregate is bucketed by."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

PERIODS = ("day", "week", "month")


def check_period(by: str) -> str:
    from redline.errors import ConfigError

    if by not in PERIODS:
        raise ConfigError(
            f"unknown period {by!r}", input=by, fix="use one of: " + ", ".join(PERIODS)
        )
    return by


def period_start(day: date, by: str) -> date:
    """First day of the period holding `day` (weeks start on Monday, as in ISO 8601)."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def period_range(first: date, last: date, by: str) -> Iterator[date]:
    """Every period start from the period of `first` to the period of `last`, no gaps."""
    cur = period_start(first, by)
    end = period_start(last, by)
    while cur <= end:
        yield cur
        cur = next_period(cur, by)


def auto_period(first: date | None, last: date | None) -> str:
    """A readable bucket for a span: days for a few weeks, weeks for a year, else months."""
    if first is None or last is None:
        return "week"
    span = (last - first).days
    return "day" if span <= 45 else "week" if span <= 400 else "month"
