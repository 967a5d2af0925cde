"""Check a folder of eval cases against the corpus: schema, known documents, verbatim quotes.

`python -m eval.check_cases DIR` prints every problem (exit 1) or a one-line summary (exit 0). Case writers run it
before handing a set over; the gold-set tests call `case_problems` too.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from assistant.errors import InvalidInput
from assistant.settings import PROJECT_ROOT
from assistant.text import contains_quote
from eval.schema import GoldCase, load_gold_set

CORPUS_DIR = PROJECT_ROOT / "corpus"


def corpus_texts(corpus_dir: Path = CORPUS_DIR) -> dict[str, str]:
    """Every manifest document's text by document id."""
    manifest = yaml.safe_load((corpus_dir / "manifest.yaml").read_text(encoding="utf-8"))
    return {d["id"]: (corpus_dir / d["file"]).read_text(encoding="utf-8") for d in manifest["documents"]}


def case_problems(cases: list[GoldCase], texts: dict[str, str]) -> list[str]:
    """Sources naming an unknown document or quoting text that is not verbatim in it; answered cases without one."""
    problems = []
    for case in cases:
        if "not_found" not in case.expect.status and not case.expect.sources:
            problems.append(f"{case.id}: an answerable case needs at least one expected source")
        for source in case.expect.sources:
            if source.document not in texts:
                problems.append(f"{case.id}: unknown document {source.document!r} (ids: {', '.join(sorted(texts))})")
            elif source.quote and not contains_quote(texts[source.document], source.quote):
                problems.append(f"{case.id}: quote not verbatim in {source.document}: {source.quote!r}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m eval.check_cases DIR  (a folder of *.yaml case files)", file=sys.stderr)
        return 2
    try:
        cases = load_gold_set(Path(argv[0]))
    except InvalidInput as exc:
        print(exc, file=sys.stderr)
        return 1
    problems = case_problems(cases, corpus_texts())
    for problem in problems:
        print(problem)
    if problems:
        return 1
    counts = Counter(case.category for case in cases)
    english = sum(case.language == "en" for case in cases)
    print(f"OK: {len(cases)} cases ({english} English): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
