"""GET /api/schemes and /api/schemes/{id}: the structured rules with sources."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path, today=date(2026, 11, 23))
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_list_schemes(client: TestClient) -> None:
    response = client.get("/api/schemes")
    assert response.status_code == 200
    schemes = {s["id"]: s for s in response.json()}
    assert {"0765-73", "ips-jmo", "voksne-langvarige", "rus-overgang", "rus-ny", "barn-unge-langvarige"} <= set(schemes)
    assert "oversikt-2015/psykisk-helse-i-skolen" in schemes
    assert [m["id"] for m in schemes["0765-73"]["measures"]] == ["A", "B"]
    assert schemes["0765-73"]["status"] == "current"
    assert schemes["voksne-langvarige"]["status"] == "expired"


def test_get_scheme_returns_rules_with_sources(client: TestClient) -> None:
    response = client.get("/api/schemes/0765-73")
    assert response.status_code == 200
    data = response.json()
    scheme = data["scheme"]
    assert scheme["eligibility"][0]["applicants"]["fylkeskommune"]["verdict"] == "no"
    assert scheme["eligibility"][0]["applicants"]["fylkeskommune"]["source"]["quote"] == "☐ Fylkeskommuner"
    rates = scheme["measures"]["B"]["rates"]
    assert [r["value"] for r in rates] == [750_000, 600_000, 450_000, 300_000]
    assert all(r["unit"] == "NOK" and r["source"]["quote"] and r["valid_from"] == "2025-09-19" for r in rates)
    assert scheme["facts"]["appeal"]["value"] is False
    reporting = next(d for d in data["deadlines"] if d["kind"] == "reporting")
    assert reporting["next_date"] == "2027-04-01"


def test_get_scheme_by_alias_and_slash_id(client: TestClient) -> None:
    assert client.get("/api/schemes/kap. 765 post 73").json()["scheme"]["id"] == "0765-73"
    response = client.get("/api/schemes/oversikt-2015/psykisk-helse-i-skolen")
    assert response.status_code == 200
    applicants = response.json()["scheme"]["eligibility"][0]["applicants"]
    assert applicants["kommune"]["verdict"] == "no"


def test_expired_deadlines_are_flagged(client: TestClient) -> None:
    deadlines = client.get("/api/schemes/voksne-langvarige").json()["deadlines"]
    first = deadlines[0]
    assert first["due"] == "2019-03-01" and first["expired"] is True


def test_unknown_scheme_is_404(client: TestClient) -> None:
    response = client.get("/api/schemes/finnes-ikke")
    assert response.status_code == 404
    assert "Kjente ordninger" in response.json()["detail"]
