"""The long-lived objects a running assistant needs, built lazily so start-up and `--help` stay cheap."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.conversation_store import ConversationStore
    from assistant.llm.answerer import LLMAnswerer
    from assistant.pipeline import Pipeline
    from assistant.retrieval.hybrid import HybridRetriever
    from assistant.rules.book import RuleBook
    from ingest.embedders import Embedder


class Services:
    """Holds the index, retriever, rules, conversations and pipeline for one Settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def embedder(self) -> Embedder:
        from ingest.embedders import get_embedder

        return get_embedder(self.settings.embedder)

    @cached_property
    def retriever(self) -> HybridRetriever:
        from assistant.retrieval.hybrid import HybridRetriever

        return HybridRetriever(self.settings, embedder_factory=lambda: self.embedder)

    @cached_property
    def rules(self) -> RuleBook:
        from assistant.rules.book import RuleBook

        return RuleBook.load(self.settings.rules_dir)

    @cached_property
    def conversations(self) -> ConversationStore:
        from assistant.conversation_db import open_database
        from assistant.conversation_store import ConversationStore

        url = self.settings.conversations.url
        return ConversationStore(open_database(url.get_secret_value() if url else None, self.settings.data_dir))

    @cached_property
    def pipeline(self) -> Pipeline:
        from assistant.pipeline import Pipeline

        return Pipeline(self)

    @cached_property
    def llm(self) -> LLMAnswerer | None:
        """The model answerer when REGELVERK_LLM__BASE_URL and __MODEL are set (LLM mode), else None."""
        if not self.settings.llm.enabled:
            return None
        from assistant.llm.answerer import LLMAnswerer

        return LLMAnswerer(self.settings, self.rules, self.retriever)
