"""The registry: every type in vocabulary.yaml is declared by one module, and its declaration is usable."""

from __future__ import annotations

from assistant.questions.registry import question_type, registered
from assistant.questions.vocabulary import vocabulary
from eval.schema import CATEGORIES


def test_every_vocabulary_type_is_registered_once_in_vocabulary_order() -> None:
    assert tuple(registered()) == vocabulary().type_names


def test_declarations_name_an_eval_category_and_retrieval_words() -> None:
    for name, qtype in registered().items():
        assert qtype.category in CATEGORIES, name
        assert qtype.retrieval_terms, name
        assert qtype.fallback is None or question_type(qtype.fallback) is not None, name


def test_pseudo_types_have_no_declaration() -> None:
    assert question_type("other") is None
    assert question_type("out_of_scope") is None
