"""Writing a rule table back to YAML in the layout of corpus/rules/*.yaml (drafts, generated tables)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.rules.model import Scheme


def scheme_yaml(scheme: Scheme, header: str = "") -> str:
    """The scheme as a rule-table YAML document (fields at their defaults left out), `header` as # comments."""
    data: dict[str, Any] = scheme.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    comments = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
    return comments + body


def write_scheme(scheme: Scheme, path: Path, header: str = "") -> Path:
    """Write the table to `path` (parents created) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(scheme_yaml(scheme, header), encoding="utf-8")
    return path
