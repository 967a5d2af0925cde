"""How much of a rule table `regelverk rules draft` recovers (run by hand: make bench-drafter).

1. On a synthetic corpus (eval/synthetic): every document is drafted and compared field by field with the
   generator's own table; prints the share of values recovered exactly, by kind of field.
2. On the real regelverk 0765.73: its draft beside the hand-written corpus/rules/0765-73.yaml, field by field,
   with whether both cite the same words.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from assistant.rules.book import RuleBook
from assistant.rules.compare import Comparison, compare_tables
from assistant.rules.draft import draft_scheme
from assistant.settings import PROJECT_ROOT, Settings
from eval.synthetic.generate import generate_corpus
from ingest.loaders import load_corpus_documents

REAL_DOCUMENT = "regelverk-0765-73-2025"
REAL_SCHEME = "0765-73"


def _kind(path: str) -> str:
    """The kind of a field: 'measures.B.rate.year3' → 'rate', 'eligibility.kommune' → 'eligibility'."""
    if path.startswith("measures."):
        parts = path.split(".")
        return parts[3] if parts[2] == "facts" else parts[2]
    return re.split(r"[.\[]", path)[0] if not path.startswith("facts.") else path


def synthetic_recovery(count: int, seed: int) -> list[Comparison]:
    """Draft every document of a generated corpus and compare it with the generator's table."""
    with tempfile.TemporaryDirectory(prefix="regelverk-drafter-") as root:
        corpus = generate_corpus(Path(root), count, seed)
        truth = RuleBook.load(corpus.truth_dir)
        documents = load_corpus_documents(Settings(corpus_dir=corpus.corpus_dir, data_dir=Path(root) / "data"))
        return [compare_tables(truth.scheme(doc.schemes[0]), draft_scheme(doc)) for doc in documents]


def print_synthetic(comparisons: list[Comparison], seconds: float) -> None:
    totals: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for comparison in comparisons:
        for item in comparison.fields:
            if item.expected is None:
                continue
            totals[_kind(item.path)] += 1
            exact[_kind(item.path)] += item.outcome == "exact"
    fields = sum(totals.values())
    recovered = sum(exact.values())
    perfect = sum(1 for c in comparisons if c.count("exact") == c.expected_total and not c.count("extra"))
    print(f"Synthetic corpus: {len(comparisons)} documents drafted in {seconds:.1f} s")
    print(f"  values recovered exactly: {recovered}/{fields} = {100 * recovered / fields:.2f} %")
    print(f"  documents drafted without a single difference: {perfect}/{len(comparisons)}")
    print(f"  values drafted that the generator did not state: {sum(c.count('extra') for c in comparisons)}")
    for kind in sorted(totals, key=lambda k: -totals[k]):
        print(f"    {kind:<32} {exact[kind]:>6}/{totals[kind]:<6} {100 * exact[kind] / totals[kind]:6.2f} %")


def real_comparison() -> Comparison:
    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus")
    document = next(doc for doc in load_corpus_documents(settings) if doc.id == REAL_DOCUMENT)
    return compare_tables(RuleBook.load(settings.rules_dir).scheme(REAL_SCHEME), draft_scheme(document))


def print_real(comparison: Comparison) -> None:
    print("\nRegelverk 0765.73: draft vs hand-written corpus/rules/0765-73.yaml, field by field")
    print(f"  {'field':<58} {'hand-written':<22} {'draft':<22} {'outcome':<10} quote")
    for item in comparison.fields:
        expected = item.expected.value if item.expected else "–"
        drafted = item.drafted.value if item.drafted else "–"
        quote = "same" if item.same_quote else ("different" if item.expected and item.drafted else "")
        print(f"  {item.path[:58]:<58} {expected[:22]:<22} {drafted[:22]:<22} {item.outcome:<10} {quote}")
    same = sum(item.same_quote for item in comparison.fields)
    both = sum(1 for item in comparison.fields if item.expected and item.drafted)
    print(
        f"  exact: {comparison.count('exact')}/{comparison.expected_total} ({100 * comparison.recovery:.1f} %), "
        f"different: {comparison.count('different')}, missing: {comparison.count('missing')}, "
        f"extra: {comparison.count('extra')}; same quote for {same} of the {both} fields both tables have"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000, help="Synthetic documents to draft.")
    parser.add_argument("--seed", type=int, default=0, help="Generator seed.")
    args = parser.parse_args()
    started = time.perf_counter()
    comparisons = synthetic_recovery(args.count, args.seed)
    print_synthetic(comparisons, time.perf_counter() - started)
    print_real(real_comparison())


if __name__ == "__main__":
    main()
