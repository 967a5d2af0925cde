"""'Besides the reports, what other data sources does Helsedirektoratet use?': the sources a regelverk lists for
judging the scheme's results («I tillegg innhentes informasjon fra: • IS-24/8 … • Data fra …»), quoted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.listed import intro_and_items
from assistant.answers.writer import Writer
from assistant.extractive import without_list_mark
from assistant.types import Answer, Passage, Source
from assistant.understand.model import Understanding

_FUNDING_FROM = re.compile(
    r"\b(?:funding|financ\w*|finansier\w*|midler|penger|money|tilskudd\w*|grants?)\s+(?:from|fra)\b", re.IGNORECASE
)
_INTRO = re.compile(r"\binnhentes\s+informasjon\s+fra\b", re.IGNORECASE)


def data_sources_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The data sources of the scheme named (with none named, of the one scheme whose documents list them), the
    list's own sentence first; None unless data sources are asked about."""
    text = u.clean_text or u.text
    if not u.has("data_sources") or _FUNDING_FROM.search(text):
        return None  # "funding from other sources in the application": other funding, no data
    found = ctx.stated_once(u, lambda chunks: intro_and_items(chunks, _INTRO))
    if len(found) < 2:
        return None
    (chunk, intro), *items = found
    title = ctx.document_title(chunk.document_id)
    # "Bruker Helsedirektoratet andre kilder …?": yes, these.
    verdict = w.t("Ja. ", "Yes. ") if u.has("yes_no") else ""
    w.add(
        verdict
        + w.t(
            f"Helsedirektoratet innhenter informasjon fra disse kildene i tillegg til tilskuddsmottakernes "
            f"rapportering ({title}):",
            f"Besides the recipients' reports, Helsedirektoratet gathers information from these sources ({title}, "
            "quoted in Norwegian):",
        )
    )
    # The sentence introducing the list is the evidence that these are the sources.
    w.add(f"«{intro}» {w.cite(Source(document_id=chunk.document_id, quote=intro))}")
    for _, item in items:
        said = without_list_mark(item)
        w.add(f"- «{said}» {w.cite(Source(document_id=chunk.document_id, quote=said))}")
    return w.answer("answered", passages)
