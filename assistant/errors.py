"""Domain errors, defined once. Messages are written for the person reading them: say what is wrong and what to do.

The API maps them to HTTP statuses (see `http_status`); the CLI prints the message on one line and exits non-zero.
"""

from __future__ import annotations


class RegelverkError(Exception):
    """Base class: its message is safe to show to a user."""

    http_status = 400

    def __init__(self, message: str, message_en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        # English wording for English conversations; the API and CLI show `message`.
        self.message_en = message_en

    def __str__(self) -> str:
        return self.message

    def localized(self, language: str) -> str:
        """The message in 'en' or 'nb' (Norwegian when no English wording was given)."""
        return self.message_en if language == "en" and self.message_en else self.message


# --- input -------------------------------------------------------------------------------------------------------


class InvalidInput(RegelverkError):
    """A request or argument is malformed (empty, too long, wrong type)."""

    http_status = 422


class InvalidSettings(RegelverkError):
    """A REGELVERK_* environment variable has a value the settings cannot use."""

    http_status = 500


# --- ingest and index --------------------------------------------------------------------------------------------


class IngestError(RegelverkError):
    """Ingest could not complete; the previous index keeps serving."""

    http_status = 500


class DocumentLoadError(IngestError):
    """One file could not be read (corrupt, encrypted, empty, binary, unknown encoding)."""

    http_status = 422

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexNotBuilt(RegelverkError):
    """No index exists yet for the configured embedder/chunker."""

    http_status = 503

    def __init__(self, message: str = "The index has not been built yet. Run `regelverk ingest` first.") -> None:
        super().__init__(message)


class EmbedderUnavailable(RegelverkError):
    """The configured embedding backend or model cannot be loaded here."""

    http_status = 503


# --- rules module ------------------------------------------------------------------------------------------------


class RulesError(RegelverkError):
    """Base for errors from the rules module."""

    http_status = 422


class UnknownScheme(RulesError):
    """No rule table matches the scheme id or alias."""

    http_status = 404


class UnknownMeasure(RulesError):
    """The scheme has no such measure (e.g. Tiltak C)."""


class UnknownApplicantType(RulesError):
    """The applicant type is not one the rules know."""


class YearOutOfRange(RulesError):
    """The requested year is outside the measure's duration (e.g. year 5 of a four-year measure)."""


class PositionLimitExceeded(RulesError):
    """More positions (or a higher percentage) than the measure allows."""


class RuleNotFound(RulesError):
    """A parameter has no value in force for the requested date/version; never guessed."""


class RuleTableError(RulesError):
    """A rule table is malformed or one of its quotes is not in the corpus."""

    http_status = 500


# --- conversation / answering ------------------------------------------------------------------------------------


class ConversationNotFound(RegelverkError):
    """The conversation id is unknown."""

    http_status = 404


class ConversationStoreUnavailable(RegelverkError):
    """The conversation database cannot be reached or is misconfigured (REGELVERK_CONVERSATIONS__URL)."""

    http_status = 503


class TurnNotFound(RegelverkError):
    """The conversation has no turn with this number."""

    http_status = 404


# --- rules module (appended by the rules engineer) ---------------------------------------------------------------


class NoFixedAmount(RulesError):
    """The regelverk states no fixed amount for the measure (e.g. integrated JMO/IPS); `source` says so verbatim."""

    def __init__(self, message: str, source: object | None = None, message_en: str | None = None) -> None:
        super().__init__(message, message_en)
        # An assistant.types.Source; typed loosely because errors.py must not import the models.
        self.source = source


# --- retrieval ---------------------------------------------------------------------------------------------------


class ChunkNotFound(RegelverkError):
    """No chunk with this id is in the current index (it may have changed since the id was handed out)."""

    http_status = 404


class UnknownDocument(RegelverkError):
    """No document with this id is in the current index."""

    http_status = 404


class IndexUnavailable(IngestError):
    """The Chroma store holding the index cannot be reached or opened (e.g. the configured server is down)."""

    http_status = 503
