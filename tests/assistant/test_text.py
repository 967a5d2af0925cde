"""Text helpers: what a message asks, apart from the scene before it and the remarks after it."""

from __future__ import annotations

import pytest

from assistant.text import without_trailing_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Do we really need a risk assessment? Seems like overkill for one position.",
            "Do we really need a risk assessment?",
        ),
        # The scene before the question stays.
        ("We are a kommune. Can we apply?", "We are a kommune. Can we apply?"),
        ("Kan vi søke? Og hva er fristen? Takk.", "Kan vi søke? Og hva er fristen?"),
        # No question mark: nothing is a remark.
        ("Tell me about Tiltak B. Thanks.", "Tell me about Tiltak B. Thanks."),
    ],
)
def test_remarks_after_the_last_question_are_left_out(text: str, asked: str) -> None:
    assert without_trailing_remarks(text) == asked
