"""`regelverk rules draft`: read a regelverk in Helsedirektoratet's template and draft its rule table.

The draft states what the template says where it says it: budget line, code and dates from the header; who may
apply and the ☒/☐ checklists (via assistant.rules.extract); per measure ("Tiltak A: …") the duration, one year at a
time, rates per 100 % position (one rate, or a list per prosjekt-/driftsår), step-down, position limit, caps,
training money and lump sums; the application and reporting deadlines; who decides, appeal, auditor's attestation
and the other section 4–6 facts. Every value cites the sentence or line it was read from, verbatim, so
`regelverk rules check` can prove it. What needs judgement (conditions, English names, aliases people use) is left
to the caseworker who reviews the draft; the table says `reviewed: false` until then.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from assistant.errors import RulesError
from assistant.rules.extract import checklist, eligibility_from_template, extract_template, template_sections
from assistant.rules.model import Cap, Deadline, Measure, PositionLimit, Rate, RuleValue, Scheme
from assistant.types import Document, Source
from assistant.understand.numbers import CARDINALS, NUMBER, parse_number
from assistant.verify import split_sentences

_NUMBER_NB = CARDINALS["nb"]
_WORD_EN = {value: word for word, value in CARDINALS["en"].items()}
_WORD_NB = {1: "én", **{value: word for word, value in _NUMBER_NB.items() if value > 1 and word != "syv"}}
_COUNT = rf"(?P<count>\d{{1,2}}|{'|'.join(sorted(_NUMBER_NB, key=len, reverse=True))})"

# An amount in NOK with its currency: "kr. 750 000", "kr 750 000", "750 000 kroner", "3 mill. kroner".
_AMOUNT = re.compile(
    rf"(?:\bkr\.?\s*(?P<a>{NUMBER})(?:\s*(?P<a_mill>mill(?:ioner|\.)?))?(?:\s*,-)?"
    rf"|(?P<b>{NUMBER})\s*(?P<b_mill>mill(?:ioner|\.)?)?\s*(?:kroner\b|kr\b\.?|,-))",
    re.IGNORECASE,
)
# The header's lines; a PDF may run them together, so they are looked for anywhere (the first hit is the header's).
_HEADER_CHAPTER = re.compile(r"\bKap(?:ittel|\.)?\s*(?P<chapter>\d{3,4})\s*,?\s*post\s*(?P<post>\d{2})\b")
_HEADER_CODE = re.compile(r"\bTilskuddskode\s*(?P<code>\d{4,8})\b")
_HEADER_APPROVED = re.compile(r"\bGodkjent av \S+ (?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})")
_HEADER_REPLACES = re.compile(r"\bErstatter tidligere versjon av (?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})")
_TITLE = re.compile(r"^Regelverk for tilskuddsordning:[ \t]*(?P<same>\S[^\n]*)?\n+(?P<next>[^\n]+)", re.M)
_MEASURE_LINE = re.compile(r"^Tiltak (?P<id>[A-Z0-9]{1,2}):\s*(?P<title>.*)$")
_ASSESSMENT_LINE = re.compile(r"^Vurderingskriterier", re.I)
_BULLET = re.compile(r"^[−•\-–✓*]\s*")
_YEAR_ITEM = re.compile(
    r"^(?:(?P<y>\d{1,2})\.\s*(?:prosjekt-/driftsår|prosjekt-\s*/\s*driftsår|prosjektår|driftsår|år)"
    r"|år\s*(?P<from>\d{1,2})(?:\s*[-–]\s*(?P<to>\d{1,2}))?)\s*:",
    re.I,
)
_DURATION = re.compile(rf"\b(?:totalt|inntil|opptil|maksimalt|i alt)\s+(?:i\s+)?{_COUNT}\s+år\b", re.I)
_ONE_YEAR = re.compile(r"\b(?:ett|1) år av gangen\b", re.I)
_PER_POSITION = re.compile(r"100\s?%\s?-?\s?stilling", re.I)
_POSITION_LIMIT = re.compile(
    rf"(?:søke om (?:midler|tilskudd) til|tilskudd til inntil|inntil)\s+{_COUNT}\s+(?:100\s?%\s?-?\s?)?stilling",
    re.I,
)
_CAP_WORDS = re.compile(r"\b(?:overstige|begrenset til|tak på|samlet tilskudd|maksimalt)\b", re.I)
_CAP_UNIT = re.compile(r"\bper (?P<unit>prosjekt|team|søker|tiltak)\b|\bpr\.? (?P<unit2>prosjekt|team)\b", re.I)
_TRAINING = re.compile(r"opplærings|kompetansetiltak", re.I)
_LUMP = re.compile(r"\b(?:inntil|maksimalt|opptil)\b", re.I)
_STEP_DOWN = re.compile(r"trappes ned|nedtrapping", re.I)
# «… med forbehold om Stortingets behandling av de årlige statsbudsjettene»: each year's money waits on the budget.
_RESERVATION = re.compile(r"med forbehold om Stortingets [^.;]*", re.I)
_DEADLINE_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}))?\b")
_LABELLED = re.compile(r"^(?P<label>[^:\n]{3,90}):\s*(?P<value>\S[^\n]*)$")


def _english_count(n: int) -> str:
    return _WORD_EN.get(n, str(n))


def _norwegian_count(n: int) -> str:
    return _WORD_NB.get(n, str(n))


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_NB[token.lower()]


def parse_amount(text: str) -> tuple[int, str] | None:
    """The first NOK amount in `text` and how it is written ('kr. 750 000' → (750000, 'kr. 750 000'))."""
    match = _AMOUNT.search(text)
    if match is None:
        return None
    number = match.group("a") or match.group("b")
    value = parse_number(number)
    if value is None:
        return None
    if match.group("a_mill") or match.group("b_mill"):
        value *= 1_000_000
    return round(value), match.group(0).strip()


def _nok(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _dotted(text: str) -> date | None:
    day, month, year = (int(part) for part in text.split("."))
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class _Line:
    """One line of the normalised text, with the section path it belongs to."""

    text: str
    section: str
    measure: str | None = None


@dataclass
class _Sections:
    """The document's lines, by template section number, with measure context in section 5."""

    lines: dict[int, list[_Line]] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)
    measure_titles: dict[str, str] = field(default_factory=dict)

    def of(self, number: int, measure: str | None = None, any_measure: bool = False) -> list[_Line]:
        return [line for line in self.lines.get(number, []) if any_measure or line.measure == measure]

    def heading(self, number: int) -> str:
        return f"{number}. {self.titles[number]}" if number in self.titles else str(number)


def _split(document: Document) -> _Sections:
    sections = _Sections()
    for number, title, start, end in template_sections(document.text):
        if number in sections.titles:
            continue  # the first heading with that title is the template's
        sections.titles[number] = title
        heading = f"{number}. {title}"
        measure: str | None = None
        lines: list[_Line] = []
        for raw in document.text[start:end].split("\n"):
            text = raw.strip()
            if not text:
                continue
            if number == 5:
                found = _MEASURE_LINE.match(text)
                if found:
                    measure = found.group("id")
                    title_text = found.group("title").strip().rstrip(".").strip()
                    if title_text:
                        sections.measure_titles.setdefault(measure, title_text)
                    continue
                if _ASSESSMENT_LINE.match(text):
                    measure = None
                    continue
            section = f"{heading} › Tiltak {measure}" if measure else heading
            lines.append(_Line(text, section, measure))
        sections.lines[number] = lines
    return sections


def _sentences(lines: list[_Line]) -> Iterator[tuple[_Line, str]]:
    for line in lines:
        for sentence in split_sentences(_BULLET.sub("", line.text)):
            yield line, sentence


class _Drafter:
    """Builds the draft of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sections = _split(document)

    def source(self, section: str, quote: str) -> Source:
        return Source(document_id=self.document.id, section=section, quote=quote.strip())

    def value(self, value: object, unit: str, section: str, quote: str, text: str = "", text_en: str = "") -> RuleValue:
        data: dict[str, object] = {"value": value, "unit": unit, "source": self.source(section, quote)}
        if text:
            data |= {"text": text, "text_en": text_en}
        return RuleValue.model_validate(data)

    # --- header --------------------------------------------------------------------------------------------------

    def scheme(self) -> Scheme:
        text = self.document.text
        chapter = _HEADER_CHAPTER.search(text)
        code = _HEADER_CODE.search(text)
        approved = _HEADER_APPROVED.search(text)
        replaces = _HEADER_REPLACES.search(text)
        title = _TITLE.search(text)
        name = (title.group("same") or title.group("next")).strip() if title else self.document.title
        kapittel_post = f"{chapter.group('chapter')}.{chapter.group('post')}" if chapter else None
        if self.document.schemes:
            scheme_id = self.document.schemes[0]
        elif chapter:
            scheme_id = f"{chapter.group('chapter')}-{chapter.group('post')}"
        else:
            scheme_id = self.document.id
        version = _dotted(approved.group("date")) if approved else self.document.version_date
        note, note_en = self._status_note(approved, replaces)
        aliases: list[str] = []
        if chapter:
            short = int(chapter.group("chapter"))
            aliases += [
                kapittel_post or "",
                f"{short}.{chapter.group('post')}",
                f"kap. {short} post {chapter.group('post')}",
            ]
        if code:
            aliases.append(f"tilskuddskode {code.group('code')}")
        return Scheme(
            id=scheme_id,
            name=name,
            aliases=aliases,
            kapittel_post=[kapittel_post] if kapittel_post else [],
            tilskuddskode=code.group("code") if code else None,
            documents=[self.document.id],
            version_date=version,
            valid_from=version,
            status="current",
            status_note=note,
            status_note_en=note_en,
            reviewed=False,
        )

    def _status_note(self, approved: re.Match[str] | None, replaces: re.Match[str] | None) -> tuple[str, str]:
        if approved is None:
            return (
                f"Utkast lest automatisk fra {self.document.short_title}.",
                f"Draft read automatically from {self.document.short_title}.",
            )
        nb = f"Regelverk godkjent {approved.group('date')}"
        en = f"Regulations approved on {approved.group('date')}"
        if replaces:
            nb += f"; erstatter versjonen av {replaces.group('date')}"
            en += f"; replaces the version of {replaces.group('date')}"
        return nb + ".", en + "."

    # --- measures --------------------------------------------------------------------------------------------------

    def measures(self) -> dict[str, Measure]:
        ids = list(dict.fromkeys(line.measure for line in self.sections.of(5, any_measure=True) if line.measure))
        measures: dict[str, Measure] = {}
        for measure_id in ids:
            measure = self.measure(measure_id, self.sections.of(5, measure_id))
            if measure is not None:
                measures[measure_id] = measure
        if not measures:
            # A scheme without lettered measures: its amounts, if any, stand directly in section 5.
            single = self.measure("tilskudd", self.sections.of(5), single=True)
            if single is not None:
                measures[single.id] = single
        return measures

    def measure(self, measure_id: str, lines: list[_Line], single: bool = False) -> Measure | None:
        title = self.sections.measure_titles.get(measure_id, "")
        label = "Tilskuddet" if single else f"Tiltak {measure_id}"
        measure = Measure(
            id=measure_id,
            name=f"{label}: {title}" if title else label,
            label=label,
            label_en="The grant" if single else label,
            aliases=[] if single else [label],
            kind="per_position",
        )
        self._duration(measure, lines)
        self._rates(measure, lines)
        for line, sentence in _sentences(lines):
            self._limits(measure, line, sentence)
        if measure.rates:
            return measure
        lump = self._lump_sum(lines)
        if lump is not None:
            measure.kind, measure.lump_sum = "lump_sum", lump
            return measure
        if single:
            return None
        intro = f"Tiltak {measure_id}: {title}" if title else None
        if intro is None or intro not in self.document.text:
            return None
        measure.kind = "no_fixed_amount"
        measure.no_fixed_amount = self.value(
            "ingen fast sats",
            "text",
            f"{self.sections.heading(5)} › Tiltak {measure_id}",
            intro,
            "Regelverket oppgir ikke et fast beløp for tiltaket.",
            "The regulations state no fixed amount for this measure.",
        )
        return measure

    def _duration(self, measure: Measure, lines: list[_Line]) -> None:
        for line, sentence in _sentences(lines):
            found = _DURATION.search(sentence)
            if found is None:
                continue
            years = _count(found.group("count"))
            quote = sentence[: found.end()]
            word = found.group("count")
            measure.duration = self.value(
                years, "years", line.section, quote, f"Inntil {word} år.", f"Up to {_english_count(years)} years."
            )
            if _ONE_YEAR.search(quote):
                measure.one_year_at_a_time = self.value(True, "bool", line.section, quote)
            return

    def _rates(self, measure: Measure, lines: list[_Line]) -> None:
        last_year = measure.duration.number() if measure.duration else None
        for line in lines:
            item = _BULLET.sub("", line.text)
            found = _YEAR_ITEM.match(item)
            amount = parse_amount(item) if found else None
            if found is None or amount is None:
                continue
            first = int(found.group("y") or found.group("from"))
            last = int(found.group("to") or first)
            measure.rates.append(
                Rate.model_validate(
                    {"year_from": first, "year_to": last, "value": amount[0], "unit": "NOK",
                     "source": self.source(line.section, item)}
                )
            )  # fmt: skip
        if measure.rates:
            return
        for line, sentence in _sentences(lines):
            amount = parse_amount(sentence)
            if amount is None or not _PER_POSITION.search(sentence) or _TRAINING.search(sentence):
                continue
            measure.rates.append(
                Rate.model_validate(
                    {"year_from": 1, "year_to": last_year or 1, "value": amount[0], "unit": "NOK",
                     "source": self.source(line.section, sentence)}
                )
            )  # fmt: skip
            return

    def _limits(self, measure: Measure, line: _Line, sentence: str) -> None:
        """Position limit, caps, training money and step-down stated in one sentence of the measure."""
        limit = _POSITION_LIMIT.search(sentence)
        if limit and measure.position_limit is None:
            count = _count(limit.group("count"))
            plural = count != 1
            measure.position_limit = PositionLimit(
                value=count,
                unit="positions",
                basis="count",
                on_exceed="error",
                name=f"Inntil {_norwegian_count(count)} 100 %-stilling{'er' if plural else ''}",
                name_en=f"Up to {_english_count(count)} 100 % position{'s' if plural else ''}",
                source=self.source(line.section, sentence),
            )
        amount = parse_amount(sentence)
        if amount is not None and _TRAINING.search(sentence) and measure.training is None:
            value = amount[0]
            measure.training = self.value(
                value,
                "NOK",
                line.section,
                sentence,
                f"Inntil {_nok(value)} kr til relevante opplærings- og kompetansetiltak.",
                f"Up to NOK {_nok(value)} for relevant training and competence measures.",
            )
        elif amount is not None and _CAP_WORDS.search(sentence) and not _PER_POSITION.search(sentence):
            unit = _CAP_UNIT.search(sentence)
            per = ((unit.group("unit") or unit.group("unit2")) if unit else "prosjekt").lower()
            kind = "per_team" if per == "team" else "per_project"
            per_en = {"team": "team", "søker": "applicant", "tiltak": "measure"}.get(per, "project")
            measure.caps.append(
                Cap(
                    kind=kind,
                    value=amount[0],
                    unit="NOK",
                    name=f"Maksimalt {amount[1]} per {per}",
                    name_en=f"At most NOK {_nok(amount[0])} per {per_en}",
                    source=self.source(line.section, sentence),
                )
            )
        reservation = _RESERVATION.search(sentence)
        if reservation is not None and "budget_reservation" not in measure.facts:
            measure.facts["budget_reservation"] = self.value(
                True,
                "bool",
                line.section,
                reservation.group().strip(),
                "Tilskuddet for hvert år gis med forbehold om Stortingets behandling av de årlige statsbudsjettene.",
                "Each year's grant is subject to parliament's (Stortinget's) handling of the annual state budgets.",
            )
        if _STEP_DOWN.search(sentence) and "step_down" not in measure.facts:
            measure.facts["step_down"] = self.value(
                True,
                "bool",
                line.section,
                sentence,
                "Tilskuddet trappes ned hvert år.",
                "The grant steps down every year.",
            )

    def _lump_sum(self, lines: list[_Line]) -> RuleValue | None:
        for line, sentence in _sentences(lines):
            amount = parse_amount(sentence)
            if amount is None or _TRAINING.search(sentence) or not _LUMP.search(sentence):
                continue
            value = amount[0]
            return self.value(
                value, "NOK", line.section, sentence, f"Inntil {_nok(value)} kr.", f"Up to NOK {_nok(value)}."
            )
        return None

    # --- sections 4–7 ---------------------------------------------------------------------------------------------

    def labelled(self, number: int, label: str) -> tuple[_Line, str] | None:
        """The value of a 'Label: value' line in a section ('Avgjørelser/vedtak fattes av: Helsedirektoratet')."""
        for line in self.sections.of(number, any_measure=True):
            found = _LABELLED.match(line.text)
            if found and found.group("label").strip().lower().startswith(label.lower()):
                return line, found.group("value").strip()
        return None

    def sentence_with(self, number: int, pattern: str) -> tuple[_Line, str] | None:
        regex = re.compile(pattern, re.I)
        for line, sentence in _sentences(self.sections.of(number, any_measure=True)):
            if regex.search(sentence):
                return line, sentence
        return None

    def deadlines(self) -> list[Deadline]:
        deadlines: list[Deadline] = []
        application = self.labelled(6, "Søknadsfrist")
        if application is not None:
            line, value = application
            found = _DEADLINE_DATE.search(value)
            due = _dotted(found.group(0)) if found and found.group("y") else None
            if due is not None:
                written = found.group(0) if found else ""
                deadlines.append(
                    Deadline(
                        kind="application",
                        text=f"Søknadsfrist {written}.",
                        text_en=f"Application deadline {due:%d.%m.%Y}.",
                        due=due,
                        source=self.source(line.section, line.text),
                    )
                )
            else:
                deadlines.append(
                    Deadline(
                        kind="application",
                        text="Søknadsfristen fremgår av utlysningen.",
                        text_en="The application deadline is given in the call for applications.",
                        source=self.source(line.section, value),
                    )
                )
        reporting = self.sentence_with(7, r"rapporteringsfrist|rapport(?:en)? skal sendes")
        if reporting is not None:
            line, sentence = reporting
            found = _DEADLINE_DATE.search(sentence)
            if found is not None:
                day, month = int(found.group("d")), int(found.group("m"))
                yearly = not found.group("y")
                deadlines.append(
                    Deadline(
                        kind="reporting",
                        text=f"Rapporteringsfrist {found.group(0)}" + (" året etter tildeling." if yearly else "."),
                        text_en=f"Reporting deadline {found.group(0)}"
                        + (" of the year after the grant." if yearly else "."),
                        recurring=f"{month:02d}-{day:02d}" if yearly else None,
                        due=_dotted(found.group(0)) if not yearly else None,
                        source=self.source(line.section, sentence),
                    )
                )
        return deadlines

    def facts(self, scheme: Scheme) -> dict[str, RuleValue]:
        facts: dict[str, RuleValue] = {}
        decision = self.labelled(6, "Avgjørelser/vedtak fattes av") or self.labelled(6, "Vedtak fattes av")
        if decision:
            line, who = decision
            facts["decision_authority"] = self.value(
                who,
                "text",
                line.section,
                line.text,
                f"Avgjørelser/vedtak fattes av {who}.",
                f"Decisions are made by {who}.",
            )
        appeal = self._appeal()
        if appeal is not None:
            facts["appeal"] = appeal
        for item in scheme.reporting_requirements:
            if item.label.lower().startswith("revisorattestasjon"):
                facts["auditor_attestation"] = RuleValue(
                    value=item.checked,
                    unit="bool",
                    text="Revisorattestasjon kreves." if item.checked else "Revisorattestasjon kreves ikke.",
                    text_en="An auditor's attestation is required."
                    if item.checked
                    else "An auditor's attestation is not required.",
                    source=item.source,
                )
        form = self.sentence_with(4, r"skal sendes \S+ på fastsatt skjema")
        if form:
            line, sentence = form
            recipient = re.search(r"skal sendes (\S+) på", sentence)
            assert recipient is not None
            facts["application_form"] = self.value(
                recipient.group(1),
                "text",
                line.section,
                sentence,
                sentence,
                f"Applications go to {recipient.group(1)} on the prescribed form.",
            )
        announced = self.sentence_with(6, r"^Utlyses (?:på|i) ")
        if announced:
            line, sentence = announced
            where = sentence.split(" ", 2)[2].rstrip(".")
            facts["announcement"] = self.value(
                where,
                "text",
                line.section,
                sentence,
                f"Ordningen lyses ut på {where}.",
                f"The scheme is announced on {where}.",
            )
        outcome = self.labelled(6, "Hvordan skal søker opplyses om utfallet")
        if outcome:
            line, how = outcome
            facts["outcome_notice"] = self.value(
                how,
                "text",
                line.section,
                line.text,
                f"Søkeren får vite utfallet i et {how.lower()}.",
                f"The applicant is told the outcome in writing ({how.lower()}).",
            )
        signature = self.sentence_with(4, r"^Søknaden undertegnes av ")
        if signature:
            line, sentence = signature
            quote = sentence.split(" (")[0].rstrip(".")
            who = quote.split(" ")[3]
            facts["signature"] = self.value(
                who,
                "text",
                line.section,
                quote,
                f"Søknaden undertegnes av {who} eller den som har signeringsfullmakt.",
                f"The application is signed by the {who} or someone with signing authority.",
            )
        priority = self.sentence_with(5, r"tidligere kan prioriteres")
        if priority:
            line, sentence = priority
            facts["prior_recipients_priority"] = self.value(
                True,
                "bool",
                line.section,
                sentence,
                "Tidligere tilskuddsmottakere kan prioriteres.",
                "Earlier grant recipients may be given priority.",
            )
        # What happens to money paid out in excess (section 6) or misused (section 9).
        consequences = (
            ("overpayment", 6, r"for mye utbetalt", "For mye utbetalt tilskudd skal returneres.",
             "Grant paid out in excess must be returned."),
            ("repayment", 9, r"kreve tilskuddet tilbakebetalt", "Tilskuddet kan kreves tilbakebetalt ved mislighold.",
             "The grant may be demanded back if misuse is documented."),
            ("misuse_consequences", 9, r"rettslige konsekvenser", "Mislighold kan få rettslige konsekvenser.",
             "Misuse may have legal consequences."),
        )  # fmt: skip
        for key, number, pattern, text, text_en in consequences:
            said = self.sentence_with(number, pattern)
            if said:
                line, sentence = said
                facts[key] = self.value(True, "bool", line.section, sentence, text, text_en)
        return facts

    def _appeal(self) -> RuleValue | None:
        lines = [line for line in self.sections.of(6, any_measure=True)]
        for index, line in enumerate(lines):
            if not line.text.lower().startswith("klage på vedtaket"):
                continue
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is None:
                return None
            section = f"{self.sections.heading(6)} › Klage på vedtaket"
            text = following.text
            if re.search(r"ikke klagerett|ikke et enkeltvedtak|kan ikke påklages", text, re.I):
                return self.value(
                    False,
                    "bool",
                    section,
                    text,
                    "Det er ikke klagerett på vedtaket.",
                    "There is no right of appeal against the decision.",
                )
            for sentence in split_sentences(text):
                if re.search(r"påklages|klagerett|klage", sentence, re.I):
                    return self.value(
                        True, "bool", section, sentence, "Vedtaket kan påklages.", "The decision can be appealed."
                    )
        return None


def draft_scheme(document: Document) -> Scheme:
    """The draft rule table of a regelverk in the template (RulesError if the document is not one)."""
    extraction = extract_template(document)
    drafter = _Drafter(document)
    if not extraction.is_template or 5 not in drafter.sections.titles:
        raise RulesError(
            f"{document.path} er ikke et regelverk i Helsedirektoratets mal (fant ikke avsnittene «3. Hvem kan "
            "søke» med avkrysningsbokser og «5. Tildelingskriterier»).",
            f"{document.path} is not a regelverk in Helsedirektoratet's template (no section '3. Hvem kan søke' "
            "with checkboxes and '5. Tildelingskriterier').",
        )
    scheme = drafter.scheme()
    scheme.eligibility = [eligibility_from_template(extraction)]
    scheme.application_requirements = checklist(extraction, 4)
    scheme.award_criteria = checklist(extraction, 5)
    scheme.reporting_requirements = checklist(extraction, 7)
    scheme.measures = drafter.measures()
    scheme.deadlines = drafter.deadlines()
    scheme.facts = drafter.facts(scheme)
    return scheme
