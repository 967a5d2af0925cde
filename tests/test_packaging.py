"""What the base install (`make run`, `pip install -e .`) carries: everything the product code imports, `regelverk
eval` included, so no command fails on a missing module after the base install."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from assistant.settings import PROJECT_ROOT

FIRST_PARTY = {"assistant", "ingest", "eval", "tests"}
# Development-only scripts: benchmarks run by `make bench`/`make load` in the dev install, and the local model server
# of `make test-llm`/`make llm-server` (the llm-local extra).
DEV_SCRIPTS = {
    "bench_answer.py",
    "bench_retrieval.py",
    "bench_rules.py",
    "bench_load.py",
    "bench_embedders.py",
    "local_llm.py",
}


def _project() -> dict[str, object]:
    data = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project: dict[str, object] = data["project"]
    return project


def _closure(requirements: list[str]) -> set[str]:
    """Distribution names the requirements install, transitively (as installed here)."""
    todo = [Requirement(text) for text in requirements]
    seen: set[str] = set()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        wanted_extras = requirement.extras or {""}
        for text in metadata.distribution(name).requires or []:
            nested = Requirement(text)
            if nested.marker is None or any(nested.marker.evaluate({"extra": extra}) for extra in wanted_extras):
                todo.append(nested)
    return seen


def _imports(path: Path) -> set[str]:
    """Top-level modules a file imports (anywhere in it, lazily imported ones included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - FIRST_PARTY - set(sys.stdlib_module_names) - {"__future__"}


def _missing(files: list[Path], installed: set[str]) -> dict[str, list[str]]:
    providers = metadata.packages_distributions()
    missing: dict[str, list[str]] = {}
    for path in files:
        for module in sorted(_imports(path)):
            if not {canonicalize_name(d) for d in providers.get(module, [])} & installed:
                missing.setdefault(module, []).append(str(path.relative_to(PROJECT_ROOT)))
    return missing


def test_regelverk_eval_needs_nothing_beyond_the_base_install() -> None:
    base = _closure(list(_project()["dependencies"]))  # type: ignore[call-overload]
    files = [path for path in sorted((PROJECT_ROOT / "eval").rglob("*.py")) if path.name not in DEV_SCRIPTS]
    assert _missing(files, base) == {}


def test_the_service_needs_nothing_beyond_the_base_install_and_its_optional_backends() -> None:
    # The optional backends (sentence-transformers, PostgreSQL) say which extra to install when it is missing.
    project = _project()
    extras: dict[str, list[str]] = project["optional-dependencies"]  # type: ignore[assignment]
    installed = _closure([*project["dependencies"], *extras["st"], *extras["postgres"]])  # type: ignore[misc]
    files = sorted((PROJECT_ROOT / "assistant").rglob("*.py")) + sorted((PROJECT_ROOT / "ingest").rglob("*.py"))
    assert _missing(files, installed) == {}
