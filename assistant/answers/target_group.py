"""Who a scheme is for: the target group its documents state ("Målgruppen er …", a "Målgruppe" heading), and, when a
milder group than the one named is asked about ("lett angst", "mild depression"), that it is not named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.listed import intro_and_items
from assistant.answers.phrasing import scheme_name
from assistant.answers.writer import Writer
from assistant.extractive import split_units, without_list_mark
from assistant.questions.vocabulary import vocabulary
from assistant.rules.model import Scheme
from assistant.tokens import tokenize
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.analyse import TARGET_GROUP
from assistant.understand.model import Understanding

_SECTION = re.compile(r"(?:^|›\s*)Målgruppe\s*$", re.IGNORECASE)
_OPENING = re.compile(r"^Målgruppen\b", re.IGNORECASE)
# Documents of one scheme each state its target group; the 2015 overview lists many schemes' in one text.
_KINDS = ("regelverk", "announcement")


def target_group_answer(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The scheme's target group as its document states it; a no first when a milder group is asked about. None
    when neither the target group nor a milder group is asked, or the scheme's documents state none."""
    text = u.clean_text or u.text
    milder = vocabulary().qualifier("mild").found(tokenize(text))
    if not (milder or TARGET_GROUP.search(text)) or (u.has("yes_no") and not milder):
        # "Is Tiltak B only for ACT and FACT teams' target group?": a yes or no the sentences that speak of it give.
        return None
    lines = next((found for document in scheme.documents if (found := _stated(ctx.locator.chunks_of(document)))), [])
    if not lines:
        return None
    document = lines[0][0].document_id
    name, title = scheme_name(scheme, w.language), ctx.document_title(document)
    if milder:
        w.add(
            w.t(
                f"Nei. Målgruppen for «{name}» er de med moderate til alvorlige lidelser eller problemer; lettere "
                f"plager nevnes ikke ({title}):",
                f"No. The target group of «{name}» is people with moderate to severe conditions or problems; milder "
                f"ones are not named ({title}, quoted in Norwegian):",
            )
            if _names_severity(lines)
            else w.t(
                f"Lettere plager nevnes ikke i målgruppen for «{name}» ({title}):",
                f"Milder conditions are not named in the target group of «{name}» ({title}, quoted in Norwegian):",
            )
        )
    else:
        w.add(w.t(f"Målgruppen for «{name}» ({title}):", f"The target group of «{name}» ({title}, in Norwegian):"))
    for chunk, line in lines:
        said = without_list_mark(line)
        mark = w.cite(Source(document_id=chunk.document_id, quote=said))
        w.add(f"- «{said}» {mark}" if line.startswith("•") else f"«{said}» {mark}")
    return w.answer("answered", passages)


def _names_severity(lines: Sequence[tuple[Chunk, str]]) -> bool:
    """Whether the target group is bounded by severity («moderate til alvorlige», «alvorlige»)."""
    return any(re.search(r"\balvorlig", line, re.IGNORECASE) for _, line in lines)


def _stated(chunks: Sequence[Chunk]) -> list[tuple[Chunk, str]]:
    """The target group's sentence and the list items that follow it, or the sentences under a "Målgruppe"
    heading."""
    for chunk in chunks:
        if chunk.kind not in _KINDS:
            continue
        units = [unit.text for unit in split_units(chunk, 0)]
        if _SECTION.search(chunk.section):
            said = [line for line in units if line.strip().rstrip(":") not in chunk.section]
            if said:
                return [(chunk, line) for line in said]
        opening = intro_and_items([chunk], _OPENING)
        if opening:
            return opening
    return []
