"""The model's tools: the rules engine and the retriever, unchanged, with their traces kept for the answer.

A tool never lets the model invent a number: amounts, verdicts and dates come back from the engine, each with the
numbers of the sources ([n]) the model may cite for them. Engine errors (year 5 of a four-year measure, an unknown
scheme) come back as an `error` the model can read and explain.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import RegelverkError, UnknownScheme
from assistant.llm.sources import SourceList
from assistant.retrieval.hybrid import HybridRetriever
from assistant.rules import engine
from assistant.rules.book import RuleBook
from assistant.rules.model import Scheme
from assistant.types import Calculation, Language, Source

# Passages a `search` call adds.
SEARCH_K = 3


class CalculateArgs(BaseModel):
    """Maximum grant for a measure of a scheme."""

    scheme: str = Field(description="Scheme id or name, e.g. '0765-73'.")
    measure: str | None = Field(default=None, description="Measure id, e.g. 'A' or 'B' for Tiltak A/B.")
    year: int | None = Field(default=None, description="Project/operating year (1, 2, 3 …), not a calendar year.")
    all_years: bool = Field(default=False, description="True for every year of the measure and the total.")
    percents: list[float] | None = Field(default=None, description="Position percentages, e.g. [50] or [100, 60].")
    positions: int | None = Field(default=None, description="Number of full-time (100 %) positions.")
    training: int | None = Field(default=None, description="Amount in NOK applied for training measures, if any.")


class EligibilityArgs(BaseModel):
    """May this kind of applicant apply?"""

    scheme: str = Field(description="Scheme id or name.")
    applicant_type: str = Field(
        description="kommune, fylkeskommune, interkommunalt_selskap, statlig_foretak, frivillig_organisasjon, "
        "stiftelse, universitet_hogskole, bedrift, offentlig_bedrift or utenlandsk."
    )
    measure: str | None = Field(default=None, description="Measure id, if one was asked about.")


class DeadlinesArgs(BaseModel):
    """Application, reporting and accounts deadlines of a scheme."""

    scheme: str = Field(description="Scheme id or name.")


class SearchArgs(BaseModel):
    """More passages from the regulations."""

    query: str = Field(description="What to look for, in Norwegian (the documents' language).")


class ToolBox:
    """The tools of one answer, and what they produced: calculations, sources and their outputs."""

    def __init__(
        self,
        book: RuleBook,
        retriever: HybridRetriever,
        sources: SourceList,
        language: Language,
        today: date,
    ) -> None:
        self.book = book
        self.retriever = retriever
        self.sources = sources
        self.language = language
        self.today = today
        self.calculations: list[Calculation] = []
        self.outputs: list[str] = []
        self._functions: dict[str, tuple[type[BaseModel], Callable[..., dict[str, Any]]]] = {
            "calculate": (CalculateArgs, self.calculate),
            "eligibility": (EligibilityArgs, self.eligibility),
            "deadlines": (DeadlinesArgs, self.deadlines),
            "search": (SearchArgs, self.search),
        }

    def tools(self) -> list[BaseTool]:
        """LangChain tools for `bind_tools` (their descriptions are what the model reads)."""
        return [
            StructuredTool.from_function(
                func=function, name=name, description=schema.__doc__ or name, args_schema=schema
            )
            for name, (schema, function) in self._functions.items()
        ]

    def run(self, name: str, args: dict[str, Any]) -> str:
        """Run tool `name` on the model's arguments; the JSON text the model reads back."""
        try:
            schema, function = self._functions[name]
            result = function(**schema.model_validate(args).model_dump())
        except KeyError:
            result = {"error": f"No tool named {name!r}; use {', '.join(self._functions)}."}
        except ValidationError as exc:
            result = {"error": f"Bad arguments for {name}: {exc.errors()[0]['msg']}."}
        except RegelverkError as exc:
            result = {"error": exc.localized(self.language)}
        output = json.dumps(result, ensure_ascii=False)
        self.outputs.append(output)
        return output

    # --- the tools ---------------------------------------------------------------------------------------------

    def _scheme(self, name: str) -> Scheme:
        try:
            return self.book.scheme(name)
        except UnknownScheme:
            matches = self.book.match_schemes(name)
            if not matches:
                raise
            return self.book.scheme(matches[0].scheme_id)

    def _cite(self, sources: list[Source]) -> list[int]:
        numbers = [self.sources.add_rule_source(source) for source in sources]
        return list(dict.fromkeys(n for n in numbers if n is not None))

    def _text(self, nb: str, en: str | None) -> str:
        return en if self.language == "en" and en else nb

    def calculate(
        self,
        scheme: str,
        measure: str | None = None,
        year: int | None = None,
        all_years: bool = False,
        percents: list[float] | None = None,
        positions: int | None = None,
        training: int | None = None,
    ) -> dict[str, Any]:
        found = self._scheme(scheme)
        measure_id = engine.resolve_measure(self.book, found, measure)
        if all_years or (year is None and self.book.measure(found, measure_id).duration is not None):
            plan = engine.plan(self.book, found, measure_id, percents=percents, positions=positions, training=training)
            calculation, warnings = plan.calculation, plan.warnings
        else:
            grant = engine.max_grant(
                self.book, found, measure_id, year, percents=percents, positions=positions, training=training
            )
            calculation, warnings = grant.calculation, grant.warnings
        self.calculations.append(calculation)
        english = self.language == "en"
        total = calculation.lines[-1] if calculation.lines else None
        return {
            "result": self._text(total.text, total.text_en) if total else f"{engine.kr(calculation.amount)} kr",
            "cite": self._cite(calculation.sources),
            "trace": [self._text(line.text, line.text_en) for line in calculation.lines],
            "assumptions": calculation.assumptions_en if english else calculation.assumptions,
            "warnings": warnings,
        }

    def eligibility(self, scheme: str, applicant_type: str, measure: str | None = None) -> dict[str, Any]:
        result = engine.eligibility(self.book, self._scheme(scheme), applicant_type, measure)
        return {
            "verdict": result.verdict,
            "reason": result.reason,
            "cite": self._cite(result.sources),
            "conditions": [self._text(c.text, c.text_en) for c in result.conditions],
            "requirements": [self._text(c.text, c.text_en) for c in result.requirements],
            "warnings": result.warnings,
        }

    def deadlines(self, scheme: str) -> dict[str, Any]:
        found = self._scheme(scheme)
        return {
            "deadlines": [
                {
                    "kind": d.kind,
                    "text": self._text(d.text, d.text_en),
                    "date": d.due.strftime("%d.%m.%Y") if d.due else None,
                    "next_date": d.next_date.strftime("%d.%m.%Y") if d.next_date else None,
                    "expired": d.expired,
                    "cite": self._cite([d.source]),
                }
                for d in engine.deadlines(self.book, found, self.today)
            ]
        }

    def search(self, query: str) -> dict[str, Any]:
        passages = self.retriever.search(query, k=SEARCH_K)
        numbers = [self.sources.add_passage(p.chunk) for p in passages]
        return {"passages": [self.sources.render(n) for n in numbers]}
