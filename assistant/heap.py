"""Keeping the garbage collector away from the long-lived index structures.

A server over 1 000 regelverk holds ~500 000 long-lived objects (chunks, BM25 and IDF tables, rule tables, lookup
maps). CPython's full collections walk all of them — 0.7–0.9 s each on 2 shared cores — and strike whichever request
happens to allocate at the wrong moment, which is what set the tail latency. Frozen objects are never walked.
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    """Free what earlier index generations left behind, then freeze everything alive now (the current one).

    Call once after the structures of a new index generation are built; it costs one full collection.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
