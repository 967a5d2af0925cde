"""Writing a rule table back to YAML in the layout of corpus/rules/*.yaml (drafts, generated tables)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.rules.model import Scheme

# The top-level fields a reader looks for first.
_FIRST = (
    "id", "reviewed", "name", "name_en", "aliases", "aliases_en", "kapittel_post", "tilskuddskode", "documents",
    "version_date", "valid_from", "valid_to", "status", "status_note", "status_note_en",
)  # fmt: skip
_SOURCE_KEYS = {"document_id", "section", "quote"}


class _Flow(dict[str, Any]):
    """A mapping written on one line ({document_id: …, section: …, quote: …}), as the hand-written tables do."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Flow, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True))


def _flow_sources(node: Any) -> Any:
    if isinstance(node, dict):
        if set(node) == _SOURCE_KEYS:
            return _Flow(node)
        return {key: _flow_sources(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_flow_sources(item) for item in node]
    return node


def scheme_yaml(scheme: Scheme, header: str = "") -> str:
    """The scheme as a rule-table YAML document (fields at their defaults left out), `header` as # comments."""
    data: dict[str, Any] = scheme.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    ordered = {key: data[key] for key in _FIRST if key in data} | data
    body = yaml.dump(_flow_sources(ordered), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comments + body


def write_scheme(scheme: Scheme, path: Path, header: str = "") -> Path:
    """Write the table to `path` (parents created) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(scheme_yaml(scheme, header), encoding="utf-8")
    return path
