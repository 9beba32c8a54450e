"""The reflection's dates: the quick path writes exactly what Qt writes, in any locale."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from kontaktbuch.text import dates as D
from kontaktbuch.text import reflection as T

LOCALES = ["de_DE", "en_US", "en_GB", "fr_FR", "tr_TR", "pl_PL", "sv_SE", "nl_NL", "ja_JP", "zh_CN",
           "ko_KR", "hu_HU", "fi_FI", "ar_EG", "fa_IR", "hi_IN", "bn_BD", "th_TH"]  # fmt: skip


@pytest.mark.parametrize("name", LOCALES)
def test_dates_as_the_locale_writes_them(name: str) -> None:
    locale = QLocale(name)
    for day in (dt.date(2026, 1, 5), dt.date(2026, 11, 26), dt.date(999, 3, 4)):
        qt = locale.toString(QDate(day.year, day.month, day.day), D._date_pattern(locale.name()))
        assert T.date(day, locale) == qt
        assert T.date_time(f"{day.isoformat()} 18:30", locale) == f"{qt} 18:30"
        assert T.date_time_format(locale)(f"{day.isoformat()} 18:30") == f"{qt} 18:30"


def test_german_dates_have_four_digit_years() -> None:
    assert T.date(dt.date(2026, 11, 26), QLocale("de_DE")) == "26.11.2026"


def test_times_kept_for_the_next_table_are_those_of_their_locale() -> None:
    """Formatted times are kept between tables, by the locale's pattern: a time
    worded for German is not handed to an English table."""
    german = T.date_time_format(QLocale("de_DE"))
    english = T.date_time_format(QLocale("en_US"))
    assert german("2026-11-26 18:30") == "26.11.2026 18:30"
    assert english("2026-11-26 18:30") != "26.11.2026 18:30"
    assert T.date_time_format(QLocale("de_DE"))("2026-11-26 18:30") == "26.11.2026 18:30"
    assert german("kein Datum") == "kein Datum"
