"""`regelverk ask` (one question) and `regelverk chat` (interactive, keeps the conversation)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from assistant.api.schemas import ChatResponse, check_question_length, source_line
from assistant.errors import InvalidInput, RegelverkError
from assistant.services import Services
from assistant.settings import get_settings

EXIT_WORDS = frozenset({"exit", "quit", "avslutt", "slutt", ":q"})
_STATUS_LABELS = {
    "clarify": "Trenger avklaring / needs clarification",
    "not_found": "Ikke funnet / not found",
}


def ask_once(services: Services, question: str, conversation_id: str | None = None) -> ChatResponse:
    """Validate the question like the API does, answer it, and return the public response."""
    question = question.strip()
    if not question:
        raise InvalidInput('The question is empty. Write a question, e.g. regelverk ask "Hvem kan søke om Tiltak B?"')
    check_question_length(question, services.settings)
    conversation, answer = services.pipeline.answer(question, conversation_id)
    return ChatResponse.from_answer(conversation, answer)


def _amount(value: int | None) -> str:
    return "" if value is None else f"{value:,} kr".replace(",", " ")


def render_response(response: ChatResponse) -> Group:
    """The answer, warnings, calculation trace and numbered sources as rich renderables."""
    parts: list[Table | Text | Markdown] = []
    blank = Text("")
    if response.status in _STATUS_LABELS:
        parts.append(Text(f"[{_STATUS_LABELS[response.status]}]", style="bold yellow"))
    parts.append(Markdown(response.answer))
    if response.warnings:
        parts.append(blank)
    parts.extend(Text(f"⚠ {warning}", style="yellow") for warning in response.warnings)
    calculation = response.calculation
    if calculation is not None:
        parts.append(blank)
        table = Table(title="Beregning / calculation", title_justify="left", show_edge=False, expand=False)
        table.add_column("Trinn / step")
        table.add_column("Beløp / amount", justify="right", no_wrap=True)
        english = response.language == "en"
        for line in calculation.lines:
            table.add_row(line.text_en if english and line.text_en else line.text, _amount(line.amount))
        table.add_row(Text("Resultat / result", style="bold"), Text(_amount(calculation.amount), style="bold"))
        parts.append(table)
        assumptions = calculation.assumptions_en if english else calculation.assumptions
        parts.extend(Text(f"Antakelse / assumption: {a}", style="dim") for a in assumptions)
    if response.citations:
        parts += [blank, Text("Kilder / sources", style="bold")]
        parts.extend(Text(source_line(c)) for c in response.citations)
    return Group(*parts)


def run_ask_command(question: str, *, as_json: bool = False, conversation_id: str | None = None) -> None:
    """Answer one question; print it with rich, or the ChatResponse JSON with --json."""
    response = ask_once(Services(get_settings()), question, conversation_id)
    if as_json:
        print(response.model_dump_json(indent=2))
        return
    console = Console()
    console.print(render_response(response))
    console.print(
        Text(f"conversation: {response.conversation_id} (--conversation {response.conversation_id} continues it)"),
        style="dim",
    )


def run_chat_command() -> None:
    """Interactive loop that keeps the conversation; 'exit' or Ctrl-D leaves, errors are shown and the loop goes on."""
    services = Services(get_settings())
    console = Console()
    console.print(
        Text("Regelverk — spør om tilskuddsordninger / ask about grant schemes. 'exit' eller Ctrl-D avslutter.", "bold")
    )
    conversation_id: str | None = None
    while True:
        try:
            line = console.input("[bold cyan]Du ›[/] ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in EXIT_WORDS:
            break
        try:
            response = ask_once(services, question, conversation_id)
        except RegelverkError as exc:
            console.print(Text(f"Feil / error: {exc.message}", style="red"))
            continue
        conversation_id = response.conversation_id
        console.print(render_response(response))
        console.print()
