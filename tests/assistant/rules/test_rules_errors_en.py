"""Every error the rules engine and book raise carries an English message for English conversations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.errors import (
    InvalidInput,
    NoFixedAmount,
    PositionLimitExceeded,
    RegelverkError,
    RuleNotFound,
    UnknownApplicantType,
    UnknownMeasure,
    UnknownScheme,
    YearOutOfRange,
)
from assistant.rules.book import RuleBook
from assistant.rules.engine import eligibility, max_grant, own_funding, plan, resolve_measure
from assistant.settings import PROJECT_ROOT
from assistant.types import Source

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
B_YEAR_1 = max_grant(BOOK, "0765.73", "B", 1)

# (call, error class, exact English message or a part of it)
CASES: list[tuple[str, Callable[[], Any], type[RegelverkError], str]] = [
    ("year 5 of Tiltak B", lambda: max_grant(BOOK, "0765.73", "B", 5), YearOutOfRange,
     "Tiltak B is granted for at most four years; there is no year 5."),
    ("year 0", lambda: max_grant(BOOK, "ips-jmo", "ips", 0), YearOutOfRange,
     "New IPS projects is granted for at most three years; there is no year 0."),
    ("three positions in Tiltak A", lambda: max_grant(BOOK, "0765.73", "A", 1, positions=3), PositionLimitExceeded,
     "Tiltak A funds at most two 100 % positions; 3 positions were given."),
    ("two positions in Tiltak B", lambda: max_grant(BOOK, "0765.73", "B", 1, percents=[100, 50]),
     PositionLimitExceeded, "Tiltak B funds at most one 100 % position; 2 positions were given."),
    ("a position over 100 %", lambda: max_grant(BOOK, "0765.73", "B", 1, percents=[120]), PositionLimitExceeded,
     "A position cannot be more than 100 % (got 120 %)."),
    ("a zero percentage", lambda: max_grant(BOOK, "0765.73", "B", 1, percents=[0]), InvalidInput,
     "A position percentage must be greater than 0 (got 0)."),
    ("percents and positions", lambda: max_grant(BOOK, "0765.73", "A", 1, percents=[50], positions=1),
     InvalidInput, "Give either position percentages or a number of 100 % positions, not both."),
    ("zero positions", lambda: max_grant(BOOK, "0765.73", "A", 1, positions=0), InvalidInput,
     "The number of positions must be at least 1."),
    ("no year", lambda: max_grant(BOOK, "0765.73", "B"), InvalidInput,
     "Give the project/operating year (1–4) for Tiltak B."),
    ("training outside Tiltak A", lambda: max_grant(BOOK, "0765.73", "B", 1, training=10), InvalidInput,
     "Tiltak B has no separate amount for training and competence measures."),
    ("negative training", lambda: max_grant(BOOK, "0765.73", "A", 1, training=-1), InvalidInput,
     "The training amount cannot be negative (got -1)."),
    ("no fixed amount", lambda: max_grant(BOOK, "ips-jmo", "jmo-ips-integrert", 1), NoFixedAmount,
     "The regulations state no fixed amount for Integrated JMO/IPS projects: «"),
    ("measure must be chosen", lambda: resolve_measure(BOOK, "0765.73", None), InvalidInput,
     "Say which measure of Treatment and rehabilitation aimed at work, education and meaningful activity "
     "you mean (A, B)."),
    ("scheme without amounts", lambda: resolve_measure(BOOK, "rus-ny", None), RuleNotFound,
     "The sources state no rates or amounts for Municipal substance-use work – new scheme."),
    ("rule not in force", lambda: max_grant(BOOK, "0765.73", "B", 1, as_of=__import__("datetime").date(2020, 1, 1)),
     RuleNotFound, "The regulations state no value for “rate for Tiltak B, year 1” in force on 2020-01-01."),
    ("plan of a measure without a fixed amount", lambda: plan(BOOK, "ips-jmo", "jmo-ips-integrert"), NoFixedAmount,
     "The regulations state no fixed amount"),
    ("unknown scheme", lambda: BOOK.scheme("Tiltak Z-ordningen"), UnknownScheme,
     "Unknown grant scheme “Tiltak Z-ordningen”. Known schemes: 0765-73"),
    ("ambiguous scheme", lambda: BOOK.scheme("765.60"), UnknownScheme,
     "“765.60” could be several grant schemes: barn-unge-langvarige, voksne-langvarige. Say which one."),
    ("unknown measure", lambda: BOOK.measure(BOOK.scheme("0765.73"), "C"), UnknownMeasure,
     "Treatment and rehabilitation aimed at work, education and meaningful activity has no measure “C”. "
     "Its measures: A (Tiltak A: part-financing of IPS resource teams)"),
    ("unknown applicant type", lambda: eligibility(BOOK, "0765.73", "romvesen"), UnknownApplicantType,
     "Unknown applicant type “romvesen”. Known applicant types: kommune"),
    ("negative salary", lambda: own_funding(B_YEAR_1, -5), InvalidInput,
     "The salary cost must be a positive amount (got -5)."),
]  # fmt: skip


@pytest.mark.parametrize(("call", "error", "english"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_errors_carry_an_english_message(call: Callable[[], Any], error: type[RegelverkError], english: str) -> None:
    with pytest.raises(error) as info:
        call()
    exc = info.value
    assert exc.message_en is not None and exc.message_en.startswith(english)
    assert exc.message_en != exc.message
    assert exc.localized("en") == exc.message_en
    assert exc.localized("nb") == exc.message == str(exc)


def test_norwegian_message_is_unchanged_for_the_classic_error() -> None:
    with pytest.raises(YearOutOfRange) as info:
        max_grant(BOOK, "0765.73", "B", 5)
    assert info.value.message == "Tiltak B gis i inntil fire år; år 5 finnes ikke."


def test_no_fixed_amount_keeps_its_source_and_passes_english_through() -> None:
    source = Source(document_id="d", section="s", quote="q")
    exc = NoFixedAmount("Ingen fast sats.", source, message_en="No fixed rate.")
    assert exc.source is source
    assert (exc.localized("nb"), exc.localized("en")) == ("Ingen fast sats.", "No fixed rate.")
    assert NoFixedAmount("Ingen fast sats.").localized("en") == "Ingen fast sats."


def test_english_message_numbers_are_the_norwegian_ones() -> None:
    """The chat's verifier trusts the error text: the English one must not introduce other numbers."""
    from assistant.verify import evidence_keys, is_traced, parse_numbers

    for _, call, error, _ in CASES:
        with pytest.raises(error) as info:
            call()
        keys = evidence_keys([info.value.message])
        assert info.value.message_en is not None
        untraced = [m.raw for m in parse_numbers(info.value.message_en) if not is_traced(m, keys)]
        assert untraced == [], (info.value.message, info.value.message_en)
