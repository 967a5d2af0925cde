"""A SchemeSpec written out as a regelverk in Helsedirektoratet's template, plus the rule table of what it states.

The rule table (the generator's truth) cites, for every value, the exact sentence or line the document states it
in, in the same format as the hand-written tables in corpus/rules/; `regelverk rules check` can check it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from assistant.rules.model import (
    Cap,
    ChecklistItem,
    Deadline,
    EligibilityEntry,
    EligibilityVersion,
    Measure,
    PositionLimit,
    Rate,
    RuleValue,
    Scheme,
)
from assistant.types import Source
from eval.synthetic.spec import MeasureSpec, SchemeSpec
from eval.synthetic.vocabulary import (
    APPLICANT_BOXES,
    APPLICATION_BOXES,
    AWARD_BOXES,
    BACKGROUND,
    ENGLISH_NUMBERS,
    GOAL_VERBS,
    INDICATORS,
    NUMBER_WORDS,
    POSITION_WORDS,
    REPORT_QUESTIONS,
    SUBGOALS,
)

SECTION_1 = "1. Mål og målgruppe for ordningen"
SECTION_2 = "2. Kriterier for måloppnåelse for ordningen som helhet"
SECTION_3 = "3. Hvem kan søke"
SECTION_4 = "4. Krav til søknaden"
SECTION_5 = "5. Tildelingskriterier"
SECTION_6 = "6. Saksbehandling"
SECTION_7 = "7. Krav til rapporteringen fra tilskuddsmottaker"
SECTION_8 = "8. Oppfølging, kontroll og evaluering"
SECTION_9 = "9. Bortfall av tilskudd og andre reaksjonsformer"
ANNOUNCEMENT_URL = "www.helsedirektoratet.no/tilskudd"
_NOT_RELEVANT = "Ikke relevant for denne tilskuddsordningen"


def nok(amount: int) -> str:
    """750000 → '750 000'."""
    return f"{amount:,}".replace(",", " ")


def written_amount(spec: SchemeSpec, amount: int) -> str:
    """An amount as this document writes it."""
    if spec.amount_style == "suffix":
        return f"{nok(amount)} kroner"
    return f"{spec.amount_style} {nok(amount)}"


def written_years(spec: SchemeSpec, years: int) -> str:
    """'fire år' or '4 år'."""
    return f"{years if spec.digits_for_years else NUMBER_WORDS[years]} år"


def dotted_date(day: int, month: int, year: int | None = None) -> str:
    """'01.04' or '01.04.2026'."""
    return f"{day:02d}.{month:02d}" + (f".{year}" if year is not None else "")


def _wrap(paragraph: str, width: int) -> str:
    """Wrap like text extracted from a PDF, breaking only before a lower-case word (so lines re-join reliably)."""
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        if current and len(current) + 1 + len(word) > width and word[:1].islower() and not current.endswith("-"):
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return " \n".join(lines)


@dataclass
class _Document:
    """Blocks of text (paragraphs, list items, headings) and the section each value is stated in."""

    spec: SchemeSpec
    blocks: list[str] = field(default_factory=list)

    def para(self, text: str) -> str:
        self.blocks.append(_wrap(text, self.spec.wrap))
        return text

    def line(self, text: str) -> str:
        self.blocks.append(text)
        return text

    def items(self, marker: str, items: list[str]) -> None:
        for item in items:
            self.blocks.append(f"{marker} {item}")

    def source(self, section: str, quote: str) -> Source:
        return Source(document_id=self.spec.document_id, section=section, quote=quote)

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"


def _background(doc: _Document, part: int) -> None:
    """The spec's extra paragraphs for one place in the document."""
    sentences: list[str] = []
    for index in doc.spec.background[part]:
        if index >= 0:
            sentences.append(BACKGROUND[index].format(group=doc.spec.target_group))
        else:
            doc.para(" ".join(sentences))
            sentences = []


def _header(doc: _Document) -> None:
    spec = doc.spec
    doc.line(f"Kapittel {spec.chapter} post {spec.post}")
    doc.line(f"Tilskuddskode {spec.code}")
    doc.line(f"Erstatter tidligere versjon av {spec.replaces:%d.%m.%y}")
    doc.line(f"Godkjent av HOD {spec.version_date:%d.%m.%Y}")
    doc.line("Regelverk for tilskuddsordning:")
    doc.line(spec.name)


def _goals(doc: _Document) -> None:
    spec = doc.spec
    doc.line(SECTION_1)
    doc.para(
        f"Målet er å {GOAL_VERBS[spec.goal_verb]} {spec.target_group}, slik at flere får et helhetlig og "
        "tilgjengelig tilbud som bidrar til mestring, deltakelse og god livskvalitet."
    )
    doc.line("Delmål:")
    doc.items("•", [SUBGOALS[i] for i in spec.subgoals])
    doc.para(
        f"Målgruppen for ordningen er {spec.target_group}, og deres pårørende der det er relevant. Tiltakene skal "
        "nå dem som har størst behov og som i dag ikke får et godt nok tilbud."
    )
    _background(doc, 0)
    doc.line(SECTION_2)
    doc.para(
        "Med utgangspunkt i overordnet mål for tilskuddsordningen skal Helsedirektoratet rapportere tilbake til "
        "Helse- og omsorgsdepartementet (HOD), som igjen skal rapportere til Stortinget om resultater og effekt "
        "som er oppnådd."
    )
    doc.para("Resultater og effekt vurderes etter følgende kriterier, disse fungerer som indikatorer for ordningens "
             "samlede måloppnåelse:")  # fmt: skip
    doc.items("•", [INDICATORS[i] for i in spec.indicators])
    _background(doc, 1)


def _eligibility(doc: _Document, scheme: Scheme) -> None:
    doc.line(SECTION_3)
    applicants = {}
    for kind, label in APPLICANT_BOXES:
        checked = doc.spec.applicants[kind]
        line = doc.line(f"{'☒' if checked else '☐'} {label}")
        applicants[kind] = EligibilityEntry(verdict="yes" if checked else "no", source=doc.source(SECTION_3, line))
    doc.line("Tillegg, vilkår og presiseringer:")
    scheme.eligibility = [
        EligibilityVersion(
            document_id=doc.spec.document_id,
            applicants=applicants,
            unlisted=EligibilityEntry(
                verdict="unknown", note="Avsnittet «Hvem kan søke» har ingen avkrysningsboks for denne søkertypen."
            ),
        )
    ]


def _fact(value: object, unit: str, source: Source) -> RuleValue:
    return RuleValue.model_validate({"value": value, "unit": unit, "source": source})


def _application(doc: _Document, scheme: Scheme) -> None:
    spec = doc.spec
    doc.line(SECTION_4)
    for label, checked in zip(APPLICATION_BOXES, spec.application_boxes, strict=True):
        line = doc.line(f"{'☒' if checked else '☐'} {label}")
        scheme.application_requirements.append(
            ChecklistItem(label=label, checked=checked, source=doc.source(SECTION_4, line))
        )
    signature = "Søknaden undertegnes av kommunedirektør eller den som har signeringsfullmakt"
    doc.para(
        f"{signature} (gjelder kommuner og fylkeskommuner). For andre søkere skal søknaden undertegnes av "
        "styreleder eller den som har signeringsfullmakt."
    )
    scheme.facts["signature"] = _fact("kommunedirektør", "text", doc.source(SECTION_4, signature))
    doc.line("Tillegg og presiseringer:")
    form = doc.para(f"Søknad om tilskudd skal sendes {spec.administrator} på fastsatt skjema.")
    scheme.facts["application_form"] = _fact(spec.administrator, "text", doc.source(SECTION_4, form))
    doc.para(
        "Søknaden skal inneholde en beskrivelse av planlagt tiltak og aktiviteter og hvordan dette vil bidra til "
        "måloppnåelse for tilskuddsordningen."
    )
    if len(spec.measures) > 1:
        letters = " eller ".join(m.letter for m in spec.measures)
        doc.para(f"Søknaden må beskrive hvilke av tiltakene ({letters}) det søkes tilskuddsmidler til.")
    _background(doc, 2)


def _measure_intro(doc: _Document, measure: MeasureSpec, rng: random.Random) -> None:
    doc.line(f"Tiltak {measure.letter}: {measure.title}.")
    sentences = [
        "Tilskuddet skal bidra til å etablere og videreutvikle tilbud av god kvalitet for målgruppen.",
        "Tiltaket skal være forankret i ledelsen hos søker og i relevante planer.",
        "Det forutsettes at tiltaket utvikles i samarbeid med brukere og pårørende.",
        "Tilskuddet skal ikke dekke investeringer eller ordinær drift som søker allerede har ansvar for.",
        "Søker må vise hvordan tiltaket skal videreføres etter at tilskuddsperioden er over.",
    ]
    doc.para(" ".join(rng.sample(sentences, rng.randint(1, 4))))


def _amount_rules(doc: _Document, measure: MeasureSpec, model: Measure) -> None:
    spec = doc.spec
    section = f"{SECTION_5} › Tiltak {measure.letter}"
    doc.line(f"Tiltak {measure.letter}:")
    if measure.one_year_at_a_time:
        duration = (
            f"Tilskudd innvilges for ett år av gangen, med mulighet for å søke om midler i totalt "
            f"{written_years(spec, measure.years)}"
        )
        reservation = "med forbehold om Stortingets behandling av de årlige statsbudsjettene"
        doc.para(f"{duration} - {reservation}. Det må sendes inn søknad for hvert år.")
        model.one_year_at_a_time = _fact(True, "bool", doc.source(section, duration))
        model.facts["budget_reservation"] = _fact(True, "bool", doc.source(section, reservation))
    else:
        duration = doc.para(f"Det gis tilskudd i inntil {written_years(spec, measure.years)}.")
    model.duration = _fact(measure.years, "years", doc.source(section, duration))
    if measure.step_down:
        step_down = doc.para(
            "Tilskuddsbeløpet vil ved flerårig tildeling trappes ned hvert år, noe som fører til krav om økt "
            "egenfinansiering."
        )
        model.facts["step_down"] = _fact(True, "bool", doc.source(section, step_down))
    if measure.kind == "lump_sum":
        assert measure.lump_sum is not None
        lump = doc.para(f"Det kan gis inntil {written_amount(spec, measure.lump_sum)} i tilskudd per prosjekt per år.")
        model.lump_sum = _fact(measure.lump_sum, "NOK", doc.source(section, lump))
        return
    if measure.rate_style == "flat":
        rate = doc.para(
            f"Tilskuddet skal delfinansiere lønnskostnader. Maksimalt tilskuddsbeløp for en 100 % stilling er "
            f"{written_amount(spec, measure.rates[0])} pr år."
        )
        quote = rate.split(". ", 1)[1]
        model.rates = [
            Rate.model_validate(
                {"year_from": 1, "year_to": measure.years, "value": measure.rates[0], "unit": "NOK",
                 "source": doc.source(section, quote)}
            )
        ]  # fmt: skip
    else:
        doc.para("Maksimalt tilskuddsbeløp for en 100 % stilling er:")
        for year, amount in enumerate(measure.rates, start=1):
            if measure.rate_style == "driftsar":
                item = f"{year}. prosjekt-/driftsår: {written_amount(spec, amount)}"
            else:
                item = f"År {year}: {written_amount(spec, amount)} pr stilling"
            doc.line(f"− {item}")
            model.rates.append(
                Rate.model_validate(
                    {"year_from": year, "year_to": year, "value": amount, "unit": "NOK",
                     "source": doc.source(section, item)}
                )
            )  # fmt: skip
    if measure.position_limit is not None:
        count = measure.position_limit
        noun = "100 %-stilling" if count == 1 else "100 %-stillinger"
        limit = doc.para(f"Det er mulig å søke om midler til {POSITION_WORDS[count]} {noun}.")
        model.position_limit = PositionLimit(
            value=count,
            unit="positions",
            basis="count",
            on_exceed="error",
            name=f"Inntil {POSITION_WORDS[count]} {noun}",
            name_en=f"Up to {ENGLISH_NUMBERS[count]} 100 % position{'s' if count > 1 else ''}",
            source=doc.source(section, limit),
        )
    if measure.cap is not None:
        if measure.cap_in_millions:
            cap = doc.para(
                f"Tilskuddet er begrenset til maksimalt {measure.cap // 1_000_000} mill. kroner per prosjekt per år."
            )
        else:
            cap = doc.para(
                f"Samlet tilskudd kan ikke overstige {written_amount(spec, measure.cap)} per prosjekt per år."
            )
        model.caps = [
            Cap(
                kind="per_project",
                value=measure.cap,
                unit="NOK",
                name=f"Maksimalt {nok(measure.cap)} kr per prosjekt",
                name_en=f"At most NOK {nok(measure.cap)} per project",
                source=doc.source(section, cap),
            )
        ]
    if measure.training is not None:
        training = doc.para(
            f"Det kan også innvilges inntil {written_amount(spec, measure.training)} til relevante opplærings- og "
            "kompetansetiltak."
        )
        model.training = _fact(measure.training, "NOK", doc.source(section, training))


def _award(doc: _Document, scheme: Scheme, rng: random.Random) -> None:
    spec = doc.spec
    doc.line(SECTION_5)
    for index, label in enumerate(AWARD_BOXES):
        checked = index == spec.award_box
        line = doc.line(f"{'☒' if checked else '☐'} {label}")
        scheme.award_criteria.append(ChecklistItem(label=label, checked=checked, source=doc.source(SECTION_5, line)))
    doc.line("Det kan innvilges tilskudd til:")
    doc.para(f"For å nå målet for ordningen gis det tilskudd til {NUMBER_WORDS[len(spec.measures)]} tiltak.")
    for measure in spec.measures:
        _measure_intro(doc, measure, rng)
    _background(doc, 3)
    doc.line("Vurderingskriterier og utmåling av tilskuddets størrelse:")
    doc.para(
        "Tilskudd innvilges de søknader tilskuddsforvalter har størst forventninger til innenfor de budsjettrammer "
        "Stortinget har vedtatt. Størrelsen på tilskuddet for de enkelte prioriterte tiltak beregnes som angitt "
        "nedenfor."
    )
    if spec.prior_priority:
        priority = doc.para(
            "Tjenester som har mottatt tilskudd fra denne tilskuddsordningen tidligere kan prioriteres dersom "
            "tjenesten vurderes til høy måloppnåelse."
        )
        scheme.facts["prior_recipients_priority"] = _fact(True, "bool", doc.source(SECTION_5, priority))
    for measure in spec.measures:
        model = Measure(
            id=measure.letter,
            name=f"Tiltak {measure.letter}: {measure.title}",
            label=f"Tiltak {measure.letter}",
            label_en=f"Tiltak {measure.letter}",
            kind=measure.kind,
        )
        _amount_rules(doc, measure, model)
        scheme.measures[measure.letter] = model


def _processing(doc: _Document, scheme: Scheme) -> None:
    spec = doc.spec
    doc.line(SECTION_6)
    doc.line("Utlysning:")
    announcement = doc.line(f"Utlyses på {ANNOUNCEMENT_URL}")
    scheme.facts["announcement"] = _fact(ANNOUNCEMENT_URL, "text", doc.source(SECTION_6, announcement))
    doc.line("Søknadsbehandling:")
    if spec.application_deadline is None:
        quote = "Søknaden skal sendes innen fristen som fremgår på utlysningen"
        doc.line(f"Søknadsfrist: {quote}")
        scheme.deadlines.append(
            Deadline(
                kind="application", text="Søknadsfristen fremgår av utlysningen.", source=doc.source(SECTION_6, quote)
            )
        )
    else:
        due = spec.application_deadline
        quote = doc.line(f"Søknadsfrist: {dotted_date(due.day, due.month, due.year)}")
        scheme.deadlines.append(
            Deadline(
                kind="application",
                text=f"Søknadsfrist {dotted_date(due.day, due.month, due.year)}.",
                due=due,
                source=doc.source(SECTION_6, quote),
            )
        )
    doc.line(f"Innstilling fremmes av: {spec.administrator}")
    doc.line(f"Innstilling godkjennes av: {spec.administrator}")
    decision = doc.line(f"Avgjørelser/vedtak fattes av: {spec.administrator}")
    scheme.facts["decision_authority"] = _fact(spec.administrator, "text", doc.source(SECTION_6, decision))
    outcome = doc.line("Hvordan skal søker opplyses om utfallet av søknadsbehandlingen: Vedtaksbrev")
    scheme.facts["outcome_notice"] = _fact("Vedtaksbrev", "text", doc.source(SECTION_6, outcome))
    doc.line("Klage på vedtaket:")
    if spec.appeal:
        appeal = doc.para(
            f"Vedtak om tilskudd er et enkeltvedtak som kan påklages etter forvaltningsloven §28. Klagen sendes "
            f"{spec.administrator} innen tre uker fra vedtaket er mottatt."
        )
        quote = appeal.split(". ", 1)[0] + "."
    else:
        quote = doc.para(
            "Innvilgelse av / avslag på tilskudd fra ordningen er ikke et enkeltvedtak. I henhold til "
            "forvaltningsloven §28 er det ikke klagerett."
        )
    scheme.facts["appeal"] = _fact(spec.appeal, "bool", doc.source(f"{SECTION_6} › Klage på vedtaket", quote))
    doc.line("Presiseringer om utbetaling:")
    doc.para(
        f"Tilskuddsmottaker må varsle {spec.administrator} dersom adresse, bankkontonummer eller "
        "organisasjonsnummeret er endret."
    )


def _reporting(doc: _Document, scheme: Scheme, rng: random.Random) -> None:
    spec = doc.spec
    doc.line(SECTION_7)
    day, month = spec.reporting_day, spec.reporting_month
    deadline = f"Rapporteringsfrist er {dotted_date(day, month)} året etter tilskuddsmidlene ble tildelt."
    doc.para(f"{deadline} Det skal rapporteres for kalenderåret, dvs. per 31.12 året tilskuddet ble tildelt for.")
    scheme.deadlines.append(
        Deadline(
            kind="reporting",
            text=f"Rapporteringsfrist {dotted_date(day, month)} året etter tildeling.",
            recurring=f"{month:02d}-{day:02d}",
            source=doc.source(SECTION_7, deadline),
        )
    )
    goal = (
        "Måloppnåelse: Tilskuddsmottakers vurdering av gjennomført tiltak og hvordan eller i hvilken grad tiltaket "
        "har bidratt til å nå målene for tilskuddsordningen (se regelverkets punkt 1 og 2)."
    )
    accounts = (
        "Regnskap: Budsjett og regnskap fra tilskuddsmottaker som viser bruken av tilskuddsmidlene skal kunne "
        "sammenlignes."
    )
    auditor = "Revisorattestasjon: " + ("Regnskapet skal være attestert av revisor." if spec.auditor else _NOT_RELEVANT)
    boxes = [
        (goal, True),
        (accounts, True),
        (auditor, spec.auditor),
        (f"Avtalte kontrollhandlinger: {_NOT_RELEVANT}", False),
    ]
    for index, (label, checked) in enumerate(boxes):
        line = doc.line(f"{'☒' if checked else '☐'} {label}")
        scheme.reporting_requirements.append(
            ChecklistItem(label=label, checked=checked, source=doc.source(SECTION_7, line))
        )
        if label.startswith("Revisorattestasjon"):
            scheme.facts["auditor_attestation"] = _fact(checked, "bool", doc.source(SECTION_7, line))
        if index == 0:
            doc.line("Rapporteringen skal spesifikt belyse:")
            doc.items("•", [REPORT_QUESTIONS[i] for i in spec.report_questions])
            if rng.random() < 0.5:
                doc.para(
                    "Rapporteringen skal beskrive status og oppnådde resultater og effekt av tiltaket sammenlignet "
                    "med beskrivelsen i tilskuddsmottakerens søknad."
                )


def _closing(doc: _Document, rng: random.Random) -> None:
    administrator = doc.spec.administrator
    doc.line(SECTION_8)
    doc.line(f"{administrator} kan føre kontroll med:")
    doc.items(
        "−",
        [
            "at bevilgningen brukes etter kravene i regelverket og tilskuddsbrevet",
            "at opplysninger som legges til grunn for tildelingen og som inngår i den etterfølgende rapporteringen "
            "er korrekte, jf. bevilgningsreglementet §10, annet ledd.",
        ],
    )
    doc.para(
        "Tilskuddsmottakere skal legge frem opplysninger ved forespørsel og bidra på andre måter til å muliggjøre og "
        "lette kontrollarbeidet."
    )
    if rng.random() < 0.6:
        doc.para(
            "Helsedirektoratet skal sørge for at det gjennomføres evalueringer for å få informasjon om en "
            "tilskuddsordning er effektiv når det gjelder ressursbruk, organisering og fastsatte mål."
        )
    _background(doc, 4)
    doc.line(SECTION_9)
    doc.para(
        f"{administrator} har nulltoleranse for mislighold av tilskudd. Direktoratet kan stanse utbetaling av "
        "tilskudd ved mistanke om at en mottaker gir uriktige opplysninger eller at mottakeren ikke bruker tilskuddet "
        "i samsvar med de fastsatte betingelsene."
    )
    doc.para("Se også siste gyldige versjon av: Standardvilkår for tilskudd fra Helsedirektoratet.")


def render(spec: SchemeSpec) -> tuple[str, Scheme]:
    """The document text and the rule table of everything it states (each value with its verbatim quote)."""
    rng = random.Random(f"render:{spec.code}")
    doc = _Document(spec)
    scheme = Scheme(
        id=spec.scheme_id,
        name=spec.name,
        kapittel_post=[spec.kapittel_post],
        tilskuddskode=spec.code,
        documents=[spec.document_id],
        version_date=spec.version_date,
        valid_from=spec.version_date,
        status="current",
        status_note=f"Syntetisk regelverk godkjent {spec.version_date:%d.%m.%Y}.",
        status_note_en=f"Synthetic regulations approved on {spec.version_date:%d.%m.%Y}.",
    )
    _header(doc)
    _goals(doc)
    _eligibility(doc, scheme)
    _application(doc, scheme)
    _award(doc, scheme, rng)
    _processing(doc, scheme)
    _reporting(doc, scheme, rng)
    _closing(doc, rng)
    return doc.text(), scheme
