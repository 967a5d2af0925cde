"""A yes/no question answered from quoted sentences leads with the verdict the first sentence states, when it is
safe to read one: a statement that covers what is asked, read by its main clause."""

from __future__ import annotations

import pytest

from assistant.answers.passage_verdict import passage_verdict
from assistant.extractive import ExtractiveAnswerer
from assistant.services import Services
from assistant.types import Chunk

_TEXTS = [
    "Søknaden må beskrive behovet for tiltaket og vise til en gjennomføringsplan med milepæler.",
    "Merk: ingen av våre tilskuddsordninger har lenger krav om bekreftelsesbrev slik at kontonummer må oppgis.",
    "Direktoratet kan stanse utbetaling av tilskudd ved mistanke om at en mottaker ikke oppfyller vilkårene.",
    "Tilskuddsmottaker må varsle Helsedirektoratet dersom adresse eller bankkontonummer er endret.",
    "Tjenester som har mottatt tilskudd tidligere kan prioriteres dersom tjenesten vurderes til høy måloppnåelse.",
    "Udir Årlig bevilgning til statlig pedagogisk støttesystem - Statped",
    "☐ Kvantifiserbare tildelingskriterier",
    "Rapporteringen skal beskrive oppnådde resultater sammenlignet med søknaden.",
    "( samme som søknadsskjema). Utfylt skjema skal vedlegges rapporten (egenerklæring og ikke revisorattestert "
    "regnskap)",
    "Direktoratet kan stanse utbetaling ved mistanke om at mottakeren ikke bruker tilskuddet i samsvar med vilkårene.",
    "Det må være et samarbeid mellom NAV og helsetjenesten, men kun en part kan søke på vegne av fellesskapet.",
    "Fylkesmannen fordeler en årlig ramme til kommunene i fylket.",
    "Rammen er ikke behovsprøvd.",
    "I tillegg til budsjettet skal søknaden beskrive hvordan tiltaket skal evalueres.",
    "For nye søkere skal søknaden undertegnes av både NAV og helsetjenesten.",
    "Ordningen åpner for dekking av andre utgifter enn årsverk.",
    "Søknader som kommer inn etter fristen kan avvises.",
    "Merk at ny ordning kan gi midler til lønn og drift av konkrete tilbud.",
    "Kostnaden for opplæringsprogrammet er satt til 28 000 kr per deltaker (eks. reiseutgifter).",
    "Det gis tilskudd til lavterskeltilbud, f.eks. etter modell av Ung Arena.",
    "Tilskudd innvilges for ett år av gangen, med mulighet for å søke om midler i totalt fire år.",
    "For nyetablerte prosjekter prioriteres tilbud til deltakere under 35 år.",
    "Søkere skal benytte søknadsskjema som følger i denne kunngjøringen.",
    "Alle søknader skal sendes Statsforvalterens postmottak, elektronisk eller per brev.",
    "Rapporten sendes statsforvalteren innen fristen.",
]


@pytest.fixture(scope="module")
def extractive() -> ExtractiveAnswerer:
    chunks = [
        Chunk(id=f"c{i}", document_id="doc", title="Doc", section="", start=0, end=len(t), text=t, search_text=t)
        for i, t in enumerate(_TEXTS)
    ]
    return ExtractiveAnswerer(chunks)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # The sentence states the rule asked about.
        ("Må søknaden ha en gjennomføringsplan?", _TEXTS[0], "yes"),
        # A negation in the main clause denies it …
        ("Trenger vi bekreftelsesbrev når vi søker?", _TEXTS[1], "no"),
        # … one inside the condition ("ved mistanke om at … ikke oppfyller") does not.
        ("Kan direktoratet stanse utbetalingen av tilskuddet?", _TEXTS[2], "yes"),
        # A condition the question meets (a new account number) is no "it depends" …
        ("Kommunen har fått nytt bankkontonummer. Må vi varsle Helsedirektoratet?", _TEXTS[3], "yes"),
        # … one it does not mention is.
        ("Blir tjenester som har mottatt tilskudd før prioritert?", _TEXTS[4], "conditional"),
        # An unticked box is a no.
        ("Er det kvantifiserbare tildelingskriterier?", _TEXTS[6], "no"),
        # A negation right before what is asked, in whatever clause, denies it …
        ("Må regnskapet være revisorattestert?", _TEXTS[8], "no"),
        # … but not when what it denies is only the question's own condition.
        ("Kan direktoratet stanse utbetalingen mens de undersøker om vi har brukt tilskuddet feil?", _TEXTS[9], "yes"),
        # Only one may, asked whether each may: no.
        ("Kan NAV og helsetjenesten søke hver for seg på vegne av samarbeidet?", _TEXTS[10], "no"),
        # … also when it names the parties and the act in other words than the sentence ("DPS", "sende søknad").
        ("Kan både NAV-kontoret og DPS-et sende hver sin søknad for det samme prosjektet?", _TEXTS[10], "no"),
        # A statement setting the scene may deny or offer a choice; the question after it asks plainly.
        ("Adressen er ikke endret, eller ikke ennå. Men vi har nytt bankkonto. Må vi varsle?", _TEXTS[3], "yes"),
        # A short word that starts a corpus compound ("bankkonto" of "bankkontonummer") is the condition met.
        ("Vi har byttet bankkonto etter tildelingen. Må vi si fra?", _TEXTS[3], "yes"),
        # Asked whether one thing is enough, a sentence requiring more besides it: no.
        ("Er det nok å legge ved budsjettet i søknaden?", _TEXTS[13], "no"),
        ("Vi er nye søkere. Holder det at NAV undertegner søknaden?", _TEXTS[14], "no"),
        # Asked whether it is only one thing, a sentence opening for others: no.
        ("Dekker ordningen bare årsverk?", _TEXTS[15], "no"),
        # Not asked whether it is enough: the same sentence says yes.
        ("Må søknaden beskrive hvordan tiltaket skal evalueres?", _TEXTS[13], "yes"),
        # A long scene told before the question shares few words with the rule; the rule still settles it.
        (
            "Etter at Fylkesmannen fordelte rammen til kommunene i fylket, fikk vi nytt bankkontonummer. Må vi varsle?",
            _TEXTS[3],
            "yes",
        ),
        # What may happen, asked whether it happens anyway: it depends; asked whether it may: yes.
        ("Blir søknaden automatisk avvist hvis den kommer etter fristen?", _TEXTS[16], "conditional"),
        ("Kan søknader som kommer inn etter fristen avvises?", _TEXTS[16], "yes"),
        # "… og ikke bare lønn?" asks for more than one thing; it denies nothing.
        ("Kan den nye ordningen gi midler til drift og ikke bare lønn?", _TEXTS[17], "yes"),
        # "eks." leaves out what follows it; "f.eks." (for example) gives an instance.
        ("Er reiseutgifter inkludert i kostnaden for opplæringsprogrammet?", _TEXTS[18], "no"),
        ("Kan det gis tilskudd til et lavterskeltilbud som Ung Arena?", _TEXTS[19], "yes"),
        # Granted one year at a time, asked whether all years are granted at once: no.
        ("Blir tilskuddet innvilget for fire år på en gang?", _TEXTS[20], "no"),
        # Prioritised is not "only": asked whether it is only for them, no.
        ("Må prosjektene være bare for deltakere under 35 år?", _TEXTS[21], "no"),
        # A way the sentence requires, asked whether another may be used instead of it: no.
        ("Kan vi sende et brev i stedet for å bruke søknadsskjema?", _TEXTS[22], "no"),
        # A sentence that speaks of the other way too does not rule it out.
        ("Kan NAV-kontoret være søker i stedet for helsetjenesten?", _TEXTS[10], "yes"),
        # Asked plainly whether the form is to be used: yes.
        ("Må vi bruke søknadsskjema?", _TEXTS[22], "yes"),
        # "… or is it optional?", "… eller ikke?" offer no choice: the other way is the claim denied.
        ("Må søknaden ha en gjennomføringsplan, eller er det valgfritt?", _TEXTS[0], "yes"),
        ("Må søknaden ha en gjennomføringsplan eller ikke?", _TEXTS[0], "yes"),
    ],
)
def test_the_sentence_gives_the_verdict(
    extractive: ExtractiveAnswerer, question: str, sentence: str, verdict: str
) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=False) == (verdict, 0)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # A heading states nothing.
        ("Kan kommunen søke tilskudd fra Statped?", _TEXTS[5]),
        # A question that denies something has no safe yes or no.
        ("Trenger vi ikke å beskrive resultatene?", _TEXTS[7]),
        # A choice between two things is not answered by "yes".
        ("Må søknaden ha en gjennomføringsplan, eller holder et budsjett?", _TEXTS[0]),
        # A sentence about something else than what is asked.
        ("Må vi sende bekreftelsesbrev fra banken?", _TEXTS[0]),
    ],
)
def test_no_verdict_when_it_is_not_safe(extractive: ExtractiveAnswerer, question: str, sentence: str) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=False) is None


def test_a_short_statement_of_what_is_asked_outweighs_a_longer_one_about_the_thing_named(
    extractive: ExtractiveAnswerer,
) -> None:
    # Both sentences cover as much of the question; the four-word one says what is asked of the frame.
    assert passage_verdict(
        extractive, "Var rammen til fylket behovsprøvd?", [_TEXTS[11], _TEXTS[12]], "", english=False
    ) == ("no", 1)


def test_only_one_may_outranks_a_sentence_sharing_more_words(extractive: ExtractiveAnswerer) -> None:
    # Asked whether each may apply, the sentence saying only one may settles it, though the signing rule shares
    # more of the question's words.
    assert passage_verdict(
        extractive,
        "Kan nye søkere i NAV og helsetjenesten sende hver sin søknad?",
        [_TEXTS[14], _TEXTS[10]],
        "",
        english=False,
    ) == ("no", 1)


def test_of_several_units_the_one_whose_sentence_settles_the_question_gives_the_verdict(
    extractive: ExtractiveAnswerer,
) -> None:
    # A heading first, then the rule asked about: its verdict, and its index so that it can lead.
    assert passage_verdict(
        extractive, "Må søknaden ha en gjennomføringsplan?", [_TEXTS[5], _TEXTS[0]], "", english=False
    ) == ("yes", 1)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Måtte kommunen og helseforetaket sende felles søknad for et FACT-team i 2019?", "Ja – dette sier kildene"),
        ("Prioriteres unge deltakere i nye IPS-prosjekter?", "Ja – dette sier kildene"),
        # The municipality named as the recipient whose account changes, not as an applicant.
        (
            "Må vi si fra til Helsedirektoratet hvis kommunen bytter bankkonto mens vi har tilskudd fra 0765.73?",
            "Ja – dette sier kildene",
        ),
        ("Do we have to state expected results in the application?", "Yes – this is what the sources say"),
        # Application and report in separate forms: «… i samme digitale skjema».
        (
            "For the 2023 transitional substance-abuse scheme, are the application and the report submitted in "
            "separate forms?",
            "No – this is what the sources say",
        ),
        # A separate reporting form is no form each for application and report: «Eget rapporteringsskjema …».
        ("Is there a separate reporting form for the 765.60 adults scheme (2023)?", "Yes – this is what the sources"),
        # "Viser …?" opens a yes/no question; «Se også … Standardvilkår …» refers to them.
        ("Viser regelverket til noen standardvilkår?", "Ja – dette sier kildene"),
        ("Gjelder det noen standardvilkår i tillegg til regelverket for 0765.73?", "Ja – dette sier kildene"),
        # The sentence that speaks of what is asked (an extension) settles it, not one sharing more words.
        ("Kan vi få utsatt fristen for søknad og rapportering i overgangsordningen 2023?", "Nei – dette sier kildene"),
        # "Trenger vi …?" asks what "Må vi …?" does.
        ("Trenger vi bekreftelsesbrev for kontonummeret når vi søker tilskudd hos Statsforvalteren?", "Nei – dette"),
        # The sentence that settles it is not the best evidence quoted first: it leads, with its verdict.
        ("Vi sendte søknaden til voksenordningen 5. mars 2019. Kunne den bli avvist?", "Ja – dette sier kildene"),
        ("Are younger participants prioritised in newly established IPS/JMO projects?", "Yes – this is what"),
        # A statement that settles it with a no, in the passage the best sentences come from, leads: nobody applies
        # for an appropriation that is "ikke søknadsbasert"; what "anbefales ikke" was not recommended.
        ("Can a municipality apply for a grant from Statped's appropriation?", "No – this is what the sources say"),
        ("Kan kommunen søke om tilskudd fra Statped-bevilgningen?", "Nei – dette sier kildene"),
        ("Did the working group recommend including Bufdir's parental support grant?", "No – this is what"),
        ("Anbefalte arbeidsgruppen å ta med tilskuddet til foreldrestøttende tiltak?", "Nei – dette sier kildene"),
        # Two sentences of one unit together settle what neither does alone.
        (
            "Do we have to state expected results in the application, and will we be held to them later?",
            "Yes – this is what the sources say",
        ),
        # A Norwegian present-tense verb, then its subject, asks for a yes or a no.
        ("Sammenligner Helsedirektoratet rapporten med søknaden vår?", "Ja – dette sier kildene"),
        # The yes/no clause after the scene a "what if" sets.
        (
            "What if our results turned out worse than we promised in the application — do we have to explain that "
            "in the report?",
            "Yes – this is what the sources say",
        ),
        # A statement asked with a tag: the sentences confirm or deny its claim.
        (
            "Vi rekker ikke fristen 1. februar for overgangsordningen. Vi kan vel få noen ukers utsettelse?",
            "Nei – dette sier kildene",
        ),
        # The "or" of what is stated ("whether A or B") offers no choice.
        (
            "Do we have to state in the application whether we're applying for Tiltak A or Tiltak B?",
            "Yes – this is what the sources say",
        ),
        # "… or is it optional?" asks whether it is required; "risk" and "optional" are words the glossary knows.
        (
            "is a risk assessment actually required in the application or is it optional?",
            "Yes – this is what the sources say",
        ),
        # Typed without æøå.
        ("trenger vi en gjennomforingsplan i soknaden?", "Ja – dette sier kildene"),
        ("Does the 0765.73 scheme target patients with mild anxiety who want to get back to work?", "No"),
        # Both as applicants on one application: «kun en part … kan søke».
        (
            "NAV and our municipal health service both want to sign as applicants on the same IPS/JMO application. "
            "Is that allowed?",
            "No – this is what the sources say",
        ),
        ("Kan både NAV og helsetjenesten stå som søkere på samme IPS-søknad?", "Nei – dette sier kildene"),
        # A measure named in a yes/no question: the sentences' verdict, not the measure's name.
        (
            "Is Tiltak B only for ACT and FACT teams? We're a regular municipal mental health and substance service "
            "without a team.",
            "No – this is what the sources say",
        ),
        (
            "Vi vil bruke en arbeidsspesialist for pasienter med lett depresjon som bare går hos fastlegen. Faller de "
            "inn under målgruppen for 0765.73?",
            "Nei. Målgruppen for",
        ),
        # A priority for some keeps no one else out.
        (
            "Most of our jobseekers are over 40. Are people over 35 excluded from IPS projects funded by the IPS/JMO "
            "grant?",
            "No – this is what the sources say",
        ),
        # No new measures through the transition scheme.
        (
            "We got money under the old municipal substance abuse scheme. Can we use the 2023 transition scheme to "
            "start a new low-threshold service?",
            "No – this is what the sources say",
        ),
        # A ☒ line requires what it names; "include" asked of a target group is no application's contents.
        ("Må søknaden om tiltak B ha med en risikovurdering?", "Ja – «☒ Søkerens vurdering av risiko"),
        # … but "når vi søkte" only sets the scene of whether it had to be attached: yes.
        ("Måtte vi legge ved samarbeidsavtale når vi søkte om FACT-team i voksne-ordningen i 2019?", "Ja"),
        # «… skal vedlegges søknaden, eventuelt ettersendes»: not necessarily in place when the application went in.
        (
            "For an ACT application under the 2019 adults scheme, did we need the cooperation agreement with the "
            "health trust in place when we submitted?",
            "It depends on conditions",
        ),
        ("FACT-team m kommune + HF (2019-regler): må vi ha samarbeidsavtalen klar før vi sender?", "Det avhenger"),
        ("Did the target group of the 2019 adults scheme include violence problems?", "Yes – this is what"),
        # An item of what the application must contain.
        ("Må IPS-søknaden ha med organisasjonsnummer og kontonummer?", "Ja – dette sier kildene"),
        # A negation (and an "or") inside a relative clause describes the team; it asks nothing in the negative.
        (
            "Back in 2019, could a DPS region of roughly 10,000 inhabitants get money from the adults scheme for an "
            "outreach team that wasn't a full ACT or FACT team?",
            "Yes – this is what the sources say",
        ),
    ],
)
def test_the_answer_leads_with_the_verdict(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert "«" in answer.text  # the sentence that gives the verdict is quoted


def test_a_sentence_that_asks_gives_no_verdict(extractive: ExtractiveAnswerer) -> None:
    # A report's question line («Hvor mange … ?») states nothing, whatever words it shares.
    found = passage_verdict(
        extractive,
        "Må vi oppgi hvor mange IPS-tilbud vi har veiledet?",
        ["• Hvor mange eksisterende IPS-tilbud er det gitt veiledning til?"],
        "",
        english=False,
    )
    assert found is None


def test_a_report_s_question_line_says_what_the_report_must_answer(corpus_services: Services) -> None:
    # Of a report, a question line is what it must answer: "do we have to say …?" – yes, this line.
    _, answer = corpus_services.pipeline.answer(
        "Må vi i rapporten for tiltak A svare på om vi har fått tilbakemelding på de nasjonale faglige rådene?", None
    )
    assert answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does the IPS/JMO page's 500 000 per position for a new IPS project still hold in 2026?",
        "Gjelder IPS/JMO-sidens sats per stilling fortsatt i dag?",
    ],
)
def test_rules_that_ended_are_no_yes_to_still_holding(corpus_services: Services, question: str) -> None:
    # The IPS/JMO page is an older version (before 2025): what it said follows the "No".
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(("No – these rules do not apply", "Nei – disse reglene gjelder ikke")), answer.text
    assert "500 000" in answer.text


def test_only_one_thing_or_more_is_answered_by_what_the_grant_may_be_used_for(corpus_services: Services) -> None:
    # "bare X, eller også Y?" is no choice between two answers: the rule listing what the grant may pay for says it is
    # more than salaries.
    _, answer = corpus_services.pipeline.answer(
        "Dekker voksne-ordningen (765.60) bare årsverk, eller også andre utgifter?", None
    )
    assert answer.text.startswith("Nei, ikke bare det – tilskuddet kan benyttes til drift"), answer.text
    # The 2023 slides' sentence on it follows.
    assert "andre utgifter enn årsverk" in answer.text, answer.text


def test_a_table_answer_is_led_by_the_cited_sentence_that_settles_the_question(corpus_services: Services) -> None:
    question = "Må økonomirapporten for 765.60-midlene (rapportering 2023) være revisorattestert?"
    _, answer = corpus_services.pipeline.answer(question, None)
    lead = answer.text.split("\n\n")[0]
    assert lead.startswith("Nei – "), answer.text
    assert "ikke revisorattestert" in lead


def test_a_sentence_about_another_body_settles_no_cleft_question(corpus_services: Services) -> None:
    # «Avgjørelser/vedtak fattes av: Helsedirektoratet» does not say "yes" to the county governor.
    _, answer = corpus_services.pipeline.answer(
        "Er det statsforvalteren som fatter vedtak om tilskudd i ordningen 0765.73?", None
    )
    assert not answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "new" (ny/nye/nytt) and "account number" (kontonummer/bankkontonummer) are one word asked each: the
        # sentence with one form of each covers them, not a third of them.
        ("Our bank gave us a new account number. Must we let Helsedirektoratet know?", _TEXTS[3], "yes"),
        # "Do we need to …" asks what must be done; no need (behov) is asked about.
        ("Do we need to inform Helsedirektoratet about a new account number?", _TEXTS[3], "yes"),
        # "health service" is helsetjenesten, not health plus some service; each applying on its own: only one may.
        ("Could NAV and the health service apply separately for the same partnership?", _TEXTS[10], "no"),
    ],
)
def test_an_english_question_is_read_word_for_word_not_translation_for_translation(
    extractive: ExtractiveAnswerer, question: str, sentence: str, verdict: str
) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=True) == (verdict, 0)


def test_a_late_application_may_be_turned_away(corpus_services: Services) -> None:
    # "rejected" is «avvises» as well as «avslag»; the sentence that says so gives the verdict.
    _, answer = corpus_services.pipeline.answer(
        "Our IPS application will reach them a week after the deadline. Could they reject it?", None
    )
    assert answer.text.startswith("Yes – "), answer.text
    assert "avvises" in answer.text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Kunne vi fått utsatt fristen for overgangsordningen i 2023?", "Nei – "),
        # The question opens after a dash that ends the scene set before it.
        (
            "Our municipality is running late – could we get an extension on the 1 February 2023 deadline for the "
            "transitional substance abuse scheme?",
            "No – ",
        ),
    ],
)
def test_no_extension_settles_a_question_about_one(corpus_services: Services, question: str, lead: str) -> None:
    # «NB. Det gis ikke utsettelse på denne fristen.» shares few words with the question, but settles it.
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert "utsettelse" in answer.text.split("\n\n")[1], answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "english"),
    [
        # No "ikke" in either sentence; what each says rules the question out.
        (
            "Does Helsedirektoratet tolerate minor misuse of grant money?",
            "Helsedirektoratet har nulltoleranse for mislighold av tilskudd.",
            True,
        ),
        # "noen toleranse for feilbruk" asks what "tolerate misuse" does.
        (
            "har helsedirektoratet noen toleranse for feilbruk av tilskuddsmidler?",
            "Helsedirektoratet har nulltoleranse for mislighold av tilskudd.",
            False,
        ),
        (
            "Can any service that offers IPS get Tiltak A funding?",
            "Tilskuddet er forbeholdt virksomheter som har et veletablert fagmiljø innen IPS, og som kan vise til gode "
            "resultater i sitt eget kliniske arbeid.",
            True,
        ),
        (
            "Kan hvem som helst med et IPS-tilbud få tiltak A?",
            "Tilskuddet er forbeholdt virksomheter som har et veletablert fagmiljø innen IPS.",
            False,
        ),
        # A grant that part-finances a cost pays none of it whole.
        (
            "Dekker tiltak B-tilskuddet hele lønnskostnaden til arbeidsspesialisten?",
            "Tilskuddet skal delfinansiere lønnskostnader til arbeids-/utdanningsspesialist ansatt i etablerte ACT-, "
            "FACT- og FACT ung- team.",
            False,
        ),
        (
            "Does the grant cover the whole salary of our job specialist?",
            "Tilskuddet skal delfinansiere lønnskostnader til arbeids-/utdanningsspesialist.",
            True,
        ),
        # What must be in the application cannot be left out of it.
        (
            "Kan vi sende en felles søknad på 0765.73 uten å si om det gjelder tiltak A eller B, så velger "
            "Helsedirektoratet?",
            "Søknaden må inneholde informasjon som viser at tiltaket oppfyller tildelingskriteriene i punkt 5, og "
            "beskrive hvilke av de to tiltakene (A eller B) det søkes tilskuddsmidler til.",
            False,
        ),
        (
            "In the 2015 overview, could a NAV office apply on its own for the JMO grant?",
            "Gjelder kun søkere fra helsetjenesten, men krever samarbeid med NAV.",
            True,
        ),
        # One form for both is no form each.
        (
            "Overgangsordningen 2023: skal søknad og rapport sendes i hvert sitt skjema?",
            "• Søknad og rapportering i samme digitale skjema, inkludert egenerklæring for økonomirapport.",
            False,
        ),
        # Done jointly, never alone or without the partner; reserved for the well-established, not the new.
        (
            "Kunne helseforetaket som hovedsøker skrive søknaden alene?",
            "Dersom helseforetaket står som hovedsøker skal søknaden utarbeides i fellesskap mellom deltakende "
            "kommuner og helseforetaket.",
            False,
        ),
        (
            "We want to run IPS on our own, without involving NAV. Can we get the grant?",
            "Det er en forutsetning for tildeling av midler at det er etablert et forpliktende samarbeid mellom NAV og "
            "helsetjenesten.",
            True,
        ),
        (
            "Vi har ikke så mye erfaring med IPS ennå. Kan vi få tiltak A?",
            "Tilskuddet er forbeholdt virksomheter som har et veletablert fagmiljø innen IPS.",
            False,
        ),
        # A target group of moderate to severe illness leaves out the mild cases asked about.
        (
            "Retter ordningen seg mot pasienter med lett angst?",
            "Målet er å inkludere arbeidsdeltakelse som et ledd i behandling av personer med moderate til alvorlige "
            "psykiske lidelser.",
            False,
        ),
    ],
)
def test_a_statement_that_rules_out_what_is_asked_settles_it_with_a_no(
    extractive: ExtractiveAnswerer, question: str, sentence: str, english: bool
) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=english) == ("no", 0)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "X også, eller bare Y?" asks whether X is covered too: no choice is offered.
        (
            "kan den nye ordningen dekke drift også, eller bare lønn?",
            "Merk at ny ordning kan gi midler til lønn og drift av konkrete tilbud.",
            "yes",
        ),
        ("Kan ordningen dekke drift også, eller bare årsverk?", "Tilskuddet gjelder midler kun til årsverk.", "no"),
        # «… eller andre deler av …»: more than the one thing named.
        (
            "Does Tiltak B also cover FACT ung teams, or just adult ACT and FACT teams?",
            "Tilskuddet skal delfinansiere lønnskostnader til arbeids-/utdanningsspesialist ansatt i etablerte ACT-, "
            "FACT- og FACT ung- team, eller andre deler av helse- og omsorgstjenesten.",
            "yes",
        ),
    ],
)
def test_or_only_asks_whether_more_is_covered(
    extractive: ExtractiveAnswerer, question: str, sentence: str, verdict: str
) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=False) == (verdict, 0)


def test_a_choice_between_two_things_still_gets_no_verdict(extractive: ExtractiveAnswerer) -> None:
    assert passage_verdict(extractive, "Skal vi søke om tiltak A eller tiltak B?", [_TEXTS[0]], "", False) is None


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        ("Trenger vi en gjennomføringsplan, eller holder det med en kort beskrivelse av tiltaket?", _TEXTS[0], "yes"),
        (
            "Must there be cooperation between NAV and the health service, or is it enough that one of them runs it?",
            _TEXTS[10],
            "yes",
        ),
        ("Trenger vi bekreftelsesbrev, eller er det nok med kontonummer?", _TEXTS[1], "no"),
    ],
)
def test_an_other_way_that_asks_for_less_leaves_the_first_question(
    extractive: ExtractiveAnswerer, question: str, sentence: str, verdict: str
) -> None:
    assert passage_verdict(extractive, question, [sentence], "", english=question.startswith("Must")) == (verdict, 0)


def test_an_item_is_read_with_the_line_that_introduces_it(extractive: ExtractiveAnswerer) -> None:
    # The item alone states nothing (no verb); with the line introducing it, it says what is prioritised.
    intro = "Ved tildeling av tilskudd vil følgende bli prioritert:"
    item = "Små kommuner og kommuner med særlig behov for å styrke tilbudet til målgruppen."
    question = "Blir små kommuner prioritert?"
    assert passage_verdict(extractive, question, [intro, item], "", english=False, introduced=[True]) == ("yes", 0)
    # Two lines that only stand next to each other in the answer (another passage's line after the intro) do not.
    assert passage_verdict(extractive, question, [intro, item], "", english=False, introduced=[False]) is None


def test_the_sentence_with_the_word_only_it_uses_gives_the_verdict(extractive: ExtractiveAnswerer) -> None:
    # "bekreftelsesbrev" is in one sentence only: that sentence says what is asked about, though the one on sending
    # applications shares more of the question's words.
    question = "Må vi sende bekreftelsesbrev med søknaden til statsforvalteren?"
    assert passage_verdict(extractive, question, [_TEXTS[23], _TEXTS[1]], "", english=False) == ("no", 1)


@pytest.mark.parametrize(
    "question",
    [
        "Må vi sende bekreftelsesbrev fra banken med søknaden til Statsforvalteren i Innlandet?",
        "Do we still need to attach a confirmation letter (bekreftelsesbrev) with bank details when applying to "
        "Statsforvalteren in Innlandet?",
    ],
)
def test_the_one_sentence_on_what_is_asked_is_quoted_and_settles_it(corpus_services: Services, question: str) -> None:
    # Sentences on sending applications to the county governor share more words; the slides' note that no scheme
    # requires a confirmation letter any more is about what is asked.
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(("Nei", "No")), answer.text
    assert "bekreftelsesbrev" in answer.text.split("\n\n")[1]


def test_a_contents_list_without_the_thing_asked_gives_no_yes(corpus_services: Services) -> None:
    # «Søknaden skal inneholde:» covers the asking; none of its items names a risk assessment.
    _, answer = corpus_services.pipeline.answer("Must the IPS application include a risk assessment?", None)
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "is the 2019 call for adults with long-term complex needs still open? we have an application almost ready",
            "No – the deadlines",
        ),
        ("Er 2019-utlysningen for voksne fortsatt åpen?", "Nei – fristene"),
    ],
)
def test_whether_a_call_is_still_open_is_its_deadline(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Our health service wants IPS funding but we have no formal cooperation with NAV. Can we still get the "
            "IPS/JMO grant?",
            "No",
        ),
        ("Vi har ikke noe samarbeid med NAV ennå. Kan vi få IPS-tilskudd?", "Nei"),
    ],
)
def test_no_cooperation_told_is_settled_by_the_cooperation_required(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_a_settling_sentence_elsewhere_in_the_schemes_document_settles_it(corpus_services: Services) -> None:
    # «Det er en forutsetning … forpliktende samarbeid mellom NAV og helsetjenesten» is under "Hvem kan søke", not
    # among the sentences that share most words with the question.
    _, answer = corpus_services.pipeline.answer(
        "Our municipal mental health service wants to start IPS on our own, without involving NAV. Can we get the "
        "IPS/JMO grant?",
        None,
    )
    assert answer.text.startswith("No"), answer.text
    assert "forpliktende samarbeid mellom NAV og helsetjenesten" in answer.text.split("\n\n")[1]
    _, answer = corpus_services.pipeline.answer(
        "Kan vi få IPS/JMO-midler uten et forpliktende samarbeid med NAV? vi er bare helsetjenesten", None
    )
    assert answer.text.startswith("Nei"), answer.text
    _, answer = corpus_services.pipeline.answer(
        "Kan vi sende en felles søknad på 0765.73 uten å si om det gjelder tiltak A eller B, så velger "
        "Helsedirektoratet?",
        None,
    )
    assert answer.text.startswith("Nei"), answer.text
    assert "beskrive hvilke av de to tiltakene" in answer.text.split("\n\n")[1]
    # Asked as whether results a new service lacks matter, though "results" speaks of reporting.
    _, answer = corpus_services.pipeline.answer(
        "We're a municipality that started an IPS service eight months ago and we don't have any results yet. Could "
        "we get Tiltak A to become a resource environment?",
        None,
    )
    assert answer.text.startswith("No"), answer.text
    assert "veletablert fagmiljø" in answer.text.split("\n\n")[1]
    # Applying alone, for the partnership, is what the same sentence allows: no "alone" asked of the work.
    _, answer = corpus_services.pipeline.answer("Kan NAV-kontoret søke IPS-tilskudd alene?", None)
    assert not answer.text.startswith("Nei"), answer.text


def test_experience_told_with_a_no_elsewhere_is_no_applicant_new_at_it(corpus_services: Services) -> None:
    # "no health or social care education … lots of teaching experience": a candidate checked against Tiltak A's
    # qualifications, not an applicant without experience.
    _, answer = corpus_services.pipeline.answer(
        "Our best IPS person has an economics degree (no health or social care education) but five years of IPS work "
        "and lots of teaching experience. Does she meet the Tiltak A requirements?",
        None,
    )
    assert answer.text.startswith("No – as you describe the candidate"), answer.text


def test_a_yes_read_from_an_old_page_s_sentences_is_no_yes_today(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Is the IPS/JMO page with 500,000 per position still the rule set that applies for 2026 applications?", None
    )
    assert answer.text.startswith("No – these rules do not apply in the year you ask about; this is what they said"), (
        answer.text
    )
    assert "«" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Var samarbeid med NAV et krav for å få IPS/JMO-tilskudd på den eldre søknadssiden?",
        "Was cooperation with NAV a condition for getting the old IPS/JMO grant?",
    ],
)
def test_a_requirement_asked_of_a_page_named_by_its_own_word_is_answered_by_its_prerequisite(
    corpus_services: Services, question: str
) -> None:
    # "søknadssiden" names the document asked about, not a thing it lacks; «forutsetning for tildeling» is the
    # requirement in the document's words.
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered"
    assert answer.text.startswith(("Ja", "Yes")), answer.text
    assert "forpliktende samarbeid" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "We were late with the 2023 transition-scheme application. Could the deadline be extended?",
        "Could a kommune get a one-week extension on the transition scheme deadline?",
    ],
)
def test_an_extension_asked_where_the_scheme_grants_none_is_a_no(corpus_services: Services, question: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith("No – the deadline is not extended."), answer.text
    assert any("Det gis ikke utsettelse" in c.quote for c in answer.citations)


def test_a_group_structure_is_the_organisation_overview_the_page_asks_for(corpus_services: Services) -> None:
    question = "Vi er en stiftelse som søker IPS/JMO-tilskudd. Må vi legge ved noe om konsernstrukturen vår?"
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    assert "organisasjonsoversikt" in answer.text
