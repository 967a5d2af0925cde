"""What a reader may see of a model's answer while it is being written.

Tokens pass through as they come, with [n] markers renumbered as the final answer will number them. A sentence that
holds a number is held back until it ends and shown only if every number in it is stated in the sources or tool
results the model was given; the verified answer that ends the stream replaces the streamed text anyway. A reply
that opens like a tool call written as text ("```json", "{", "<tool_call>") is never streamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.llm.citing import MarkerNumbering
from assistant.text import fold_whitespace
from assistant.verify import evidence_keys, is_traced, parse_numbers

_SENTENCE_END = re.compile(r"[.!?…:](?:\s*\[\d+(?:\s*,\s*\d+)*\])*\s+|\n")
_HOLD = re.compile(r"[\d\[]")
_DIGIT = re.compile(r"\d")
_NOT_TEXT = ("`", "{", "<")


class StreamGuard:
    """Feeds checked text of one model reply to `emit`, token by token where no number is at stake."""

    def __init__(
        self, emit: Callable[[str], None], numbering: MarkerNumbering, evidence: Callable[[], list[str]]
    ) -> None:
        self._emit = emit
        self._numbering = numbering
        self._evidence = evidence
        self._reply = ""  # everything the model wrote in this reply
        self._done = 0  # how much of the reply has been emitted or dropped
        self.streamed = ""  # what the reader has seen

    def feed(self, token: str) -> None:
        """Take the next piece of the reply."""
        self._reply += token
        if self._withheld():
            return
        self._advance(final=False)

    def finish(self) -> None:
        """The reply is complete: show what is left of it (if it is text, and its numbers hold)."""
        if not self._withheld():
            self._advance(final=True)

    def _withheld(self) -> bool:
        return self._reply.lstrip().startswith(_NOT_TEXT)

    def _advance(self, final: bool) -> None:
        while self._done < len(self._reply):
            pending = self._reply[self._done :]
            end = _SENTENCE_END.search(pending)
            if end is not None:
                self._show(pending[: end.end()], checked=True)
                continue
            if final:
                self._show(pending, checked=True)
                return
            # An unfinished sentence streams up to its first number or marker, then waits for its end.
            hold = _HOLD.search(pending)
            cut = hold.start() if hold is not None else len(pending)
            if cut:
                self._show(pending[:cut], checked=False)
            return

    def _show(self, text: str, checked: bool) -> None:
        self._done += len(text)
        if checked and _DIGIT.search(text) and not self._traced(text):
            return
        visible = self._numbering.rewrite(text)
        if visible:
            self.streamed += visible
            self._emit(visible)

    def _traced(self, text: str) -> bool:
        keys = evidence_keys(self._evidence())
        # [n] markers are not numbers of the claim.
        return all(is_traced(m, keys) for m in parse_numbers(fold_whitespace(text)))
