"""`regelverk search`: print the ranked passages for a query, or JSON."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from assistant.retrieval.results import SearchResults, to_results
from assistant.services import Services
from assistant.settings import get_settings
from assistant.text import fold_whitespace

SNIPPET_CHARS = 220


def run_search_command(
    query: str,
    *,
    k: int,
    mode: str,
    documents: list[str] | None,
    schemes: list[str] | None,
    as_json: bool,
) -> None:
    """Search the index and print the passages (domain errors propagate to the CLI's one-line handler)."""
    settings = get_settings()
    retriever = Services(settings).retriever
    passages = retriever.search(query, k=k, mode=mode, document_ids=documents, schemes=schemes)
    results = to_results(query, mode, passages)
    if as_json:
        # Plain stdout, no rich markup, so the output pipes into jq etc.
        print(results.model_dump_json(indent=2))
        return
    _print(Console(), results)


def _print(console: Console, results: SearchResults) -> None:
    """One block per passage (header, then the text), readable in a terminal of any width."""
    console.print(Text(f"{results.query}  ({results.mode})", style="bold"))
    if not results.passages:
        console.print("No passages matched. Try other words, or drop the document/scheme filter.")
    for hit in results.passages:
        text = fold_whitespace(hit.text)
        snippet = text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"
        where = " › ".join(part for part in (hit.title, hit.section) if part)
        page = "" if hit.page is None else f", s. {hit.page}"
        # Text objects, not strings: corpus text may contain [brackets] that rich would read as markup.
        console.print()
        console.print(Text(f"{hit.rank}. [{hit.score:.4f}] {where}{page}", style="cyan"))
        console.print(Text(f"   {snippet}"))
