"""POST /api/calculate with the real app and rule tables (TestClient)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as test_client:
        yield test_client


def test_calculate_one_year(client: TestClient) -> None:
    response = client.post("/api/calculate", json={"scheme": "0765.73", "measure": "B", "year": 3, "percents": [50]})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["amount"] == 225_000
    assert data["calculation"]["assumptions"]
    kinds = [line["kind"] for line in data["calculation"]["lines"]]
    assert "rate" in kinds and "prorate" in kinds and kinds[-1] == "total"


def test_a_position_filled_part_of_the_year_is_pro_rated_by_months(client: TestClient) -> None:
    body = {"scheme": "0765.73", "measure": "A", "year": 1, "percents": [100, 100], "months": [12, 6]}
    data = client.post("/api/calculate", json=body).json()
    assert data["amount"] == 800_000 + 400_000
    assert any("6/12" in line["text"] for line in data["calculation"]["lines"] if line["kind"] == "prorate")
    one = {"scheme": "0765.73", "measure": "B", "percents": [100], "months": [6], "all_years": True}
    assert client.post("/api/calculate", json=one).json()["amount"] == 2_100_000 - 375_000


def test_calculate_fact_team_cap(client: TestClient) -> None:
    body = {"scheme": "voksne-langvarige", "measure": "FACT", "year": 1, "positions": 12}
    data = client.post("/api/calculate", json=body).json()
    assert data["amount"] == 3_000_000
    assert any("per team" in line["text"] for line in data["calculation"]["lines"] if line["kind"] == "cap")
    assert data["warnings"]


def test_calculate_all_years_with_salary(client: TestClient) -> None:
    body = {"scheme": "ips-jmo", "measure": "ips", "positions": 3, "all_years": True, "salary_cost": 2_000_000}
    data = client.post("/api/calculate", json=body).json()
    assert data["amount"] == 3_600_000
    assert [year["amount"] for year in data["years"]] == [1_500_000, 1_200_000, 900_000]
    assert [f["own_funding"] for f in data["own_funding"]] == [500_000, 800_000, 1_100_000]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"scheme": "0765.73", "measure": "B", "year": 0}, "year"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "percents": [-50]}, "percents"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "percents": [150]}, "percents"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "colour": "red"}, "colour"),
        ({"scheme": "0765.73", "measure": "B", "year": "two"}, "year"),
        ({"scheme": "0765.73", "measure": "B", "year": 1.5}, "year"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "positions": "2"}, "positions"),
        ({"scheme": "", "measure": "B", "year": 1}, "scheme"),
        ({"measure": "B", "year": 1}, "scheme"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "months": [13]}, "months"),
    ],
)
def test_bad_input_is_422_with_a_message(client: TestClient, body: dict[str, Any], fragment: str) -> None:
    response = client.post("/api/calculate", json=body)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"scheme": "0765.73", "measure": "B", "year": 5}, "år 5 finnes ikke"),
        ({"scheme": "0765.73", "measure": "A", "year": 1, "positions": 3}, "to 100 %-stillinger"),
        ({"scheme": "0765.73", "measure": "C", "year": 1}, "Tiltak i ordningen"),
        ({"scheme": "0765.73", "year": 1}, "Oppgi hvilket tiltak"),
        ({"scheme": "ips-jmo", "measure": "integrert JMO/IPS", "year": 1}, "avhengig av innretningen"),
        ({"scheme": "0765.73", "measure": "B", "year": 1, "positions": 2, "months": [6]}, "måneder for hver"),
    ],
)
def test_impossible_requests_are_422_with_the_domain_message(
    client: TestClient, body: dict[str, Any], fragment: str
) -> None:
    response = client.post("/api/calculate", json=body)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]


def test_unknown_scheme_is_404(client: TestClient) -> None:
    response = client.post("/api/calculate", json={"scheme": "tilskudd til romfart", "measure": "A", "year": 1})
    assert response.status_code == 404
    assert "Kjente ordninger" in response.json()["detail"]
