// The page's own labels in Norwegian (nb) and English (en). Answers keep the language they were asked in.

const LABELS = {
  nb: {
    skipToQuestion: "Hopp til spørsmålet",
    menu: "Meny",
    closeMenu: "Lukk menyen",
    tagline: "Svar om tilskuddsordninger med ordrette kilder",
    newConversation: "Ny samtale",
    documents: "Dokumenter",
    language: "Språk",
    conversations: "Samtaler",
    noConversations: "Samtalene dine i denne nettleseren vises her.",
    conversation: "Samtale",
    introText: "Spør på norsk eller engelsk om hvem som kan søke, beløp, frister, rapportering og klage.",
    examples: "Eksempler:",
    question: "Spørsmål",
    placeholder: "F.eks. «Hvem kan søke om Tiltak B?»",
    send: "Send",
    stop: "Stopp",
    hint: "Enter sender, Shift+Enter gir ny linje.",
    counter: "{n} av {max} tegn",
    tooLong: "Spørsmålet er {n} tegn langt; grensen er {max}. Kort det ned med {over} tegn før du sender.",
    empty: "Skriv et spørsmål først.",
    you: "Du:",
    close: "Lukk",
    sending: "Sender spørsmålet…",
    // answer status badges
    answered: "Besvart",
    answered_old_version: "Besvart · eldre kilde",
    answered_expired: "Besvart · utløpt kilde",
    clarify: "Trenger avklaring",
    not_found: "Ikke funnet",
    error: "Feil",
    stopped: "Stoppet",
    warnings: "Advarsler",
    chooseOne: "Velg et svar",
    sources: "Kilder",
    source: "Kilde {n}",
    openSource: "Åpne kilde {n}: {where}",
    calculation: "Beregning",
    step: "Trinn",
    amount: "Beløp",
    total: "Til sammen",
    assumption: "Antakelse",
    stepSource: "Kilde for trinnet",
    // actions
    copy: "Kopier svaret",
    copied: "Kopiert.",
    copyFailed: "Kunne ikke kopiere. Marker teksten og kopier selv.",
    helpful: "Nyttig svar",
    notHelpful: "Ikke nyttig",
    commentLabel: "Kommentar (valgfritt): hva var bra eller galt?",
    sendComment: "Send kommentar",
    thanks: "Takk for tilbakemeldingen.",
    feedbackFailed: "Tilbakemeldingen ble ikke lagret. Prøv igjen.",
    tryAgain: "Prøv igjen",
    // errors, in the page's language whatever the server said
    errNetwork: "Fikk ikke kontakt med tjenesten. Sjekk forbindelsen og prøv igjen.",
    errGone: "Samtalen finnes ikke lenger (den kan være slettet). «Prøv igjen» stiller spørsmålet i en ny samtale.",
    errInvalid: "Spørsmålet kunne ikke behandles. Sjekk teksten og prøv igjen.",
    errBusy: "Tjenesten har for mye å gjøre akkurat nå. Vent litt og prøv igjen.",
    errNotReady: "Tjenesten er ikke klar ennå (søkeindeksen mangler eller kan ikke nås). Prøv igjen senere.",
    errServer: "Noe gikk galt på serveren. Prøv igjen.",
    errKey: "Tjenesten krever en gyldig API-nøkkel.",
    errInterrupted: "Svaret ble avbrutt underveis. Prøv igjen.",
    stoppedText: "Du stoppet svaret. Spørsmålet ligger i feltet igjen.",
    restoreGone: "Den forrige samtalen finnes ikke lenger på serveren. Du starter en ny.",
    restoreFailed: "Kunne ikke hente den forrige samtalen. Du starter en ny.",
    // conversation list
    open: "Åpne samtalen «{title}»",
    rename: "Gi nytt navn",
    renameLabel: "Nytt navn på samtalen",
    save: "Lagre",
    cancel: "Avbryt",
    delete: "Slett",
    deleteConfirm: "Slette samtalen for godt?",
    untitled: "Uten tittel",
    // source viewer and documents view
    section: "Avsnitt",
    page: "s. {n}",
    date: "Dato",
    noDate: "udatert",
    status: "Status",
    status_current: "Gjeldende",
    status_old_version: "Eldre versjon",
    status_expired: "Utløpt frist",
    status_unknown: "Ukjent status",
    wholeDocument: "Vis hele dokumentet",
    quoteNotFound: "Sitatet ble ikke funnet ordrett i avsnittet; hele avsnittet er markert.",
    loading: "Henter…",
    documentsTitle: "Dette kjenner assistenten til",
    documentsIntro: "Dokumentene i søkeindeksen. Beløp beregnes bare for ordninger med regeltabell.",
    title: "Tittel",
    schemes: "Ordninger",
    versionDate: "Versjonsdato",
    passages: "Avsnitt",
    ingested: "Indeksert",
    unknown: "ukjent",
    ruleTables: "Ordninger med regeltabell",
    andMore: "og {n} til",
    measures: "tiltak",
    apiKeyTitle: "API-nøkkel",
    apiKeyText: "Tjenesten krever en API-nøkkel. Skriv den inn:",
    apiKeyWrong: "Nøkkelen ble ikke godtatt. Skriv inn en gyldig API-nøkkel:",
    apiKeyUse: "Bruk nøkkelen",
  },
  en: {
    skipToQuestion: "Skip to the question",
    menu: "Menu",
    closeMenu: "Close the menu",
    tagline: "Answers about grant schemes with verbatim sources",
    newConversation: "New conversation",
    documents: "Documents",
    language: "Language",
    conversations: "Conversations",
    noConversations: "Your conversations in this browser appear here.",
    conversation: "Conversation",
    introText: "Ask in Norwegian or English about who may apply, amounts, deadlines, reporting and appeals.",
    examples: "Examples:",
    question: "Question",
    placeholder: "E.g. “Who can apply for Tiltak B?”",
    send: "Send",
    stop: "Stop",
    hint: "Enter sends, Shift+Enter adds a line.",
    counter: "{n} of {max} characters",
    tooLong: "The question is {n} characters long; the limit is {max}. Shorten it by {over} characters to send it.",
    empty: "Write a question first.",
    you: "You:",
    close: "Close",
    sending: "Sending the question…",
    answered: "Answered",
    answered_old_version: "Answered · older source",
    answered_expired: "Answered · expired source",
    clarify: "Needs clarification",
    not_found: "Not found",
    error: "Error",
    stopped: "Stopped",
    warnings: "Warnings",
    chooseOne: "Choose an answer",
    sources: "Sources",
    source: "Source {n}",
    openSource: "Open source {n}: {where}",
    calculation: "Calculation",
    step: "Step",
    amount: "Amount",
    total: "Total",
    assumption: "Assumption",
    stepSource: "Source of the step",
    copy: "Copy answer",
    copied: "Copied.",
    copyFailed: "Could not copy. Select the text and copy it yourself.",
    helpful: "Helpful",
    notHelpful: "Not helpful",
    commentLabel: "Comment (optional): what was good or wrong?",
    sendComment: "Send comment",
    thanks: "Thank you for the feedback.",
    feedbackFailed: "The feedback was not saved. Try again.",
    tryAgain: "Try again",
    errNetwork: "Could not reach the service. Check the connection and try again.",
    errGone: "The conversation no longer exists (it may have been deleted). “Try again” asks in a new conversation.",
    errInvalid: "The question could not be processed. Check the text and try again.",
    errBusy: "The service is busy right now. Wait a moment and try again.",
    errNotReady: "The service is not ready yet (the search index is missing or cannot be reached). Try again later.",
    errServer: "Something went wrong on the server. Try again.",
    errKey: "The service requires a valid API key.",
    errInterrupted: "The answer was cut off. Try again.",
    stoppedText: "You stopped the answer. Your question is back in the box.",
    restoreGone: "The previous conversation no longer exists on the server. You are starting a new one.",
    restoreFailed: "Could not load the previous conversation. You are starting a new one.",
    open: "Open the conversation “{title}”",
    rename: "Rename",
    renameLabel: "New name of the conversation",
    save: "Save",
    cancel: "Cancel",
    delete: "Delete",
    deleteConfirm: "Delete the conversation for good?",
    untitled: "Untitled",
    section: "Section",
    page: "p. {n}",
    date: "Date",
    noDate: "undated",
    status: "Status",
    status_current: "Current",
    status_old_version: "Older version",
    status_expired: "Expired deadline",
    status_unknown: "Unknown status",
    wholeDocument: "Show the whole document",
    quoteNotFound: "The quote was not found verbatim in the passage; the whole passage is marked.",
    loading: "Loading…",
    documentsTitle: "What the assistant knows",
    documentsIntro: "The documents in the search index. Amounts are computed only for schemes with a rule table.",
    title: "Title",
    schemes: "Schemes",
    versionDate: "Version date",
    passages: "Passages",
    ingested: "Indexed",
    unknown: "unknown",
    ruleTables: "Schemes with rule tables",
    andMore: "and {n} more",
    measures: "measures",
    apiKeyTitle: "API key",
    apiKeyText: "The service requires an API key. Enter it:",
    apiKeyWrong: "The key was not accepted. Enter a valid API key:",
    apiKeyUse: "Use the key",
  },
};

const STORAGE_KEY = "regelverk.language";
let current = chooseInitial();

function chooseInitial() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === "nb" || saved === "en") return saved;
  const preferred = navigator.languages || [navigator.language || ""];
  return preferred.some((tag) => /^(nb|nn|no)\b/i.test(tag)) || !preferred.some((tag) => /^en\b/i.test(tag)) ? "nb" : "en";
}

export function language() {
  return current;
}

export function setLanguage(code) {
  current = code === "en" ? "en" : "nb";
  localStorage.setItem(STORAGE_KEY, current);
  applyLabels(document);
}

// t("counter", {n: 3, max: 2000}) → "3 av 2000 tegn"
export function t(key, vars = {}) {
  const text = LABELS[current][key] ?? LABELS.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

// Static labels carry data-i18n (text), data-i18n-label (aria-label) and data-i18n-placeholder attributes.
export function applyLabels(root) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  for (const node of root.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
}

// Amounts in the page's language: "225 000 kr" / "NOK 225,000".
export function money(amount) {
  if (amount === null || amount === undefined) return "";
  if (current === "en") return "NOK " + amount.toLocaleString("en-GB");
  return amount.toLocaleString("nb-NO").replace(/\u00a0/g, " ") + " kr";
}

export function formatDate(iso) {
  if (!iso) return t("noDate");
  const day = new Date(iso.length === 10 ? iso + "T00:00:00" : iso);
  const options = iso.length === 10 ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" };
  return day.toLocaleString(current === "en" ? "en-GB" : "nb-NO", options);
}
