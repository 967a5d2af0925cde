"""Words the generator builds schemes from: what a scheme funds, for whom, and the template's fixed lines."""

from __future__ import annotations

from assistant.applicants import ApplicantType

# What a scheme funds; each combines with every target group into a scheme name ("<activity> for <group>").
ACTIVITIES: tuple[str, ...] = (
    "Oppsøkende behandlingsteam",
    "Lavterskeltilbud",
    "Kompetanseheving i kommunale tjenester",
    "Arbeidsrettet oppfølging",
    "Brukerstyrte aktivitetstilbud",
    "Ambulante akutteam",
    "Tidlig intervensjon",
    "Familiebasert behandling",
    "Rehabilitering i nærmiljøet",
    "Koordinerte tjenesteforløp",
    "Digitale behandlingstilbud",
    "Likepersonsarbeid",
    "Ettervern etter døgnbehandling",
    "Botilbud med oppfølging",
    "Forebyggende hjemmebesøk",
    "Samhandlingsprosjekter mellom kommune og helseforetak",
    "Utvikling av tverrfaglige team",
    "Pårørendearbeid",
    "Mestringskurs",
    "Aktivitetstilbud på dagtid",
    "Veiledning av ansatte",
    "Kartlegging og utredning",
    "Oppfølging i overgangen til voksenlivet",
    "Fysisk aktivitet og friluftsliv",
    "Kulturtilbud og sosial deltakelse",
    "Gjeldsrådgivning og økonomisk veiledning",
    "Tverrsektorielt samarbeid",
    "Fagutvikling og forskningsbasert praksis",
    "Tilrettelagt transport og tilgjengelighet",
    "Ernæringsoppfølging",
    "Psykososial støtte",
    "Oppfølgingsteam i boligen",
)

# Whom it is for. No group starts with another group's words, so no scheme name lies inside another.
TARGET_GROUPS: tuple[str, ...] = (
    "personer med demens",
    "barn av foreldre med rusproblemer",
    "unge voksne med psykiske lidelser",
    "eldre som bor hjemme",
    "personer med utviklingshemming",
    "innsatte og løslatte",
    "familier med kronisk syke barn",
    "flyktninger med traumer",
    "personer med langvarige smerter",
    "ungdom som står utenfor skole og arbeid",
    "gravide og småbarnsforeldre",
    "personer med spiseforstyrrelser",
    "samiske pasienter",
    "pasienter med hjerneskade",
    "kvinner utsatt for vold",
    "mennesker med hørselstap",
    "voksne med ADHD",
    "pårørende til personer med rusavhengighet",
    "skoleelever med høyt fravær",
    "pasienter med kols",
    "personer som lever med hiv",
    "innvandrerkvinner",
    "veteraner fra internasjonale operasjoner",
    "bostedsløse",
    "studenter med psykiske plager",
    "menn i krise",
    "personer med synshemming",
    "foreldre i høykonfliktsaker",
    "fosterbarn og ungdom i barnevernet",
    "pasienter med kreft",
    "seniorer med ensomhet",
    "lesbiske, homofile, bifile og transpersoner",
    "personer med hjerte- og karsykdom",
    "rusavhengige i legemiddelassistert behandling",
)

# What a measure funds (the title after "Tiltak X: ").
MEASURE_TITLES: tuple[str, ...] = (
    "Delfinansiering av stillinger i tverrfaglige team",
    "Delfinansiering av koordinatorstilling",
    "Delfinansiering av erfaringskonsulenter",
    "Etablering av ressursmiljø",
    "Opplærings- og kompetansetiltak",
    "Utviklingsprosjekter i kommunene",
    "Drift av lavterskeltilbud",
    "Delfinansiering av fagstillinger i spesialisthelsetjenesten",
    "Etablering av nye tilbud",
    "Videreføring av etablerte tilbud",
    "Samarbeidsprosjekter med frivillig sektor",
    "Evaluering og kunnskapsoppsummering",
)

# Section 3's eight boxes, in template order (labels as Helsedirektoratet writes them).
APPLICANT_BOXES: tuple[tuple[ApplicantType, str], ...] = (
    (ApplicantType.KOMMUNE, "Kommuner"),
    (ApplicantType.FYLKESKOMMUNE, "Fylkeskommuner"),
    (ApplicantType.INTERKOMMUNALT_SELSKAP, "Interkommunale selskaper"),
    (ApplicantType.STATLIG_FORETAK, "Statlige foretak (f.eks. RHF/HF)"),
    (ApplicantType.FRIVILLIG_ORGANISASJON, "Frivillige og ideelle organisasjoner"),
    (ApplicantType.UNIVERSITET_HOGSKOLE, "Universiteter og høyskoler"),
    (ApplicantType.BEDRIFT, "Bedrifter"),
    (ApplicantType.UTENLANDSK, "Søkere utenfor Norge (f.eks. internasjonale organisasjoner og EU)"),
)

# Section 4's boxes.
APPLICATION_BOXES: tuple[str, ...] = (
    "Søkerens mål med tilskuddet",
    "Beskrivelse av tiltak det søkes om tilskudd til",
    "Budsjett (oppstillingen skal kunne sammenliknes med regnskapet dersom regnskap kreves)",
    "Delfinansiering eller tilskudd fra andre instanser",
    "Egenfinansiering",
    "Søkerens vurdering av risiko ved tiltaket",
    "Redegjørelse for interne og eksterne kontrolltiltak som skal sikre korrekt rapportering og måloppnåelse for "
    "tiltaket",
)

# Section 5's boxes; exactly one is ticked.
AWARD_BOXES: tuple[str, ...] = (
    "Skjønnsmessig vurdering med grunnlag i forventet måloppnåelse",
    "Enkeltstående tilskudd hvor mottaker er navngitt i statsbudsjettet",
    "Kvantifiserbare tildelingskriterier",
    "Andel av regnskapsførte utgifter",
)

GOAL_VERBS: tuple[str, ...] = (
    "styrke tilbudet til",
    "bedre livskvaliteten for",
    "øke deltakelsen i arbeid og aktivitet for",
    "sikre helhetlige og koordinerte tjenester for",
    "forebygge helseplager hos",
    "redusere sosial ulikhet i helse for",
)

SUBGOALS: tuple[str, ...] = (
    "Styrke samarbeidet mellom kommunene og spesialisthelsetjenesten",
    "Øke kunnskap og kompetanse hos ansatte i helse- og omsorgstjenesten",
    "Bidra til at tjenestene tar i bruk kunnskapsbaserte metoder",
    "Styrke brukermedvirkning i utforming og gjennomføring av tiltakene",
    "Bidra til at flere får et tilbud nær der de bor",
    "Redusere ventetid og avbrudd i behandlingsforløp",
    "Styrke samarbeidet med NAV, skole og frivillig sektor",
    "Bidra til at pårørende blir involvert og ivaretatt",
    "Utvikle tjenester som er tilpasset brukernes språk og kultur",
    "Øke andelen som kommer i arbeid, utdanning eller annen meningsfull aktivitet",
)

INDICATORS: tuple[str, ...] = (
    "Antall personer som har mottatt et tilbud gjennom tiltaket",
    "Antall ansatte som har gjennomført opplæring",
    "Brukermedvirkning i utforming og gjennomføring av tiltaket",
    "Samarbeid med andre tjenester og aktører",
    "Andel deltakere som har fullført tilbudet",
    "Brukernes egen vurdering av tilbudet",
)

REPORT_QUESTIONS: tuple[str, ...] = (
    "Hvor mange personer har fått et tilbud gjennom tiltaket?",
    "Hvor mange årsverk er finansiert med tilskuddet?",
    "Hvordan er brukermedvirkning ivaretatt i arbeidet?",
    "Hvilke samarbeidspartnere har vært involvert?",
    "Har tiltaket nådd målene som ble beskrevet i søknaden? Beskriv eventuelle avvik og årsak.",
    "Hvilke opplærings- og kompetansetiltak er gjennomført?",
    "Hvordan er tiltaket forankret i ledelsen?",
    "Hvordan skal tiltaket videreføres når tilskuddsperioden er over?",
)

# Background sentences ({group} is the target group) that make documents longer or shorter, as real ones vary.
BACKGROUND: tuple[str, ...] = (
    "Kunnskapsgrunnlaget viser at {group} ofte får et oppstykket tilbud med mange overganger mellom tjenester.",
    "Erfaringer fra tidligere satsinger viser at tiltak som er forankret i ledelsen og i kommunale planer, "
    "oftere blir videreført i ordinær drift.",
    "Tiltakene skal bygge på nasjonale faglige retningslinjer og råd der slike finnes.",
    "Det er et mål at tilbudene utvikles i nært samarbeid med brukerorganisasjoner og pårørende.",
    "Tilskuddet skal stimulere til nytenkning og utprøving av nye arbeidsformer i tjenestene.",
    "Mange i målgruppen har behov for tjenester fra flere sektorer samtidig, og samarbeid på tvers er avgjørende.",
    "Ordningen skal bidra til likeverdige tjenester uavhengig av bosted, språk og kulturell bakgrunn.",
    "Det legges vekt på at tiltakene skal kunne dokumentere resultater for {group}.",
    "Tjenestene skal være tilgjengelige, og terskelen for å ta kontakt skal være lav.",
    "Tilskuddsmottaker skal sørge for at ansatte som arbeider i tiltaket har relevant kompetanse.",
    "Digitale løsninger kan inngå i tiltaket der dette gir et bedre eller mer tilgjengelig tilbud.",
    "Tiltak som kan overføres til andre kommuner eller helseforetak, vil bli vektlagt.",
    "Søkere oppfordres til å samarbeide med forsknings- og kompetansemiljøer om evaluering av tiltaket.",
    "Helsedirektoratet kan be om tilleggsopplysninger dersom søknaden ikke gir tilstrekkelig grunnlag for vurdering.",
    "Tilbudet skal utformes slik at det ivaretar både den enkeltes behov og behovene til familien.",
    "Det forventes at tilskuddsmottaker deltar i nettverkssamlinger og erfaringsutveksling i regi av "
    "Helsedirektoratet.",
)

NUMBER_WORDS = {1: "ett", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte"}
POSITION_WORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem"}
ENGLISH_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
ORDINALS_NB = {1: "første", 2: "andre", 3: "tredje", 4: "fjerde", 5: "femte", 6: "sjette"}
ORDINALS_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
MONTHS_NB = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
