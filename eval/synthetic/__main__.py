"""`python -m eval.synthetic --count N --seed S --out DIR`: write a synthetic corpus with its truth and questions."""

from __future__ import annotations

import argparse
from pathlib import Path

from eval.synthetic.generate import generate_corpus
from eval.synthetic.spec import MAX_DOCUMENTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100, help=f"Documents to generate (1–{MAX_DOCUMENTS}).")
    parser.add_argument("--seed", type=int, default=0, help="Seed; the same seed gives the same corpus.")
    parser.add_argument("--out", type=Path, required=True, help="Output folder (corpus/, truth/, questions/).")
    args = parser.parse_args()
    if not 1 <= args.count <= MAX_DOCUMENTS:
        parser.error(f"--count must be between 1 and {MAX_DOCUMENTS}")
    result = generate_corpus(args.out, args.count, args.seed)
    print(
        f"{result.documents} documents in {result.corpus_dir}, truth tables in {result.truth_dir}, "
        f"{result.questions} questions in {result.questions_dir}"
    )


if __name__ == "__main__":
    main()
