"""Budget facts (keys starting with 'budget', shown by the chat as a scheme's total allocation) are well formed."""

from __future__ import annotations

from assistant.rules.book import RuleBook
from assistant.rules.model import RuleValue
from assistant.settings import PROJECT_ROOT
from assistant.verify import evidence_keys

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def _budgets() -> list[tuple[str, str, RuleValue]]:
    return [
        (scheme.id, key, fact)
        for scheme in BOOK.schemes.values()
        for key, fact in scheme.facts.items()
        if key.startswith("budget")
    ]


def test_every_budget_is_a_whole_nok_amount_stated_by_its_own_quote() -> None:
    budgets = _budgets()
    assert len(budgets) >= 18
    for scheme_id, key, fact in budgets:
        where = f"{scheme_id}.facts.{key}"
        assert fact.unit == "NOK", where
        assert isinstance(fact.value, int) and not isinstance(fact.value, bool) and fact.value > 0, where
        # By value, so "448,8 mill." must be entered as 448 800 000 (a slip of scale fails here).
        assert f"n:{fact.value}" in evidence_keys([fact.source.quote]), where
        assert fact.text and fact.text_en, where


def test_every_budget_is_dated_and_its_key_names_its_year() -> None:
    for scheme_id, key, fact in _budgets():
        assert fact.valid_from is not None and fact.valid_to is not None, (scheme_id, key)
        assert fact.valid_from.year == fact.valid_to.year, (scheme_id, key)
        assert key.startswith(f"budget_{fact.valid_from.year}"), (scheme_id, key)
