"""Answers to "who may apply" and "may we apply": verdicts, the applicant lists and the conditions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.answers.context import Context
from assistant.answers.facts import fact_sentence
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import (
    capitalised,
    duration_sentence,
    join,
    measure_label,
    scheme_name,
    sentence,
    topic_names,
)
from assistant.answers.writer import Writer
from assistant.applicants import ApplicantType, applicant_name
from assistant.messages import phrase
from assistant.questions.deadline import all_passed, answer_deadline
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import vocabulary
from assistant.retrieval.tokenize import default_analyzer
from assistant.rules import engine
from assistant.rules.model import ChecklistItem, Condition, EligibilityEntry, EligibilityVersion, Measure, Scheme
from assistant.rules.results import ConditionResult, EligibilityResult
from assistant.text import asking_sentences
from assistant.tokens import tokenize
from assistant.types import Answer, Passage, Source
from assistant.understand.entities import find_applicant_types
from assistant.understand.model import Understanding
from assistant.understand.negation import said_unmet

# A 'can we apply' question with more words than this beyond the scheme's names asks something else too
# (English words translate into more than one Norwegian term).
BARE_ELIGIBILITY_TERMS = {"nb": 1, "en": 2}


def answer_eligibility(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """A verdict for the asking applicant type, else the scheme's list of who may apply."""
    if not scheme.eligibility:
        return None
    measure = ctx.measure(scheme, u)
    as_of = _as_of(scheme, u)
    version = engine.in_force(scheme.eligibility, as_of, f"hvem kan søke på {scheme.name}")
    title = ctx.document_title(version.document_id)
    name = scheme_name(scheme, w.language)
    label = measure_label(measure, w.language) if measure else ""
    # A label numbered by its document ("Prioriterte tiltak 2") states a number no quote of who may apply backs.
    what = f"«{name}»" + (f" ({label})" if label and not re.search(r"\d", label) else "")
    if measure is not None and _period_used_up(u, measure):
        # "Vi har hatt tiltak B i fire år. Kan vi søke igjen?": whoever "we" are, the years it is granted for are had.
        w.add(
            w.t(
                f"Nei – dere har hatt {what} så lenge det gis: ", f"No – you have had {what} as long as it is granted: "
            )
            + duration_sentence(w, measure)
        )
        return w.answer("answered", passages)
    # "ok, vi er en kommune. Kan vi søke nå?" on the 2019 call: whoever "we" are, its deadlines have passed (a
    # condition the user says they do not meet is said first, below).
    closed = u.intent == "eligibility" and u.has("apply_now") and _deadlines_passed(ctx, scheme)
    if closed and (u.applicant_type is not None or not u.has("who_may_apply")):
        return answer_deadline(ctx, w, u, scheme, passages)
    population = _population_verdict(w, u, scheme)
    if population:
        # "Our DPS region only has about 12,000 inhabitants. Could we get funding for another outreach team?"
        _who_may_apply(w, scheme, exclude=None)
        return w.answer("answered", passages)
    # "Kunne stiftelser søke IPS-tilskudd i 2015, og kan de søke 0765.73 i dag?": the 2015 part asks of 2015.
    # A year that dates the document ("som i 2015-oversikten") asks nothing of that year.
    of_a_year = u.calendar_year is not None and u.calendar_year < ctx.today.year and not u.has("document_named")
    asked_now = u.has("apply_now") and not of_a_year
    if asked_now and scheme.status != "current" and not scheme.deadlines:
        # "Kan kommunen søke psykologtilskuddet i dag?": a scheme known only as the 2015 overview describes it.
        return _known_only_then(ctx, w, u, scheme, what, title, as_of, passages)
    if u.applicant_type is not None:
        if u.has("main_applicant") and version.main_applicants is not None:
            _main_applicant(ctx, w, version, u.applicant_type, what)
            _who_may_apply(w, scheme, exclude=u.applicant_type)
            return w.answer("answered", passages)
        result = engine.eligibility(ctx.book, scheme, u.applicant_type, measure.id if measure else None, as_of)
        others = _entries(version, ("yes", "conditional"), exclude=u.applicant_type)
        only = _asks_only(u.clean_text or u.text, u.applicant_type)
        if only and result.verdict != "no" and others:
            # "Er det bare kommuner som kan søke?": no, not only them, whatever conditions they have.
            names = join([applicant_name(k, w.language, plural=True) for k, _ in others], w.language)
            cited = w.cite(*[e.source for _, e in others])
            w.add(
                w.t(
                    f"Nei, ikke bare dem – også {names} kan søke {cited}.",
                    f"No, not only them – {names} may apply too {cited}.",
                )
            )
        elif result.verdict == "no" and (partnering := _partnership_rules(u.clean_text or u.text, scheme, measure)):
            _as_partner(w, result, what, title, partnering)
        else:
            _verdict(w, result, what, title, u.clean_text or u.text)
            # "… if it cooperates with the municipality?", "Kommunen vil søke sammen med en brukerorganisasjon":
            # the rule for a partnership, whoever may apply.
            _in_a_partnership(w, u.clean_text or u.text, scheme, measure)
        _who_may_apply(w, scheme, exclude=u.applicant_type)
        _earlier_versions(ctx, w, scheme, version.document_id, u.applicant_type, result.verdict)
        return w.answer("answered", passages)
    own = [c for c in _general_conditions(scheme, measure) if measure is not None and c.measures]
    if own and _REQUIREMENTS_ASKED.search(u.clean_text or u.text):
        # "Hvilke krav stilles til virksomheten som søker tiltak A?": the measure's own conditions, then who may apply.
        w.add(w.t(f"Krav til den som søker {what} ({title}):", f"What an applicant for {what} must meet ({title}):"))
        for condition in own:
            w.add(f"- {_condition_text(w, condition.text, condition.text_en)} {w.cite(condition.source)}")
        _who_may_apply(w, scheme, exclude=None)
        return w.answer("answered", passages)
    if not u.has("who_may_apply"):
        return None  # e.g. "what must we specify when we apply": not a question of who may apply
    first_person = u.has("first_person")
    question = u.clean_text or u.text
    unmet = [
        c
        for c in _general_conditions(scheme, measure)
        if c.measures and c.kind == "eligibility" and said_unmet(question, c.text)
    ]
    # "Vi har ikke noe IPS-tilbud ennå. Kan vi søke tiltak A?": the measure's own condition, which the user says
    # they do not meet, decides it, whoever they are; so do the conditions of every applicant type that may apply
    # ("Vi har ikke hatt midler fra kommunalt rusarbeid før. Kan vi søke overgangsordningen?").
    denied: list[tuple[str, str | None, Source | None]] = (
        [(c.text, c.text_en, c.source) for c in unmet] if first_person and measure is not None else []
    )
    if not denied and first_person and not u.applicant_types:
        denied = [(e.condition or "", e.condition_en, e.source) for e in _unmet_by_every_applicant(version, question)]
    if denied:
        w.add(
            w.t(
                f"Nei, ikke slik du beskriver det. {what} ({title}) har dette vilkåret:",
                f"No, not as you describe it. {what} ({title}) has this condition:",
            )
        )
        for text, text_en, condition_source in denied:
            w.add(f"- {_condition_text(w, text, text_en)} {w.cite(condition_source)}")
        return w.answer("answered", passages)
    left_out = _required_left_out(u, scheme)
    if left_out:
        # "Can we apply for Tiltak B without own funding?": what the application must contain is no choice.
        source = ctx.title(scheme, [item.source for item in left_out])
        w.add(
            w.t(
                f"Nei – en søknad om {what} skal inneholde dette ({source}):",
                f"No – an application for {what} must contain this ({source}):",
            )
        )
        for item in left_out:
            w.add(f"- {sentence(item.label)} {w.cite(item.source)}")
        return w.answer("answered", passages)
    if closed:
        return answer_deadline(ctx, w, u, scheme, passages)
    if first_person and _asks_more(ctx, u, scheme):
        return None  # "Kan vi søke om driftsmidler?": what may be funded, not who may apply; the evidence answers
    w.add(
        w.t(
            f"Det avhenger av hva slags virksomhet dere er. Etter {title} gjelder dette for {what}:"
            if first_person
            else f"Etter {title} gjelder dette for {what}:",
            f"It depends on what kind of organisation you are. Under {title}, this applies to {what}:"
            if first_person
            else f"Under {title}, this applies to {what}:",
        )
    )
    # "Which applicants can NOT apply?": those who may not come first.
    who_not = vocabulary().qualifier("denial").found(tokenize(u.clean_text or u.text))
    _who_may_apply(w, scheme, exclude=None, may_not_first=who_not)
    for condition in _general_conditions(scheme, measure):
        w.add(f"- {_condition_text(w, condition.text, condition.text_en)} {w.cite(condition.source)}")
    if first_person:
        w.add(phrase("ask_applicant", w.language))
        return w.answer("clarify", passages)
    return w.answer("answered", passages)


# "Our DPS region only has about 12,000 inhabitants", "kommunen har 4 000 innbyggere": a population told.
_POPULATION = re.compile(
    r"(?P<n>\d{1,3}(?:[ .,\u00a0]\d{3})+|\d{4,7})\s*(?:inhabitants|innbyggere|innbyggjarar|residents|people)\b",
    re.IGNORECASE,
)


# "… did we have to set up a full ACT/FACT team?", "Må vi ha et FACT-team …?": whether something is required.
_REQUIRED_ASKED = re.compile(
    r"\b(?:must|have\s+to|had\s+to|need\s+to|needed|required|må\s+(?:vi|man|dere)|måtte\s+(?:vi|man|dere)|"
    r"kreves|krav\s+om)\b",
    re.IGNORECASE,
)


def _population_verdict(w: Writer, u: Understanding, scheme: Scheme) -> bool:
    """A population told, against the scheme's rule for regions below a size («I DPS-regioner med … mindre enn om
    lag 15 000 innbyggere kan det gis tilskudd til andre typer …»): yes below it, no at or above it; False when
    no population is told or no such rule exists."""
    told = _POPULATION.search(u.clean_text or u.text)
    rules = [
        fact
        for facts in (scheme.facts, *(measure.facts for measure in scheme.measures.values()))
        for fact in facts.values()
        if fact.unit == "inhabitants"
    ]
    if told is None or not rules:
        return False
    below = int(re.sub(r"\D", "", told.group("n"))) < rules[0].number()
    # "Må vi ha et FACT-team?" asks whether the team is required: below the size, it is not.
    allowed = below != (_REQUIRED_ASKED.search(u.clean_text or u.text) is not None)
    w.add(w.t("Ja – " if allowed else "Nei – ", "Yes – " if allowed else "No – ") + fact_sentence(w, rules[0]))
    return True


def _known_only_then(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    what: str,
    title: str,
    as_of: date | None,
    passages: Sequence[Passage],
) -> Answer:
    """Whether one may apply today, for a scheme with no deadline that only an old document describes: not found,
    with what the document said then of the applicant asked about."""
    then = ""
    if u.applicant_type is not None:
        result = engine.eligibility(ctx.book, scheme, u.applicant_type, None, as_of)
        plural = applicant_name(u.applicant_type, w.language, plural=True)
        if result.verdict in ("yes", "conditional") and result.sources:
            cite = w.cite(*result.sources[:1])
            then = w.t(f" Der står det at {plural} kunne søke {cite}.", f" It says {plural} could apply then {cite}.")
    reason = w.t(
        f"{what} er bare beskrevet i {title}, og dokumentene sier ikke om ordningen kan søkes i dag.",
        f"{what} is described only in {title}; the documents do not say whether it can be applied for today.",
    )
    return not_found(w, passages, reason + then)


def _deadlines_passed(ctx: Context, scheme: Scheme) -> bool:
    """Every application deadline the scheme's documents date has passed (none dated: the call may be open)."""
    infos = engine.deadlines(ctx.book, scheme, ctx.today, grant_year=None)
    return all_passed([info for info in infos if info.kind == "application"])


def _period_used_up(u: Understanding, measure: Measure) -> bool:
    """The user says they have had the measure for as many years as it is granted for, or more."""
    duration = measure.duration.value if measure.duration is not None else None
    had = u.years_behind
    return isinstance(duration, int) and had is not None and had >= duration and u.has("first_person")


def _asks_more(ctx: Context, u: Understanding, scheme: Scheme) -> bool:
    """Whether "can we apply …" says more than which scheme: what for ("for et nytt boligtiltak"), how many
    ("How many positions can we apply for?"), with what history ("Does that count against us?")."""
    topic = f"{topic_names(scheme)} {vocabulary().cue_words('eligibility')}"
    english = u.language == "en"
    if english:
        # The question's words are read as their Norwegian translations: so must the names be.
        topic = f"{topic} {' '.join(ctx.extractive.query_terms(topic))}"
    # "can we apply? we run an IPS service and want more job specialists": what follows the question says who "we"
    # are, nothing more asked (what comes before may be history: "Vi har hatt tilskudd siden 2017. Kan vi …?").
    text = u.clean_text or u.text
    asked = text[: text.rfind("?") + 1] or text
    focus = ctx.extractive.focus_terms(asked, topic, translate=english)
    return len(focus) > BARE_ELIGIBILITY_TERMS[u.language]


def _earlier_versions(ctx: Context, w: Writer, scheme: Scheme, current: str, kind: ApplicantType, verdict: str) -> None:
    """Older documents' lists of who may apply, for the same applicant type: agreeing or not, dates matter."""
    for version in scheme.eligibility:
        entry = version.applicants.get(kind)
        if version.document_id == current or entry is None or entry.source is None:
            continue
        title = ctx.document_title(version.document_id)
        marker = w.cite(entry.source)
        if entry.verdict == verdict or {entry.verdict, verdict} <= {"yes", "conditional"}:
            w.add(w.t(f"Det samme står i {title} {marker}.", f"{title} says the same {marker}."))
        else:
            w.add(
                w.t(
                    f"Merk: {title} sa det annerledes {marker}; svaret over følger den nyeste kilden.",
                    f"Note: {title} said otherwise {marker}; the answer above follows the newest source.",
                )
            )


def _as_of(scheme: Scheme, u: Understanding) -> date | None:
    """A day in the calendar year asked about, when a list of who may apply was in force then (None: the newest)."""
    if u.calendar_year is None:
        return None
    day = date(u.calendar_year, 7, 1)
    return day if any(version.in_force(day) for version in scheme.eligibility) else None


def _main_applicant(ctx: Context, w: Writer, version: EligibilityVersion, kind: ApplicantType, what: str) -> None:
    """May this applicant type stand as main applicant? The document names who must."""
    entry = version.applicants.get(kind, version.unlisted)
    title = ctx.document_title(version.document_id)
    cite = w.cite(entry.source) if entry.source else ""
    plural = applicant_name(kind, w.language, plural=True)
    main_applicants = version.main_applicants or []
    allowed = join([applicant_name(k, w.language, plural=True) for k in main_applicants], w.language)
    if kind in main_applicants:
        w.add(
            w.t(
                f"Ja. {capitalised(allowed)} står som hovedsøker for {what} ({title}) {cite}.",
                f"Yes. {capitalised(allowed)} stand as main applicant for {what} ({title}) {cite}.",
            )
        )
        return
    part = entry.verdict in ("yes", "conditional")
    w.add(
        w.t(
            f"Nei. Bare {allowed} kan stå som hovedsøker for {what} ({title}) {cite}."
            + (f" {capitalised(plural)} kan være med i søknaden." if part else ""),
            f"No. Only {allowed} may stand as main applicant for {what} ({title}) {cite}."
            + (f" {capitalised(plural)} may take part in the application." if part else ""),
        )
    )


# "Er det riktig at fylkeskommuner ikke kan søke?", "Is it true that counties cannot apply?": a claim that they may
# not, to confirm; the verdict is on the claim.
_CLAIMED_NOT = re.compile(
    r"\b(?:(?:er|var)\s+det\s+(?:riktig|korrekt|sant|sånn|slik)|stemmer\s+det|is\s+it\s+(?:true|right|correct|"
    r"the\s+case)|am\s+i\s+right|confirm)\s+(?:at|that)\b(?:[^?.!]|\.(?=\d))*?\b(?:ikke|not|cannot|can't|can’t)\s+"
    r"(?:\w+\s+){0,2}?(?:søk\w*|apply|eligible|allowed|entitled|berettig\w*|få)\b",
    re.IGNORECASE,
)


_ONLY = re.compile(r"\b(?:bare|kun|only)\b", re.IGNORECASE)
_OR = re.compile(r"\b(?:eller|or)\b", re.IGNORECASE)
# A clause that states a premise before the question: "Siden …", "Since …", "Ettersom …".
_PREMISE = re.compile(r"(?:^|[.!?]\s+)(?:siden|ettersom|fordi|since|because|as|given\s+that)\b[^.!?]*$", re.I)
# How far after "bare"/"only" the applicant type must be named: "bare kommuner", "only the municipalities".
_ONLY_REACH = 30


def _asks_only(question: str, kind: ApplicantType) -> bool:
    """Whether others may apply too: "Er det bare kommuner som kan søke?", "Is it only municipalities that may apply?"
    ("Can municipalities only apply for Tiltak B?" limits the measure, not who applies)."""
    if _OR.search(question):
        return False  # "Gjelder det bare HF, eller kan også et RHF søke?" asks which of two
    # "Siden bare kommuner kan søke, er det vel ingen vits i at vi som HF søker?": "only" in a premise is not asked.
    asked = [m for m in _ONLY.finditer(question) if not _PREMISE.search(question[: m.start()])]
    return any(kind in find_applicant_types(question[m.end() : m.end() + _ONLY_REACH]) for m in asked)


# "Are county municipalities excluded?", "Er fylkeskommuner utestengt?": asked in the negative, so "yes" is that
# they may not apply.
_ASKED_EXCLUDED = re.compile(
    r"\b(?:excluded|barred|ineligible|not\s+eligible|shut\s+out|ruled\s+out|utestengt|utelukket|ekskludert|"
    r"avskåret|ikke\s+(?:lov|tillatt)\s+(?:å\s+)?søke|not\s+(?:allowed|permitted)\s+to\s+apply)\b",
    re.IGNORECASE,
)


# "Kan vi være med på en søknad sammen med kommunen?", "Can we be a partner in the municipality's application?":
# taking part in another's application, not applying.
_AS_PARTNER = re.compile(
    r"\b(?:sammen\s+med|i\s+samarbeid\s+med|samarbeidspartner\w*|være\s+med\s+(?:på|i)|delta\s+i|"
    r"gjennom\s+kommunen|together\s+with|in\s+partnership|partners?|be\s+part\s+of|join|through\s+the\s+"
    r"municipality|be\s+involved|get\s+involved|take\s+part|participate|være\s+med|bli\s+med|delta)\b",
    re.IGNORECASE,
)
# "… be the applicant if it partners with a municipality?": who applies is asked, the partnership is the scene.
_AS_APPLICANT = re.compile(
    r"\b(?:the\s+applicant|main\s+applicant|lead\s+applicant|stå\s+som\s+(?:hoved)?søker|være\s+(?:hoved)?søker|"
    r"hovedsøker|apply\s+(?:alone|on\s+(?:its|our|their)\s+own)|søke\s+(?:alene|selv))\b",
    re.IGNORECASE,
)
# A rule for applying in partnership: «Ved samarbeid er kommunen … søker og mottaker».
_PARTNERSHIP_RULE = re.compile(r"samarbeid|fellesskap|på vegne av", re.IGNORECASE)


def _partnership_rules(question: str, scheme: Scheme, measure: Measure | None) -> list[Condition]:
    """The scheme's rules for applying in partnership, when the question asks to take part in an application."""
    if _AS_PARTNER.search(question) is None or _AS_APPLICANT.search(question) is not None:
        return []
    return _partnership_conditions(scheme, measure)


def _partnership_conditions(scheme: Scheme, measure: Measure | None) -> list[Condition]:
    """The scheme's conditions for applying in partnership («Ved samarbeid er kommunen … søker og mottaker»)."""
    return [c for c in _general_conditions(scheme, measure) if _PARTNERSHIP_RULE.search(c.text)]


# A partnership named as the scene of a question on applying ("… if it cooperates with the municipality?").
_COOPERATING = re.compile(
    r"\b(?:samarbeid\w*|sammen\s+med|cooperat\w*|co-operat\w*|collaborat\w*|partner\w*|together\s+with)\b",
    re.IGNORECASE,
)


def _in_a_partnership(w: Writer, question: str, scheme: Scheme, measure: Measure | None) -> None:
    """After the verdict for an applicant who says they work with another: the scheme's rules for a partnership."""
    if _COOPERATING.search(question) is None:
        return
    rules = _partnership_conditions(scheme, measure)
    if rules:
        w.add(w.t("I et samarbeid gjelder dette:", "In a partnership this applies:"))
    for rule in rules:
        w.add(f"- {_condition_text(w, rule.text, rule.text_en)} {w.cite(rule.source)}")


def _as_partner(w: Writer, result: EligibilityResult, what: str, title: str, rules: Sequence[Condition]) -> None:
    """Yes as a partner, no as the applicant: the applicant type may not apply itself, and the partnership rules
    say who applies for all."""
    plural = applicant_name(result.applicant_type, w.language, plural=True)
    w.add(
        w.t(
            f"Ja, som samarbeidspartner – men ikke som søker. {capitalised(plural)} kan ikke selv søke om tilskudd "
            f"fra {what} ({title}) {w.cite(*result.sources[:1])}; i et samarbeid gjelder dette:",
            f"Yes, as a partner – but not as the applicant. {capitalised(plural)} may not apply for {what} "
            f"themselves ({title}) {w.cite(*result.sources[:1])}; in a partnership this applies:",
        )
    )
    for rule in rules:
        w.add(f"- {_condition_text(w, rule.text, rule.text_en)} {w.cite(rule.source)}")


def _verdict(w: Writer, result: EligibilityResult, what: str, title: str, question: str) -> None:
    kind = result.applicant_type
    plural = applicant_name(kind, w.language, plural=True)
    cite = w.cite(*result.sources[:1])
    claimed_not = bool(_CLAIMED_NOT.search(question) or _ASKED_EXCLUDED.search(question))
    if result.verdict == "no":
        lead = w.t("Ja, det stemmer.", "Yes, that is right.") if claimed_not else w.t("Nei.", "No.")
        w.add(
            w.t(
                f"{lead} {capitalised(plural)} kan ikke søke om tilskudd fra {what} ({title}) {cite}.",
                f"{lead} {capitalised(plural)} may not apply for {what} ({title}) {cite}.",
            )
        )
    elif result.verdict == "unknown" and _LISTED.search(question):
        # "Står kommuner oppført som søkere …?": whether the list names them, which it does not.
        w.add(
            w.t(
                f"Nei – {plural} står ikke i listen over hvem som kan søke om {what} ({title}).",
                f"No – {plural} are not in the list of who may apply for {what} ({title}).",
            )
        )
    elif result.verdict == "unknown":
        w.add(
            w.t(
                f"Regelverket sier ikke uttrykkelig om {plural} kan søke om {what}: søkertypen er ikke nevnt i "
                f"listen over hvem som kan søke ({title}).",
                f"The regulation does not say whether {plural} may apply for {what}: that type of applicant "
                f"is not named in the list of who may apply ({title}).",
            )
        )
    elif unmet := [c for c in result.conditions if said_unmet(question, f"{c.text} {c.text_en or ''}")]:
        # "We're an NGO with no agreement with the municipality or the RHF": the condition the user says they do
        # not meet decides it.
        w.add(
            w.t(
                f"Nei, ikke slik du beskriver det. {capitalised(plural)} kan søke om tilskudd fra {what} ({title}) "
                f"bare på dette vilkåret:",
                f"No, not as you describe it. {capitalised(plural)} may apply for {what} ({title}) only on this "
                "condition:",
            )
        )
        for condition in unmet:
            text = _condition_text(w, condition.text, condition.text_en)
            w.add(f"- {text} {w.cite(condition.source)}")
    elif only_one := _one_applies_for_all(question, result.conditions):
        # "Kan både NAV og DPS søke hver sin …?" against «bare én part … søker på vegne av fellesskapet».
        w.add(
            w.t(
                f"Nei, ikke hver for seg. {capitalised(plural)} kan søke om tilskudd fra {what} ({title}) {cite}, "
                "men bare én part søker:",
                f"No, not separately. {capitalised(plural)} may apply for {what} ({title}) {cite}, but only one "
                "party applies:",
            )
        )
        for one in only_one:
            w.add(f"- {_condition_text(w, one.text, one.text_en)} {w.cite(one.source)}")
    else:
        conditional = result.verdict == "conditional"
        lead = w.t("Ja, på vilkår." if conditional else "Ja.", "Yes, on conditions." if conditional else "Yes.")
        if claimed_not:
            lead = w.t("Nei, det stemmer ikke:", "No, that is not right:") + (
                w.t(" de kan søke på vilkår.", " they may apply on conditions.") if conditional else ""
            )
        w.add(
            w.t(
                f"{lead} {capitalised(plural)} kan søke om tilskudd fra {what} ({title}) {cite}.",
                f"{lead} {capitalised(plural)} may apply for {what} ({title}) {cite}.",
            )
        )
        for condition in result.conditions:
            text = _condition_text(w, condition.text, condition.text_en)
            w.add(f"- {w.t('Vilkår', 'Condition')}: {text} {w.cite(condition.source)}")
        if result.measure is not None:
            # What the measure funds and demands: not a condition on who may apply, but part of the answer.
            for requirement in result.requirements:
                text = _condition_text(w, requirement.text, requirement.text_en)
                w.add(f"- {w.t('Krav', 'Requirement')}: {text} {w.cite(requirement.source)}")


# "Hvilke krav stilles til virksomheten som søker …?", "What requirements must the applicant meet?"
_REQUIREMENTS_ASKED = re.compile(
    r"\b(?:hvilke|hva\s+slags|which|what)\s+(?:krav|vilkår|betingelser|requirements|conditions|criteria)\b", re.I
)
# "Står kommuner oppført som søkere?", "Are municipalities listed as applicants?": whether the list names them.
_LISTED = re.compile(r"\b(?:oppført|oppførte|listet|nevnt\s+som|listed|named\s+as|included\s+in\s+the\s+list)\b", re.I)


def _one_applies_for_all(question: str, conditions: Sequence[ConditionResult]) -> list[ConditionResult]:
    """The conditions letting only one party apply, when the question asks whether several may each apply."""
    words = vocabulary()
    if not words.qualifier("each_their_own").found(tokenize(question)):
        return []
    # The condition is the table's statement: matched as written, as a document's sentence is.
    return [c for c in conditions if words.in_document("only_one").found(tokenize(c.text))]


def _entries(
    version: EligibilityVersion, verdicts: tuple[str, ...], exclude: ApplicantType | None
) -> list[tuple[ApplicantType, EligibilityEntry]]:
    """The version's applicant types with one of these verdicts, but the one excluded (the one asked about)."""
    return [(k, e) for k, e in version.applicants.items() if e.verdict in verdicts and k != exclude]


def _who_may_apply(w: Writer, scheme: Scheme, exclude: ApplicantType | None, may_not_first: bool = False) -> None:
    version = engine.in_force(scheme.eligibility, None, f"hvem kan søke på {scheme.name}")
    yes = _entries(version, ("yes", "conditional"), exclude)
    no = _entries(version, ("no",), exclude)
    # Both sentences cite the same span (the whole list as it stands), so the reader sees one source.
    listed = [e.source for _, e in yes + no]
    if no and may_not_first:
        _applicants(w, no, listed, "Disse kan ikke søke", "These may not apply")
        no = []
    elif may_not_first:
        # "Who can NOT apply?" of a list of who may only: say so before the list, not answer another question.
        w.add(
            w.t(
                "Dokumentene sier ikke uttrykkelig hvem som ikke kan søke; de nevner bare hvem som kan.",
                "The documents do not say outright who may not apply; they only name who may.",
            )
        )
    if len(yes) == 1 and exclude is not None:
        # «Bare kommuner kan søke»: the one applicant type that may, said as the only one.
        only = yes[0][0]
        marker = w.cite(*listed)
        w.add(
            w.t(
                f"Bare {applicant_name(only, 'nb', plural=True)} kan søke {marker}.",
                f"Only {applicant_name(only, 'en', plural=True)} may apply {marker}.",
            )
        )
    elif yes:
        _applicants(w, yes, listed, "Disse kan søke", "These may apply")
        for _, entry in yes:
            if entry.verdict == "conditional" and entry.condition:
                text = _condition_text(w, entry.condition, entry.condition_en)
                w.add(f"- {w.t('Vilkår', 'Condition')}: {text} {w.cite(entry.source)}")
    if no:
        _applicants(w, no, listed, "Disse kan ikke søke", "These may not apply")


def _applicants(
    w: Writer,
    entries: Sequence[tuple[ApplicantType, EligibilityEntry]],
    sources: Sequence[Source | None],
    nb: str,
    en: str,
) -> None:
    """'These may apply: a, b and c [1]' with one citation spanning the list's lines."""
    names = [applicant_name(k, w.language, plural=True) for k, _ in entries]
    marker = w.cite(*sources)
    w.add(w.t(f"{nb}: {join(names, 'nb')} {marker}.", f"{en}: {join(names, 'en')} {marker}."))


def _unmet_by_every_applicant(version: EligibilityVersion, question: str) -> list[EligibilityEntry]:
    """The conditions of the applicant types that may apply, when the question denies one of each (once each)."""
    admitted = [entry for entry in version.applicants.values() if entry.verdict != "no"]
    unmet = [
        entry
        for entry in admitted
        if entry.condition and said_unmet(question, f"{entry.condition} {entry.condition_en or ''}")
    ]
    if not admitted or len(unmet) < len(admitted):
        return []
    return list({entry.condition: entry for entry in unmet}.values())


def _required_left_out(u: Understanding, scheme: Scheme) -> list[ChecklistItem]:
    """The lines an application must contain that a yes/no question would leave out ("Can we apply without own
    funding?"): a line the question denies that names one of its words whole ("egenfinansiering", not
    "delfinansiering" sharing its tail; not "tiltak", which names the measure)."""
    if not u.has("yes_no"):
        return []
    question = " ".join(asking_sentences(u.clean_text or u.text))  # "Vi har ikke budsjett. Må …?" sets a scene
    denied = [
        item
        for item in scheme.application_requirements
        if item.checked and said_unmet(question, item.label, negation="leaving_out")
    ]
    said = default_analyzer().expand(question) if u.language == "en" else question
    names = topic_names(scheme).lower()
    words = [word for word in re.findall(r"\w{6,}", said.lower()) if word not in names]
    return [item for item in denied if any(re.search(rf"\b{word}\b", item.label.lower()) for word in words)]


def _general_conditions(scheme: Scheme, measure: Measure | None) -> list[Condition]:
    """Conditions on every applicant type that cover `measure` (with no measure: those covering all measures)."""
    return [
        condition
        for condition in scheme.conditions
        if condition.applicants is None
        and (condition.measures is None or (measure is not None and measure.id in condition.measures))
    ]


def _condition_text(w: Writer, nb: str, en: str | None) -> str:
    return sentence(en or nb) if w.language == "en" else sentence(nb)


QUESTION_TYPE = register(
    QuestionType(
        name="eligibility",
        yields_to_evidence=False,
        description="Who may apply, and whether a given kind of applicant may.",
        category="eligibility",
        handler=answer_eligibility,
        consumes=frozenset({"applicant"}),
        retrieval_terms="hvem kan søke",
    )
)
