"""settle_long_lived: what is alive is frozen (never walked by a full collection); what died is freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from assistant.heap import settle_long_lived


class _Generation:
    """Stands for an index generation's structures: a cyclic object only a full collection can free."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _unfreeze_after() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_the_live_generation_is_frozen_and_an_old_one_is_freed_at_the_next_settle() -> None:
    old = _Generation()
    old_ref = weakref.ref(old)
    settle_long_lived()
    assert gc.get_freeze_count() > 0
    assert not any(obj is old for obj in gc.get_objects()), "frozen objects are out of the collector's lists"
    del old
    gc.collect()
    assert old_ref() is not None, "a frozen cycle survives ordinary collections"
    current = _Generation()
    settle_long_lived()
    assert old_ref() is None, "the old generation is freed when the new one settles"
    assert current.me is current
