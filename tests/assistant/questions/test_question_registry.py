"""The registry: every type in vocabulary.yaml is declared by one module, and its declaration is usable."""

from __future__ import annotations

import subprocess
import sys

from assistant.questions.registry import question_type, registered
from assistant.questions.vocabulary import vocabulary
from assistant.settings import PROJECT_ROOT
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


def test_a_type_module_imported_first_does_not_hide_the_others() -> None:
    # A fresh interpreter: importing one type's module (as a test of its helpers does) registers that type before
    # anything asks for the registry; asking then must still load every type.
    script = (
        "import assistant.questions.qualifications\n"
        "from assistant.questions.registry import registered\n"
        "from assistant.questions.vocabulary import vocabulary\n"
        "assert list(registered()) == list(vocabulary().type_names)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=PROJECT_ROOT)
