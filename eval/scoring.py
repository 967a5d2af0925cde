"""Scoring: pure functions that judge one answer against its gold case, and aggregate the judgements.

A case's score is the mean of the checks that apply to it (each 0..1): status, language, verdict, amount, facts,
forbidden content and citation recall. A case passes when every applicable check is 1 and no number is unverified.
The overall score of a system is the mean case score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

from assistant.errors import InvalidInput
from assistant.text import fold_whitespace
from assistant.types import Answer, Citation, Passage
from eval.schema import ExpectedSource, GoldCase, Verdict

# --- text normalisation --------------------------------------------------------------------------------------------

_CITATION_MARKER = re.compile(r"\[\d+(?:\s*[,-]\s*\d+)*\]")
_MARKDOWN = re.compile(r"[*_`#>]+")
_ODD_SPACES = re.compile(r"[\u00a0\u202f\u2009\u2007]")
_DASHES = re.compile(r"[\u2013\u2014\u2212]")
# A number written with thousands groups: "750 000", "750.000", "1,500,000" (exactly three digits per group).
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .,]\d{3})+(?![\d]|[.,]\d)")


def _ungroup(match: re.Match[str]) -> str:
    return re.sub(r"[ .,]", "", match.group(0))


def normalise(text: str) -> str:
    """Lower-case, fold whitespace, drop [n] markers and Markdown emphasis, and write grouped numbers as digits."""
    text = _ODD_SPACES.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = _CITATION_MARKER.sub(" ", text)
    text = _MARKDOWN.sub("", text)
    text = fold_whitespace(text).lower()
    return _GROUPED.sub(_ungroup, text)


# --- amounts -------------------------------------------------------------------------------------------------------

_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:[ .,]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)?)"
_SCALE = r"(?P<scale>mill(?:ioner|ion(?:s)?|\.)?|mrd\.?|milliard(?:er)?|billion)"
_AMOUNT_PATTERNS = [
    # "kr 750 000", "kr. 750 000", "NOK 1,5 mill."
    re.compile(rf"(?:\bkr\.?|\bnok)\s*(?P<num>{_NUMBER})(?:\s*{_SCALE}(?![a-zæøå]))?", re.IGNORECASE),
    # "3 mill. kroner", "185 millioner", "1.5 million"
    re.compile(rf"(?P<num>{_NUMBER})\s*{_SCALE}(?![a-zæøå])", re.IGNORECASE),
    # "750 000 kr", "330.000,-", "450 000 NOK", "28 000 kroner"
    re.compile(rf"(?P<num>{_NUMBER})\s*(?:kr\b|kr\.|kroner|nok\b|,-)", re.IGNORECASE),
    # a bare grouped number that is not a percentage or a count of people: "750 000" (not "15 000 innbyggere")
    re.compile(
        r"(?P<num>(?<![\d.,])\d{1,3}(?:[ .,]\d{3})+)(?![\d]|[.,]\d|\s*%|\s*(?:innbyggere|inhabitants|residents|"
        r"deltakere|participants|personer|people)\b)",
        re.IGNORECASE,
    ),
]
_SCALES = {"mill": 1_000_000, "mrd": 1_000_000_000, "milliard": 1_000_000_000, "billion": 1_000_000_000}


def _number_value(raw: str) -> float:
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw):
        return float(re.sub(r"[ .,]", "", raw))
    return float(raw.replace(",", "."))


def amounts_in(text: str) -> list[int]:
    """NOK amounts stated in a text, in order of appearance ("750 000", "kr 750.000,-", "3 mill.")."""
    text = _ODD_SPACES.sub(" ", _CITATION_MARKER.sub(" ", text)).replace("**", "")
    found: dict[int, int] = {}
    for pattern in _AMOUNT_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("num")
            if start in found:
                continue
            value = _number_value(match.group("num"))
            scale = match.groupdict().get("scale")
            if scale:
                value *= next(factor for prefix, factor in _SCALES.items() if scale.lower().startswith(prefix))
            found[start] = round(value)
    return [found[position] for position in sorted(found)]


def first_amount(text: str) -> int | None:
    """The first NOK amount an answer states: its direct answer."""
    amounts = amounts_in(text)
    return amounts[0] if amounts else None


# --- verdict -------------------------------------------------------------------------------------------------------

_CONDITIONAL_LEADS = re.compile(
    r"^(?:det (?:avhenger|kommer an på)|avhenger av|it depends|that depends|depends on|bare (?:hvis|dersom|når)|"
    r"kun (?:hvis|dersom|når)|only (?:if|when)|under forutsetning|på vilkår|provided that|delvis|partly|"
    r"(?:ja|yes)\s*[,\-:]*\s*(?:hvis|dersom|forutsatt|på vilkår|så lenge|men bare|men kun|if|provided|as long as|"
    r"but only|on condition))\b"
)
_YES = re.compile(r"^(?:ja|yes|jo)\b")
_NO = re.compile(r"^(?:nei|no|nope)\b")
_CONDITION_WORDS = re.compile(r"\b(?:hvis|dersom|forutsatt|vilkår|if|provided|as long as|conditions?)\b")


# A full stop after these does not end a sentence ("kr. 750 000", "jf. punkt 7").
_ABBREVIATIONS = frozenset({"kr", "ca", "mill", "nr", "jf", "pr", "kap", "dvs", "bl.a", "f.eks", "evt", "e.g", "i.e"})
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s|$)|\n")


def lead_sentences(text: str, count: int = 1) -> str:
    """The answer's first `count` sentences, as written (the lead, where the direct answer belongs)."""
    text = _CITATION_MARKER.sub(" ", text).strip()
    previous = 0  # where the last sentence ended: a line break right after a full stop ends no second one
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)$", text[: match.start()])
        if match.group(0) == "." and word and word.group(1).lower() in _ABBREVIATIONS:
            continue
        if not text[previous : match.start()].strip():
            continue
        previous = match.end()
        count -= 1
        if count == 0:
            return text[: match.start()]
    return text


def answer_lead(text: str) -> str:
    """The answer's first sentence, normalised."""
    return normalise(lead_sentences(text, 1))[:400]


def detect_verdict(text: str) -> Verdict | None:
    """Read the answer's lead as yes, no or conditional; None when it leads with something else."""
    lead = answer_lead(text)
    if _CONDITIONAL_LEADS.search(lead):
        return "conditional"
    if _YES.search(lead):
        return "conditional" if _CONDITION_WORDS.search(lead) else "yes"
    if _NO.search(lead):
        return "no"
    return None


# --- facts, forbidden content --------------------------------------------------------------------------------------


def missing_facts(text: str, facts: Sequence[Sequence[str]]) -> list[str]:
    """Facts none of whose alternatives appears in the text (each reported by its first alternative)."""
    haystack = normalise(text)
    return [alts[0] for alts in facts if not any(normalise(alt) in haystack for alt in alts)]


def forbidden_hits(text: str, forbidden: Sequence[str]) -> list[str]:
    """Forbidden strings that appear in the text."""
    haystack = normalise(text)
    return [item for item in forbidden if normalise(item) in haystack]


# --- citations and retrieval ---------------------------------------------------------------------------------------


def _snippet_in(snippet: str, quote: str) -> bool:
    """The expected snippet is in the quote, or the quote is a substantial part of the snippet."""
    snippet_n, quote_n = normalise(snippet), normalise(quote)
    if not snippet_n or not quote_n:
        return False
    if snippet_n in quote_n:
        return True
    return quote_n in snippet_n and len(quote_n) >= max(15, len(snippet_n) // 2)


def supports(source: ExpectedSource, document_id: str, section: str, quote: str) -> bool:
    """A citation or passage (document, section, text) supports an expected source."""
    if document_id != source.document:
        return False
    if source.quote and _snippet_in(source.quote, quote):
        return True
    return bool(source.section) and normalise(source.section or "") in normalise(section)


def citation_scores(
    citations: Sequence[Citation], sources: Sequence[ExpectedSource], facts: Sequence[Sequence[str]] = ()
) -> tuple[float | None, float | None]:
    """(precision, recall) of citations against expected sources; None where undefined.

    Precision: share of citations that support an expected source or are relevant (same document and quoting one
    of the expected facts). Recall: share of expected sources that some citation supports.
    """
    if not sources:
        return None, None
    expected_documents = {s.document for s in sources}

    def useful(c: Citation) -> bool:
        if any(supports(s, c.document_id, c.section, c.quote) for s in sources):
            return True
        quotes_a_fact = bool(facts) and len(missing_facts(c.quote, facts)) < len(facts)
        return c.document_id in expected_documents and quotes_a_fact

    precision = sum(useful(c) for c in citations) / len(citations) if citations else None
    covered = sum(any(supports(s, c.document_id, c.section, c.quote) for c in citations) for s in sources)
    return precision, covered / len(sources)


def retrieval_scores(passages: Sequence[Passage], sources: Sequence[ExpectedSource]) -> tuple[float, float] | None:
    """(recall@k, reciprocal rank) of retrieved passages against expected sources; None without passages/sources."""
    if not passages or not sources:
        return None
    ranked = sorted(passages, key=lambda p: p.rank)

    def hit(p: Passage, s: ExpectedSource) -> bool:
        return supports(s, p.chunk.document_id, p.chunk.section, p.chunk.text)

    recall = sum(any(hit(p, s) for p in ranked) for s in sources) / len(sources)
    first = next((i for i, p in enumerate(ranked, start=1) if any(hit(p, s) for s in sources)), None)
    return recall, (1.0 / first if first else 0.0)


# --- one case ------------------------------------------------------------------------------------------------------


class CaseResult(BaseModel):
    """How one system did on one gold case."""

    id: str = Field(description="Gold case id.")
    category: str = Field(description="Gold case category.")
    language: str = Field(description="Question language.")
    split: str = Field(description="dev or heldout.")
    turns: list[str] = Field(description="The questions asked; the last is scored.")
    status: str | None = Field(default=None, description="Answer status (None when the system failed).")
    answer: str = Field(default="", description="Answer text (or the error).")
    warnings: list[str] = Field(default_factory=list, description="Answer warnings.")
    checks: dict[str, float] = Field(default_factory=dict, description="Each applicable check, 0..1.")
    failures: list[str] = Field(default_factory=list, description="Why checks failed, for people.")
    score: float = Field(description="Mean of the applicable checks.")
    passed: bool = Field(description="Every check 1 and no unverified number.")
    verdict: str | None = Field(default=None, description="Verdict read from the answer's lead.")
    amount: int | None = Field(default=None, description="First NOK amount in the answer.")
    wrong_amount: bool = Field(default=False, description="The answer's first amount is not the expected one.")
    citation_precision: float | None = Field(default=None, description="See citation_scores.")
    citation_recall: float | None = Field(default=None, description="See citation_scores.")
    retrieval_recall: float | None = Field(default=None, description="Expected sources among retrieved passages.")
    reciprocal_rank: float | None = Field(default=None, description="1/rank of the first relevant passage.")
    unverified_numbers: list[str] = Field(default_factory=list, description="Numbers the verifier could not trace.")
    refused: bool = Field(default=False, description="The answer was the not-found answer.")
    expected_refusal: bool = Field(description="The gold case expects the not-found answer.")
    latency_ms: float = Field(default=0.0, description="Time to answer the last turn.")
    error: str | None = Field(default=None, description="Error raised by the system, if any.")


LEAD_SENTENCES = 2


def _fmt_amount(value: int | None) -> str:
    return "none" if value is None else f"{value:,}".replace(",", " ")


def score_case(
    case: GoldCase,
    answer: Answer | None,
    *,
    latency_ms: float = 0.0,
    unverified: Sequence[str] = (),
    error: str | None = None,
) -> CaseResult:
    """Judge one answer (None when the system raised `error`) against its gold case."""
    exp = case.expect
    expected_refusal = exp.status == ["not_found"]
    base = {
        "id": case.id,
        "category": case.category,
        "language": case.language,
        "split": case.split,
        "turns": case.turns,
        "expected_refusal": expected_refusal,
        "latency_ms": latency_ms,
    }
    if answer is None:
        return CaseResult(
            **base, answer=error or "", score=0.0, passed=False, failures=[f"error: {error}"], error=error
        )

    visible = "\n".join([answer.text, *answer.warnings])
    checks: dict[str, float] = {}
    failures: list[str] = []

    checks["status"] = float(answer.status in exp.status)
    if not checks["status"]:
        failures.append(f"status {answer.status}, expected {' or '.join(exp.status)}")
    checks["language"] = float(answer.language == case.language)
    if not checks["language"]:
        failures.append(f"language {answer.language}, expected {case.language}")

    verdict = detect_verdict(answer.text)
    if exp.verdict:
        checks["verdict"] = float(verdict in exp.verdict)
        if not checks["verdict"]:
            failures.append(
                f"verdict {verdict or 'none'} (lead: {answer_lead(answer.text)[:80]!r}), "
                f"expected {'/'.join(exp.verdict)}"
            )

    amount = first_amount(answer.text)
    if exp.amount is not None:
        # The direct answer must lead: the first amount, within the first two sentences.
        checks["amount"] = float(first_amount(lead_sentences(answer.text, LEAD_SENTENCES)) == exp.amount)
        if not checks["amount"]:
            where = "" if amount == exp.amount else f"amount {_fmt_amount(amount)}, "
            failures.append(f"{where or 'amount not in the first two sentences, '}expected {_fmt_amount(exp.amount)}")
    if exp.no_amount:
        stated = amounts_in(answer.text)
        checks["no_amount"] = 0.0 if stated else 1.0
        if stated:
            failures.append("amounts the question did not ask for: " + ", ".join(_fmt_amount(a) for a in stated))

    if exp.facts:
        missing = missing_facts(visible, exp.facts)
        checks["facts"] = 1.0 - len(missing) / len(exp.facts)
        if missing:
            failures.append("missing facts: " + "; ".join(repr(m) for m in missing))

    if exp.forbidden:
        hits = forbidden_hits(answer.text, exp.forbidden)
        checks["forbidden"] = 0.0 if hits else 1.0
        if hits:
            failures.append("forbidden content: " + "; ".join(repr(h) for h in hits))

    precision, recall = (None, None)
    if not expected_refusal:
        precision, recall = citation_scores(answer.citations, exp.sources, exp.facts)
        if recall is not None:
            checks["citations"] = recall
            if recall < 1.0:
                wanted = "; ".join(f"{s.document} {s.section or ''} {s.quote or ''}".strip() for s in exp.sources)
                failures.append(f"citation recall {recall:.2f} (expected: {wanted})")

    retrieval = None if expected_refusal else retrieval_scores(answer.passages, exp.sources)
    if unverified:
        failures.append("unverified numbers: " + ", ".join(unverified))
    score = sum(checks.values()) / len(checks)
    return CaseResult(
        **base,
        status=answer.status,
        answer=answer.text,
        warnings=answer.warnings,
        checks=checks,
        failures=failures,
        score=score,
        passed=all(v == 1.0 for v in checks.values()) and not unverified,
        verdict=verdict,
        amount=amount,
        wrong_amount=exp.amount is not None and amount is not None and amount != exp.amount,
        citation_precision=precision,
        citation_recall=recall,
        retrieval_recall=retrieval[0] if retrieval else None,
        reciprocal_rank=retrieval[1] if retrieval else None,
        unverified_numbers=list(unverified),
        refused=answer.status == "not_found",
    )


# --- aggregation ---------------------------------------------------------------------------------------------------


class GroupScore(BaseModel):
    """Score of a group of cases (a category, language or split)."""

    n: int = Field(description="Cases in the group.")
    score: float = Field(description="Mean case score.")
    pass_rate: float = Field(description="Share of cases that passed.")


class Summary(BaseModel):
    """Aggregated metrics of one system over a set of cases."""

    n: int = Field(description="Cases scored.")
    score: float = Field(description="Overall score: mean case score.")
    pass_rate: float = Field(description="Share of cases that passed.")
    by_category: dict[str, GroupScore] = Field(description="Per category.")
    by_language: dict[str, GroupScore] = Field(description="Per question language.")
    by_split: dict[str, GroupScore] = Field(description="Per split (dev, heldout).")
    metrics: dict[str, float | None] = Field(description="Metric means and rates (see eval/README.md).")


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _group(results: Sequence[CaseResult]) -> GroupScore:
    return GroupScore(
        n=len(results),
        score=sum(r.score for r in results) / len(results),
        pass_rate=sum(r.passed for r in results) / len(results),
    )


def _by(results: Sequence[CaseResult], key: str) -> dict[str, GroupScore]:
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        groups.setdefault(str(getattr(result, key)), []).append(result)
    return {name: _group(groups[name]) for name in sorted(groups)}


def _check_mean(results: Sequence[CaseResult], check: str) -> float | None:
    return _mean(r.checks.get(check) for r in results)


def _check_mean_inverse(results: Sequence[CaseResult], check: str) -> float | None:
    return _mean(1.0 - v for r in results if (v := r.checks.get(check)) is not None)


def summarise(results: Sequence[CaseResult]) -> Summary:
    """Aggregate case results overall, per category, per language and per split, plus metric means."""
    if not results:
        raise InvalidInput("No cases to score: the selection is empty.")
    refused = [r for r in results if r.refused]
    expected = [r for r in results if r.expected_refusal]
    true_refusals = sum(r.refused and r.expected_refusal for r in results)
    latencies = [r.latency_ms for r in results if r.error is None]
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    metrics: dict[str, float | None] = {
        "status_accuracy": _check_mean(results, "status"),
        "language_accuracy": _check_mean(results, "language"),
        "verdict_accuracy": _check_mean(results, "verdict"),
        "amount_exact_match": _check_mean(results, "amount"),
        "wrong_amounts": float(sum(r.wrong_amount for r in results)),
        "unasked_amount_rate": _check_mean_inverse(results, "no_amount"),
        "fact_coverage": _check_mean(results, "facts"),
        "forbidden_violation_rate": _check_mean_inverse(results, "forbidden"),
        "citation_precision": _mean(r.citation_precision for r in results),
        "citation_recall": _mean(r.citation_recall for r in results),
        "refusal_precision": true_refusals / len(refused) if refused else None,
        "refusal_recall": true_refusals / len(expected) if expected else None,
        "retrieval_recall_at_k": _mean(r.retrieval_recall for r in results),
        "retrieval_mrr": _mean(r.reciprocal_rank for r in results),
        "unverified_numbers": float(sum(len(r.unverified_numbers) for r in results)),
        "cases_with_unverified_numbers": float(sum(bool(r.unverified_numbers) for r in results)),
        "errors": float(sum(r.error is not None for r in results)),
        "latency_p50_ms": round(p50, 1) if p50 is not None else None,
        "latency_p95_ms": round(p95, 1) if p95 is not None else None,
    }
    overall = _group(results)
    return Summary(
        n=overall.n,
        score=overall.score,
        pass_rate=overall.pass_rate,
        by_category=_by(results, "category"),
        by_language=_by(results, "language"),
        by_split=_by(results, "split"),
        metrics=metrics,
    )
