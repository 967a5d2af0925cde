"""corpus/manifest.yaml: what each document is (id, title, kind, schemes, dates, origin)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, PrivateAttr, ValidationError, field_validator

from assistant.errors import IngestError
from assistant.types import DocumentKind

MANIFEST_NAME = "manifest.yaml"


class ManifestEntry(BaseModel):
    """One document's entry in the manifest."""

    model_config = {"extra": "ignore"}

    id: str = Field(description="Stable document id, used in citations and rule sources.")
    file: str = Field(description="File name inside the corpus dir.")
    title: str = Field(description="Full title.")
    short_title: str | None = Field(default=None, description="Short name for citations.")
    kind: DocumentKind = Field(default="other", description="regelverk, announcement, overview, slides or other.")
    schemes: list[str] = Field(default_factory=list, description="Scheme ids the document states rules for.")
    kapittel_post: str | None = Field(default=None, description="Budget chapter and post, where stated.")
    version_date: date | None = Field(default=None, description="Approval or publication date.")
    valid_for: str | None = Field(default=None, description="Year(s) the rules were written for.")
    origin: str | None = Field(default=None, description="Where the document comes from.")

    @field_validator("schemes", mode="before")
    @classmethod
    def _schemes_as_strings(cls, value: Any) -> Any:
        # YAML reads an unquoted scheme id such as 0765 as a number.
        if isinstance(value, list):
            return [str(item) for item in value]
        return value


class Manifest(BaseModel):
    """All entries of one manifest file."""

    documents: list[ManifestEntry] = Field(default_factory=list)
    _by_file: dict[str, ManifestEntry] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        # A corpus of 1 000 documents asks for 1 000 entries: look them up by name, not by scanning the list.
        for entry in self.documents:
            self._by_file.setdefault(entry.file, entry)

    def entry_for(self, file_name: str) -> ManifestEntry | None:
        """The entry whose `file` is this file name, if any (the first, if the manifest names a file twice)."""
        return self._by_file.get(file_name)


def load_manifest(directory: Path) -> Manifest:
    """The manifest in `directory`, or an empty one when there is none."""
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return Manifest()
    stat = path.stat()
    return _load_manifest_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load_manifest_cached(path: Path, mtime_ns: int, size: int) -> Manifest:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Manifest.model_validate(data)
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
        raise IngestError(f"{path} is not a valid manifest: {exc}. Fix the file or remove it.") from exc


def manifest_entry_for(path: Path) -> ManifestEntry | None:
    """The manifest entry describing `path`, from the manifest beside it."""
    return load_manifest(path.parent).entry_for(path.name)
