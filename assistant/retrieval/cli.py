"""`regelverk search`: print the ranked passages for a query as a table or JSON."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
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
    Console().print(_table(results))


def _table(results: SearchResults) -> Table:
    table = Table(title=f"{results.query}  ({results.mode})", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("document", overflow="fold")
    table.add_column("section", overflow="fold")
    table.add_column("page", justify="right", no_wrap=True)
    table.add_column("text", ratio=3, overflow="fold")
    for hit in results.passages:
        text = fold_whitespace(hit.text)
        snippet = text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"
        # Text objects, not strings: corpus text may contain [brackets] that rich would read as markup.
        table.add_row(
            str(hit.rank),
            f"{hit.score:.4f}",
            Text(hit.title),
            Text(hit.section or "–"),
            "–" if hit.page is None else str(hit.page),
            Text(snippet),
        )
    if not results.passages:
        table.caption = "No passages matched. Try other words, or drop the document/scheme filter."
    return table
