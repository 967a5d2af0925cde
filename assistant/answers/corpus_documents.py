"""'Which documents do you answer from?', 'Which one is the newest?': the documents the answers rest on, each by its
title and how current it is, cited by its opening line."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.fallbacks import opening_quote
from assistant.answers.writer import Writer
from assistant.documents import document_standings
from assistant.questions.vocabulary import vocabulary
from assistant.tokens import tokenize
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

_STANDING = {
    "current": ("gjeldende", "in force"),
    "old_version": ("eldre versjon", "an older version"),
    "expired": ("utløpt", "expired"),
    "unknown": ("", ""),
}


def documents_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The documents indexed (newest first), or only the newest when that is asked; None unless the question asks
    which documents the answers come from."""
    if not u.has("documents_asked"):
        return None
    tokens = tokenize(u.clean_text or u.text)
    openings = [_opening(ctx.locator.chunks_of(document)) for document in ctx.locator.document_ids]
    documents = sorted(
        (chunk for chunk in openings if chunk is not None),
        key=lambda chunk: (chunk.version_date is not None, chunk.version_date),
        reverse=True,
    )
    if not documents:
        return None
    standings = document_standings(ctx.book)
    if vocabulary().qualifier("newest").found(tokens):
        newest = documents[0]
        w.add(
            w.t(
                f"Det nyeste dokumentet jeg svarer ut fra, er «{newest.title}» {_cited(w, newest)}.",
                f"The newest document I answer from is «{newest.title}» {_cited(w, newest)}.",
            )
        )
        return w.answer("answered", passages)
    w.add(w.t("Jeg svarer ut fra disse dokumentene, nyeste først:", "I answer from these documents, newest first:"))
    for chunk in documents:
        standing = standings.get(chunk.document_id)
        nb, en = _STANDING[standing.status if standing is not None else "unknown"]
        told = w.t(f" ({nb})", f" ({en})") if nb else ""
        w.add(f"- «{chunk.title}»{told} {_cited(w, chunk)}")
    return w.answer("answered", passages)


def _opening(chunks: Sequence[Chunk]) -> Chunk | None:
    """The document's first chunk."""
    return min(chunks, key=lambda chunk: chunk.start, default=None)


def _cited(w: Writer, chunk: Chunk) -> str:
    """A citation of the document's first line."""
    return w.cite_chunk(chunk, opening_quote(chunk))
