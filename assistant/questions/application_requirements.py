"""What an application must contain, how it is submitted and who signs it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import checklist_verdict, fact_sentence, scheme_facts, supplement, with_facts
from assistant.answers.phrasing import VERDICT_LEAD, sentence, with_verdict
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import bodies, vocabulary
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# The application fact each question cue asks for.
_FACT_ASKED = (
    ("application_form", "asks_submission"),
    ("signature", "asks_signature"),
    ("announcement", "where_announced"),
)


# "… and how do we apply?", "hvordan søker vi?": how an application is made, asked beside another fact.
_HOW_TO_APPLY = re.compile(
    r"\bhow\s+(?:do|can|should|would)\s+(?:we|i|you|one)\s+apply\b|\bhvordan\s+(?:søker|kan|skal)\s+(?:vi|man|jeg)\b",
    re.IGNORECASE,
)
# "a signed agreement", "signert samarbeidsavtale": a document signed, told.
_SIGNED_THING = re.compile(
    r"\b(?:signed|signert\w*|undertegnet\w*)\s+(?:\w+\s+)?(?:agreement|contract|avtale\w*|samarbeidsavtale\w*|kontrakt\w*)",
    re.IGNORECASE,
)


def answer_application(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """What the application must contain, how it is submitted and signed."""
    if (u.has("count_question") or u.has("share_question")) and not u.has("positions_named"):
        # "How many Tiltak A applications were approved last year?": a count of applications, which the list of
        # what an application contains does not give.
        return None
    items = [i for i in scheme.application_requirements if i.checked]
    # Who signs is no part of what an application contains where no table lists the contents (the IPS/JMO page's
    # own sentences do).
    facts = scheme_facts(scheme, ("application_form", "application_content", *(("signature",) if items else ())))
    # "Hvor skal søknaden sendes?", "Who signs it?": the fact asked for answers, not the list of contents.
    # "Both want to sign as applicants": whether both may apply on one application; "a signed agreement with the
    # RHF": what the applicant has. Neither asks who signs the application.
    unsigned = u.has("each_their_own") or _SIGNED_THING.search(u.clean_text or u.text) is not None
    asked = [
        key for key, cue in _FACT_ASKED if u.has(cue) and key in scheme.facts and not (key == "signature" and unsigned)
    ]
    if "announcement" in asked and "application_form" in scheme.facts and _HOW_TO_APPLY.search(u.clean_text or u.text):
        # "Where is the 0765.73 grant announced and how do we apply?": where the call is, and how to send.
        asked = ["announcement", "application_form"]
    if not items and not asked and not scheme_facts(scheme, ("application_content",)):
        # No contents listed and no fact asked for ("What was required of an ACT team's application?"): the
        # passages say what the application had to hold, not where it was sent.
        return None
    if asked and not u.has("asks_contents"):
        for fact in scheme_facts(scheme, asked):
            w.add(fact_sentence(w, fact))
        verdict = _submission_verdict(w, u, scheme) or (_signing_verdict(w, u) if "signature" in asked else None)
        # (Not before a verdict already given: "No: county municipalities may not apply …" comes first.)
        if verdict is not None and not VERDICT_LEAD.match(w.paragraphs[0]):
            w.paragraphs[0] = with_verdict(verdict, w.paragraphs[0])
        supplement(ctx, w, passages)
        return w.answer("answered", passages)
    title = ctx.title(scheme, [i.source for i in items] + [f.source for f in facts])
    settled = checklist_verdict(w, u, scheme.application_requirements)
    if u.has("yes_no") and not settled and not u.has("asks_contents"):
        # "Does Tiltak A require an established IPS community?", "Does it help that we were funded before?": a
        # yes/no no line of the application's contents settles; the sentences that speak of it answer.
        return None
    w.add(w.t(f"Søknaden skal inneholde ({title}):", f"The application must contain ({title}):"))
    for item in items:
        w.add(f"- {sentence(item.label)} {w.cite(item.source)}")
    return with_facts(ctx, w, facts, passages)


# A way of sending other than a prescribed form: "as a free-form letter", "som et vanlig brev", "by e-mail".
_OTHER_FORMAT = re.compile(
    r"\b(?:free[- ]form|fritt?\s+format|fri\s+form|(?:vanlig|eget|fritt)\s+brev|letter|e-?post|e-?mail|"
    r"own\s+(?:format|template|document)|eget\s+(?:format|dokument|skjema)|word-?dokument|word\s+document)\b",
    re.IGNORECASE,
)
# The documents' wording for a prescribed form.
_PRESCRIBED_FORM = re.compile(r"fastsatt\s+skjema|søknadsskjema|prescribed\s+form", re.IGNORECASE)


def _submission_verdict(w: Writer, u: Understanding, scheme: Scheme) -> str | None:
    """'Søknaden skal vel sendes til statsforvalteren?': yes or no, by the body the application goes to; 'as a
    free-form letter?' no, where the application goes on a prescribed form."""
    named = bodies(u.qualifiers)
    form = scheme.facts.get("application_form")
    asked = u.has("yes_no") or u.has("statement_question")
    if form is not None and asked and _OTHER_FORMAT.search(u.clean_text or u.text):
        prescribed = _PRESCRIBED_FORM.search(f"{form.text} {form.source.quote}") is not None
        return w.t("Nei", "No") if prescribed else None
    if form is None or len(named) != 1 or not asked:
        return None
    goes_to = vocabulary().bodies_named(str(form.value))
    if not goes_to:
        return None
    return w.t("Ja", "Yes") if named <= goes_to else w.t("Nei", "No")


# Who the regulation names as signer: the chief municipal executive for a municipality, the chair of the board for
# others; anyone else signs only with signing authority.
_NAMED_SIGNER = re.compile(
    r"\b(?:kommunedirektør\w*|rådmann\w*|chief\s+municipal\s+executive|municipal\s+director|styreleder\w*|"
    r"chair(?:man|woman|person)?\s+of\s+the\s+board|board\s+chair\w*)\b",
    re.IGNORECASE,
)
_OTHER_SIGNER = re.compile(
    r"\b(?:daglig\s+leder|ceo|managing\s+director|director|manager|leder\w*|head\s+of\s+\w+|prosjektleder\w*|"
    r"project\s+(?:lead|leader|manager)|avdelingsleder\w*|enhetsleder\w*|økonomisjef\w*|finance\s+\w+)\b",
    re.IGNORECASE,
)


def _signing_verdict(w: Writer, u: Understanding) -> str | None:
    """'Can our CEO sign the application?': yes for the signer the regulation names, it depends (on signing
    authority) for anyone else; None when no signer is named or no yes or no is asked."""
    text = u.clean_text or u.text
    if not (u.has("yes_no") or u.has("statement_question")):
        return None
    if _NAMED_SIGNER.search(text):
        return w.t("Ja", "Yes")
    if _OTHER_SIGNER.search(text):
        return w.t(
            "Det avhenger av om vedkommende har signeringsfullmakt", "It depends on whether they have signing authority"
        )
    return None


QUESTION_TYPE = register(
    QuestionType(
        name="application_requirements",
        description="The application's content, form, attachments and signature.",
        category="application",
        handler=answer_application,
        retrieval_terms="krav til søknaden",
    )
)
