"""Text helpers shared by ingest, the rules quote check and the verifier."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def fold_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def contains_quote(source: str, quote: str) -> bool:
    """True if `quote` occurs verbatim in `source`, ignoring only differences in whitespace."""
    folded = fold_whitespace(quote)
    return bool(folded) and folded in fold_whitespace(source)


def quote_offset(source: str, quote: str) -> int | None:
    """Where `quote` starts in `source`, ignoring only differences in whitespace (None if it is not there)."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(word) for word in words), source)
    return match.start() if match else None
