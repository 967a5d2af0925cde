"""A line that introduces a list in a document («Målgruppen er … og omfatter:», «I tillegg innhentes informasjon
fra:») and the list items that follow it, verbatim: what a question about that list is answered with."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.extractive import sentences_of, split_units
from assistant.types import Chunk

_ITEM_MARKS = ("•", "-", "–", "✓")


def intro_and_items(chunks: Sequence[Chunk], intro: re.Pattern[str]) -> list[tuple[Chunk, str]]:
    """The first line of `chunks` that `intro` matches, with the list items right after it (none when a sentence
    follows); empty when no line matches."""
    for chunk in chunks:
        units = split_units(chunk, 0)
        for index, unit in enumerate(units):
            if not intro.search(unit.text):
                continue
            # Of a paragraph, the sentence that introduces the list.
            line = next((s.text for s in sentences_of(unit) if intro.search(s.text)), unit.text)
            items = []
            for item in units[index + 1 :]:
                if not item.text.startswith(_ITEM_MARKS):
                    break
                items.append(item.text)
            return [(chunk, said) for said in (line, *items)]
    return []
