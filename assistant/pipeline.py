"""One question, top to bottom: understand → rules/retrieve → compose → verify → remember."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from assistant.answers.dated_documents import DOCUMENT_KIND_QUALIFIERS
from assistant.compose import Composer
from assistant.compound import adds_sources, join_answers, split_question
from assistant.conversation import Focus, merge_focus, retrieval_query, update_focus
from assistant.errors import InvalidInput
from assistant.extractive import ExtractiveAnswerer
from assistant.heap import settle_long_lived
from assistant.llm.turn import ModelTurn
from assistant.messages import not_found_text
from assistant.retrieval.scheme_parts import without_other_schemes_parts
from assistant.types import Answer, Chunk, Passage
from assistant.understand import understand
from assistant.understand.analyse import put_first
from assistant.understand.entities import find_schemes
from assistant.understand.funded_staff import staff_the_measure_funds
from assistant.understand.model import Understanding
from assistant.understand.quantities import MONTHS
from assistant.verify import verify

if TYPE_CHECKING:
    from assistant.services import Services

# Progress hook (for the web page's streamed answers): called with each step as it starts.
Stage = Literal["understand", "retrieve", "calculate", "compose", "verify"]
ProgressHook = Callable[[Stage], None]


def no_progress(stage: Stage) -> None:
    """The default hook: report nothing."""


# A scheme whose name matched this much less surely than the best is not moved ahead of it for the year asked.
SURER_NAME = 0.3
# The acronym a scheme's name ends with: "Jobbmestrende oppfølging: … (JMO)".
_ACRONYM = re.compile(r"\(([A-ZÆØÅ]{2,})\)\s*$")
# A year in a name ("Kommunalt rusarbeid (2015)"), which a question about that document need not repeat.
_YEAR_IN_NAME = re.compile(r"\(\s*(?:19|20)\d\d\s*\)")
MIN_NAME_WITHOUT_YEAR = 8


# The question types whose fact (a rate, a date) a year alone may tie to the one scheme dated that year.
_DATED_FACT_TYPES = frozenset({"amount", "deadline"})
# "1 April", "1. april", "March 1": a day of a month, as a date checked against a deadline is told.
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:{'|'.join(MONTHS)})\b|\b(?:{'|'.join(MONTHS)})\s+\d{{1,2}}\b", re.IGNORECASE
)
# A name in quotes: «Arbeid først for unge», 'Arbeid først for unge'.
_QUOTED_NAME = re.compile(r"(?:^|\s)[«\"“'‘][^»\"”'’]{3,60}[»\"”'’](?=[\s?.,!]|$)")
# How answers.facts.applicant_note opens an answer with whether the applicant named may apply.
_APPLICANT_NOTE_LEADS = ("Ja:", "Yes:", "Nei:", "No:")


class Pipeline:
    """Answers questions over one index, rule book and conversation store."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._generation: str | None = None

    def answer(
        self,
        message: object,
        conversation_id: str | None = None,
        progress: ProgressHook = no_progress,
        *,
        on_delta: Callable[[str], None] | None = None,
    ) -> tuple[str, Answer]:
        """Answer `message` within a conversation (a new one when `conversation_id` is None) and store the turn.

        `progress` hears each step as it starts; in LLM mode the model's answer text streams to `on_delta`.
        """
        question = self.check_message(message)
        store = self.services.conversations
        focus = store.focus(conversation_id) if conversation_id else None
        answer, focus = self.respond(question, focus, progress, on_delta=on_delta)
        if conversation_id is None:
            # Created together with its first turn, so a failed answer leaves no empty conversation behind.
            conversation_id = store.start(question, answer, focus)
        else:
            store.append_turn(conversation_id, question, answer, focus)
        return conversation_id, answer

    def respond(
        self,
        question: str,
        focus: Focus | None,
        progress: ProgressHook = no_progress,
        *,
        on_delta: Callable[[str], None] | None = None,
        use_model: bool = True,
        whole: bool = True,
    ) -> tuple[Answer, Focus]:
        """The answer to `question` given the conversation's focus, and the focus after it (nothing is stored).

        `progress` hears each step as it starts. In LLM mode the model answers (its text streamed to `on_delta`)
        unless `use_model` is False. A question asking two things gets both answered unless `whole` is False (it is
        one of the two).
        """
        progress("understand")
        understanding = self._first_asked_first(question, focus, self.understand(question, focus), whole)
        # An injected instruction is cut from the query; what is left may be nothing but the question itself.
        query = retrieval_query(understanding, focus, self.services.rules).strip() or question
        progress("retrieve")
        passages = self.retrieve(understanding, query)
        progress("calculate" if understanding.intent == "amount" else "compose")
        draft = self.composer.compose(understanding, passages, query)
        progress("verify")
        answer = verify(
            draft,
            self.chunk_map,
            not_found_text=not_found_text(understanding.language),
        )
        if answer.status == "answered" and whole:
            answer = self._answer_other_part(question, understanding, focus, answer)
        elif answer.status == "not_found" and whole:
            answer = self._answer_both_parts(question, understanding, focus, answer)
        if self.services.llm is not None and use_model:
            answer = self._answer_with_model(understanding, focus, passages, answer, draft.warnings, on_delta)
        return answer, update_focus(focus, understanding)

    def _first_asked_first(
        self, question: str, focus: Focus | None, understanding: Understanding, whole: bool
    ) -> Understanding:
        """'Kan vi få penger til forprosjekt, og hvor lang blir perioden da?': of a question asking two things, a sum
        asked first leads (the other part's answer follows it)."""
        # (Only over a time asked after it: "Which services can get Tiltak A funding? Can any IPS service apply?"
        # asks no sum first.)
        timed = understanding.intent in ("duration", "deadline")
        parts = split_question(question, understanding.language) if whole and timed else None
        if parts is None:
            return understanding
        first = self.understand(parts[0], focus).intent
        if first != "amount" or first not in understanding.intents:
            return understanding
        return put_first(understanding, first)

    def _answer_both_parts(
        self, question: str, understanding: Understanding, focus: Focus | None, refused: Answer
    ) -> Answer:
        """'Hva står IPS for, og hvilke faglige råd må søkeren kjenne til?': a question asking two things that no
        passage answers as a whole (refused with no reason of its own) gets each part's answer, when each part is
        answered on its own (the second as a follow-up to the first); else the refusal stands."""
        # A refusal that says why ("… not per dwelling") was given to the whole question on purpose, unless the parts
        # ask of two schemes ("Hva var rapporteringsfristen i 2019-utlysningen, og hva er den nå for 0765.73?"): the
        # reason may hold for one part only (the year of one scheme read as the other's).
        generic = refused.text.split("\n\n")[0].strip() == not_found_text(understanding.language)
        several = len(understanding.scheme_ids) > 1
        parts = split_question(question, understanding.language) if generic or several else None
        if parts is None or understanding.injection:
            return refused
        if not generic and self.understand(parts[0], focus).scheme_id == self.understand(parts[1], focus).scheme_id:
            return refused
        first, first_focus = self.respond(parts[0], focus, use_model=False, whole=False)
        if first.status != "answered":
            return refused
        second, _ = self.respond(parts[1], first_focus, use_model=False, whole=False)
        if second.status != "answered":
            return refused
        return join_answers(first, second)

    def _answer_other_part(
        self, question: str, understanding: Understanding, focus: Focus | None, answer: Answer
    ) -> Answer:
        """'Hvem var målgruppen, og hvor mye ble satt av i 2015?': the answer to the whole question follows one
        part's question type; the other part, answered on its own (the second as a follow-up to the first), is
        added when it says something the answer does not."""
        parts = split_question(question, understanding.language)
        if parts is None:
            return answer
        first = self.understand(parts[0], focus)
        # The second part keeps the first's scheme, year and staff, not its question type: it asks something else.
        after_first = update_focus(focus, first).model_copy(
            update={"last_intent": None, "last_qualifiers": [], "last_subjects": []}
        )
        second = self.understand(parts[1], after_first)
        if "out_of_scope" in (first.intent, second.intent):
            return answer
        other_focus: Focus | None = after_first
        measures = (first.measure, second.measure)
        if first.intent == second.intent and first.scheme_id == second.scheme_id and None not in measures:
            # "Hva er totalt maks for tiltak A over seks år, og hvor mye for tiltak B over fire år?": one question of
            # two measures; the part about the measure the whole answer is not about is answered too.
            if first.measure == second.measure or understanding.measure not in measures:
                return answer
            if understanding.measure == first.measure:
                other, other_type = parts[1], second.intent
            else:
                other, other_focus, other_type = parts[0], focus, first.intent
        elif first.intent == second.intent:
            # "Kunne stiftelser søke IPS-tilskudd i 2015, og kan de søke 0765.73 i dag?": one question of two
            # schemes; the part about the scheme the whole answer is not about is answered too.
            if first.scheme_id == second.scheme_id or understanding.scheme_id not in (
                first.scheme_id,
                second.scheme_id,
            ):
                return answer
            if understanding.scheme_id == first.scheme_id:
                other, other_type = parts[1], second.intent
            else:
                other, other_focus, other_type = parts[0], focus, first.intent
        elif understanding.intent == first.intent:
            other, other_type = parts[1], second.intent
        elif understanding.intent == second.intent:
            other, other_focus, other_type = parts[0], focus, first.intent
        else:
            return answer
        if other_type == "amount" and (second if other == parts[1] else first).scheme_id is None:
            # "Finnes det et tilskudd for å etablere rådgivende enheter for russaker, og hvor mye gir det?": a sum of
            # no scheme; some scheme's rates the passages hold are no answer to it.
            return answer
        said = answer.text.startswith(_APPLICANT_NOTE_LEADS)
        if first.intent != second.intent and other_type == "eligibility" and understanding.applicant_type and said:
            return answer  # whether "we" may apply is said first already (answers.facts.applicant_note)
        extra, _ = self.respond(other, other_focus, use_model=False, whole=False)
        if extra.status != "answered" or not adds_sources(answer, extra):
            return answer
        return join_answers(answer, extra)

    def understand(self, question: str, focus: Focus | None) -> Understanding:
        """The question read in the light of the conversation's focus."""
        merged = merge_focus(understand(question, self.services.rules, focus), focus, self.services.rules)
        # Staff the measure does not pay for is left out once the measure is settled (a year may change it).
        settled = self.prefer_schemes_in_force_now(
            self.prefer_schemes_of_year(self.prefer_schemes_of_documents(self.scheme_of_the_year(merged)))
        )
        return staff_the_measure_funds(settled, self.services.rules)

    def carry_focus(self, questions: Iterable[str], focus: Focus | None = None) -> Focus | None:
        """The focus after `questions`, without retrieving or composing: the same focus answering them would leave."""
        for question in questions:
            focus = update_focus(focus, self.understand(self.check_message(question), focus))
        return focus

    def _answer_with_model(
        self,
        understanding: Understanding,
        focus: Focus | None,
        passages: list[Passage],
        fallback: Answer,
        warnings: list[str],
        on_delta: Callable[[str], None] | None,
    ) -> Answer:
        """LLM mode (assistant/llm/): the model answers from the same reading and passages; `fallback` (the verified
        deterministic answer) stands in whenever the model's answer cannot be used."""
        assert self.services.llm is not None
        turn = ModelTurn(
            question=understanding.clean_text.strip() or understanding.text,
            language=understanding.language,
            scheme_ids=understanding.scheme_ids,
            focus=focus,
            passages=passages,
        )
        return self.services.llm.answer(turn, fallback, warnings, self.chunk_map, on_delta)

    def check_message(self, message: object) -> str:
        """The stripped question, or InvalidInput saying what is wrong with it."""
        if not isinstance(message, str):
            raise InvalidInput("The message must be a text string.")
        question = message.strip()
        limit = self.services.settings.answer.max_question_chars
        if not question:
            raise InvalidInput("The message is empty. Ask a question about a grant scheme.")
        if len(question) > limit:
            raise InvalidInput(f"The message is {len(question)} characters long; the limit is {limit}.")
        return question

    def scheme_of_the_year(self, understanding: Understanding) -> Understanding:
        """ "Was the 2019 application deadline 1 April?", "Hva er satsen i 2025?": a rate, sum or date asked of a
        year alone, no scheme named, is of the one scheme whose dated rules cover that year, when only one does (the
        2019 call; the 2025 regulation). The IPS page gives no date of its own; many 2015 programmes share a year."""
        year = understanding.calendar_year
        if understanding.scheme_ids or year is None or understanding.intent not in _DATED_FACT_TYPES:
            return understanding
        text = understanding.clean_text or understanding.text
        if _QUOTED_NAME.search(text):
            return understanding  # "the rates in the 'Arbeid først for unge' grant for 2026": a scheme of its own
        if understanding.has("yes_no") and not (understanding.amounts or _DAY_OF_MONTH.search(text)):
            # "Under the 2019 rules, could the Fylkesmann decide …?" checks no date or sum a table holds: the
            # sentences answer.
            return understanding
        dated = [
            scheme_id
            for scheme_id, scheme in self.services.rules.schemes.items()
            if scheme.valid_from is not None and scheme.in_year(year)
        ]
        return understanding.model_copy(update={"scheme_ids": dated}) if len(dated) == 1 else understanding

    def prefer_schemes_in_force_now(self, understanding: Understanding) -> Understanding:
        """'Kan fylkeskommunen søke om IPS-midler etter nytt regelverk?', '… i dag?': a scheme named by a word the
        scheme in force today uses in its measures' names ("IPS") is the one in force, as with a year named."""
        now = understanding.has("apply_now") or understanding.has("current_rules")
        if understanding.calendar_year is not None or not now or not understanding.scheme_ids:
            return understanding
        year = self.services.settings.current_date().year
        found = find_schemes(understanding.clean_text or understanding.text, self.services.rules, year=year)
        if not found.scheme_ids or found.scheme_ids[0] == understanding.scheme_id:
            return understanding
        return understanding.model_copy(update={"scheme_ids": found.scheme_ids, "measure": found.measure})

    def prefer_schemes_of_year(self, understanding: Understanding) -> Understanding:
        """With a calendar year named ("i 2015"), schemes whose rules were in force that year come first."""
        year = understanding.calendar_year
        if year is None or len(understanding.scheme_ids) < 2:
            return understanding
        book = self.services.rules

        def in_force(scheme_id: str) -> bool:
            # The scheme's own period, or a later list of who may apply (the 2023 slides on the 2019 scheme).
            scheme = book.scheme(scheme_id)
            periods = [scheme, *scheme.eligibility]
            return any(period.in_year(year) for period in periods)

        def named_by_code(scheme_id: str) -> bool:
            # "the 765.60 adults scheme in 2025": a scheme named by its budget code stays the one asked about,
            # whatever the year (and the year it does not cover is refused).
            codes = {code.lstrip("0") for code in book.scheme(scheme_id).kapittel_post}
            return bool(codes & set(understanding.budget_codes))

        # A scheme named much more surely than another ("Tilbud til barn og unge … i 2019" against "FACT") stays
        # ahead of it whatever the year.
        matches = book.match_schemes(understanding.clean_text or understanding.text)
        scores = {m.scheme_id: m.score for m in matches}
        top = max(scores.values(), default=0.0)
        # "the kommunalt rusarbeid transitional scheme": "kommunalt rusarbeid" names the new scheme only inside the
        # transitional one's name.
        first = matches[0] if matches else None
        inside = {
            m.scheme_id
            for m in matches[1:]
            if first is not None
            and first.score >= 1.0
            and len(m.alias) < len(first.alias)
            and m.alias.lower() in first.alias.lower()
        }

        def surely_named(scheme_id: str) -> bool:
            # Only a full name or code (score 1) outranks the year this way.
            if scheme_id in inside:
                return False
            return top < 1.0 or scores.get(scheme_id, top) >= top - SURER_NAME

        ordered = sorted(
            understanding.scheme_ids,
            key=lambda scheme_id: (not named_by_code(scheme_id), not (surely_named(scheme_id) and in_force(scheme_id))),
        )
        if ordered == understanding.scheme_ids:
            return understanding
        # The measure belonged to the scheme that was first: the new first one's measure is the one the text names
        # ("FACT-team i voksne-ordningen fra 2019").
        measure = book.match_measure(ordered[0], understanding.clean_text or understanding.text)
        return understanding.model_copy(update={"scheme_ids": ordered, "measure": measure})

    def prefer_schemes_of_documents(self, understanding: Understanding) -> Understanding:
        """'JMO i 2015-oversikten': the question points at a document none of its schemes is in; the one scheme of
        that document whose name ends in an acronym the question uses ("… (JMO)"), or whose name the question uses
        without its year ("Kommunalt rusarbeid (2015)"), is the one asked about."""
        named = self._documents_named(understanding)
        book = self.services.rules
        in_named_document = [s for s in understanding.scheme_ids if set(book.scheme(s).documents) & named]
        if in_named_document and understanding.scheme_ids[0] not in in_named_document:
            # "… voksne med langvarige behov … i 2015-oversikten": of the schemes named, the one in that document.
            first = in_named_document[0]
            rest = [s for s in understanding.scheme_ids if s != first]
            return understanding.model_copy(update={"scheme_ids": [first, *rest], "measure": None})
        if not named or in_named_document:
            return understanding
        text = understanding.clean_text or understanding.text
        used = set(re.findall(r"\b[A-ZÆØÅ]{2,}\b", text))
        in_named = [scheme for scheme in book.schemes.values() if set(scheme.documents) <= named]
        candidates = [
            scheme.id for scheme in in_named if (m := _ACRONYM.search(scheme.name)) and m.group(1) in used
        ] or [
            # "2015 overview – …?" then "and kommunalt rusarbeid?": the document's «Kommunalt rusarbeid (2015)».
            scheme.id
            for scheme in in_named
            if len(name := _YEAR_IN_NAME.sub("", scheme.name).strip().lower()) >= MIN_NAME_WITHOUT_YEAR
            and name in text.lower()
        ]
        if len(candidates) != 1:
            return understanding
        rest = [s for s in understanding.scheme_ids if s != candidates[0]]
        return understanding.model_copy(update={"scheme_ids": [candidates[0], *rest], "measure": None})

    def retrieve(self, understanding: Understanding, query: str) -> list[Passage]:
        """Passages for the query, limited to the documents of the schemes it names (falling back to all), less
        those under another scheme's heading."""
        passages = self._search(understanding, query)
        question = understanding.clean_text or understanding.text
        return without_other_schemes_parts(self.services.rules, understanding.scheme_ids, question, passages)

    def _search(self, understanding: Understanding, query: str) -> list[Passage]:
        retriever = self.services.retriever
        book = self.services.rules
        documents = sorted(
            {doc for scheme_id in understanding.scheme_ids[:2] for doc in book.scheme(scheme_id).documents}
            | self._documents_named(understanding)
        )
        self._refresh()
        # A follow-up's query does not say the year the conversation is in, which a question's own words do.
        year = understanding.calendar_year if "calendar_year" in understanding.inherited else None
        of_the_year = [doc for doc in documents if year is not None and self._document_years.get(doc) == year]
        if 0 < len(of_the_year) < len(documents):
            # "Hvem kan søke 765.60 voksne i 2023?" … "og hva prioriteres?": of the scheme's documents, the one of
            # the year the conversation is about.
            passages = retriever.search(query, document_ids=of_the_year)
            if passages:
                return passages
        if documents:
            passages = retriever.search(query, document_ids=documents)
            if passages:
                return passages
        return retriever.search(query)

    def _documents_named(self, understanding: Understanding) -> set[str]:
        """The documents of the kinds the question points at ("according to the 2015 overview")."""
        kinds = {kind for qualifier, kind in DOCUMENT_KIND_QUALIFIERS.items() if understanding.has(qualifier)}
        if not kinds:
            return set()
        self._refresh()
        return {document for kind in kinds for document in self._documents_by_kind.get(kind, ())}

    @property
    def chunk_map(self) -> dict[str, Chunk]:
        """Every indexed chunk by id (the verifier's ground truth)."""
        self._refresh()
        return self._chunk_map

    @property
    def composer(self) -> Composer:
        """A composer over the current index generation."""
        self._refresh()
        return self._composer

    def _refresh(self) -> None:
        retriever = self.services.retriever
        generation = retriever.generation
        if generation == self._generation:
            return
        chunks = retriever.chunks()
        self._chunk_map = {chunk.id: chunk for chunk in chunks}
        self._documents_by_kind: dict[str, set[str]] = {}
        self._document_years: dict[str, int] = {}
        for chunk in chunks:
            self._documents_by_kind.setdefault(chunk.kind, set()).add(chunk.document_id)
            if chunk.version_date is not None:
                self._document_years[chunk.document_id] = chunk.version_date.year
        self._composer = Composer(
            book=self.services.rules,
            chunks=chunks,
            extractive=ExtractiveAnswerer(chunks),
            today=self.services.settings.current_date(),
            titles=self._titles(chunks),
        )
        self._generation = generation
        settle_long_lived()  # performance only (scale issue): no full-GC pauses over the index structures

    @staticmethod
    def _titles(chunks: list[Chunk]) -> dict[str, str]:
        return {chunk.document_id: chunk.title for chunk in chunks}
