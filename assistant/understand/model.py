"""The result of understanding one question: language, intent and the entities it names."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from assistant.applicants import ApplicantType
from assistant.types import Language
from assistant.understand.components import Components
from assistant.understand.part_year import PartYear


class Understanding(BaseModel):
    """What a question asks and about what; the pipeline's input to rules, retrieval and composition."""

    text: str = Field(description="The question as asked.")
    clean_text: str = Field(description="The question with injected instructions removed; entities come from it.")
    language: Language = Field(description="nb or en.")
    language_evident: bool = Field(
        default=True, description="False if no word told the language apart ('Tiltak A?'); nb was assumed."
    )
    intent: str = Field(
        description="Question type (assistant/questions), or 'other' (no type: answer from the evidence) or "
        "'out_of_scope'."
    )
    intents: list[str] = Field(description="Primary type first, then secondary ones with a clear cue.")
    weak_intent: bool = Field(
        default=False,
        description="True if only a weak cue ('får vi', 'get') named the type: a follow-up keeps its own.",
    )
    explicit_intent: bool = Field(
        default=False, description="True if a cue word named the type (not inferred from entities or the focus)."
    )
    qualifiers: list[str] = Field(
        default_factory=list,
        description="Qualifiers the question contains (vocabulary.yaml): total, training, first_person, appeal …",
    )
    subjects: list[str] = Field(
        default_factory=list,
        description="Subjects regulations often leave out that the question asks about (vocabulary.yaml: tax, "
        "court …); refused unless the documents speak of them.",
    )
    scene_subjects: list[str] = Field(
        default_factory=list,
        description="Of the subjects, those named only in the scene before a question that asks of another ('our "
        "coordinator is on sick leave … can we get an extension?': the leave).",
    )
    budget_codes: list[str] = Field(
        default_factory=list, description='Budget chapters and posts named, as "765.73" (no leading zero).'
    )
    counted: list[str] = Field(
        default_factory=list,
        description="What a count question counts, as written ('hvor mange FACT ung-team …' → FACT, ung, team).",
    )
    scheme_ids: list[str] = Field(default_factory=list, description="Schemes named, best match first.")
    measure: str | None = Field(default=None, description="Measure id within the first scheme (e.g. 'B', 'ips').")
    unknown_measure: str | None = Field(
        default=None, description="A measure the question names that no scheme has (e.g. 'C' for 'Tiltak C')."
    )
    applicant_type: ApplicantType | None = Field(default=None, description="The first applicant type named.")
    applicant_types: list[ApplicantType] = Field(default_factory=list, description="Every applicant type named.")
    year: int | None = Field(default=None, description="Project/operating year (1, 2, …), not a calendar year.")
    calendar_year: int | None = Field(default=None, description="A calendar year named, e.g. 2025.")
    percents: list[float] = Field(
        default_factory=list, description="Position percentages named (over 100 % kept: the rules refuse them)."
    )
    positions: int | None = Field(default=None, description="Number of positions named.")
    staffing: list[float] = Field(
        default_factory=list, description="Size of each position in % where the question gives it (2,5 årsverk)."
    )
    staff_roles: list[str] = Field(
        default_factory=list, description="The noun each position was counted by ('sykepleier'), where all have one."
    )
    unfunded_staff: list[str] = Field(
        default_factory=list,
        description="Professions listed that the measure does not pay for ('sykepleier' in Tiltak B), left out.",
    )
    years: list[int] = Field(default_factory=list, description="Several project years asked together ('år 2 og 3').")
    amounts_by_year: dict[int, int] = Field(
        default_factory=dict,
        description="Amounts in NOK bound to project years ('1,5 mill. i år 1, 2 mill. i år 2').",
    )
    years_behind: int | None = Field(
        default=None, description="Years of funding the applicant says it has had ('vi har hatt tiltak B i tre år')."
    )
    final_years: int | None = Field(
        default=None, description="The last years of the period asked about ('the last two years of the period')."
    )
    years_excluded: list[int] = Field(
        default_factory=list, description="Project years left out of those summed ('… but not year 1')."
    )
    last_but: int | None = Field(
        default=None, description="How many years before the period's last the year asked is ('nest siste år': 1)."
    )
    staffing_by_year: dict[int, list[float]] = Field(
        default_factory=dict,
        description="Position sizes in % per project year when they change ('80 % i år 3, 100 % i år 4').",
    )
    staffing_held_from: int | None = Field(
        default=None, description="The project year whose size holds on through later years ('100 % fra år 2')."
    )
    part_year: PartYear | None = Field(
        default=None, description="Positions filled for part of the year only ('starter 1. juli': 6 months)."
    )
    components: Components = Field(
        default_factory=Components, description="Training, pre-project and salary cost: excluded, alone, amounts."
    )
    amounts: list[int] = Field(default_factory=list, description="Amounts in NOK named.")
    dates: list[date] = Field(default_factory=list, description="Full dates named.")
    participants: int | None = Field(
        default=None, description="People taking part in a training programme ('tre ansatte skal på opplæringen')."
    )
    teams: int | None = Field(default=None, description="Teams staffed one by one ('3 FACT teams, each with …').")
    team_sizes: list[int] = Field(
        default_factory=list, description="Positions in each of several teams staffed differently ('one with 9 …')."
    )
    injection: bool = Field(default=False, description="True if the question tried to instruct the assistant.")
    fabrication: bool = Field(
        default=False, description="An instruction asks to make something up ('make up a deadline for 2026')."
    )
    forgery: bool = Field(
        default=False, description="True if the question asked for a document in an authority's name (a decision)."
    )
    disclosure: bool = Field(
        default=False, description="True if the question asked for the assistant's own prompt or instructions."
    )
    is_followup: bool = Field(
        default=False, description="True if the message reads as a follow-up ('Og tredje år?', 'What about …')."
    )
    inherited: list[str] = Field(
        default_factory=list, description="Fields filled from the conversation focus (set by merge_focus)."
    )

    def has(self, qualifier: str) -> bool:
        """True if the question contains this qualifier."""
        return qualifier in self.qualifiers

    @property
    def counts_positions(self) -> bool:
        """Asks how many positions are funded ("How many positions can Tiltak A fund?", "Is there a maximum number
        of positions …?"), not whether a count of them is enough ("Is it enough to state how many positions we
        want?")."""
        counts = self.has("count_question") and self.has("positions_named")
        return counts and (self.has("count_bound") or not (self.has("yes_no") or self.has("enough")))

    @property
    def scheme_id(self) -> str | None:
        """The best-matching scheme, if any."""
        return self.scheme_ids[0] if self.scheme_ids else None
