"""`regelverk calc` reproduces every amount the corpus states; `rules check` and `rules show` work."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()

# (arguments, amount stated in the corpus)
STATED_AMOUNTS = [
    (["0765.73", "--measure", "A", "--year", "1"], 800_000),
    (["0765.73", "--measure", "A", "--year", "1", "--positions", "1", "--training", "400000"], 1_200_000),
    (["0765.73", "--measure", "B", "--year", "1"], 750_000),
    (["0765.73", "--measure", "B", "--year", "2"], 600_000),
    (["0765.73", "--measure", "B", "--year", "3"], 450_000),
    (["0765.73", "--measure", "B", "--year", "4"], 300_000),
    (["ips-jmo", "--measure", "ips", "--year", "1"], 500_000),
    (["ips-jmo", "--measure", "ips", "--year", "2"], 400_000),
    (["ips-jmo", "--measure", "ips", "--year", "3"], 300_000),
    (["ips-jmo", "--measure", "ips", "--year", "1", "--positions", "3"], 1_500_000),
    (["ips-jmo", "--measure", "ips", "--year", "2", "--positions", "3"], 1_200_000),
    (["ips-jmo", "--measure", "ips", "--year", "3", "--positions", "3"], 900_000),
    (["ips-jmo", "--measure", "jmo", "--year", "1"], 500_000),
    (["ips-jmo", "--measure", "jmo", "--year", "2"], 400_000),
    (["ips-jmo", "--measure", "jmo", "--year", "3"], 300_000),
    (["voksne-langvarige", "--measure", "act-fact", "--year", "1"], 300_000),
    (["voksne-langvarige", "--measure", "act-fact", "--year", "2"], 300_000),
    (["voksne-langvarige", "--measure", "act-fact", "--year", "3"], 250_000),
    (["voksne-langvarige", "--measure", "act-fact", "--year", "4"], 200_000),
    (["voksne-langvarige", "--measure", "FACT-team", "--year", "1", "--positions", "10"], 3_000_000),
    (["voksne-langvarige", "--measure", "forprosjekt"], 600_000),
    (["rus-overgang", "--year", "1"], 330_000),
]


@pytest.mark.parametrize(("args", "amount"), STATED_AMOUNTS, ids=[" ".join(a) for a, _ in STATED_AMOUNTS])
def test_calc_reproduces_amounts_stated_in_the_corpus(args: list[str], amount: int) -> None:
    result = runner.invoke(app, ["calc", *args, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["amount"] == amount


def test_calc_prints_the_trace_with_sources() -> None:
    result = runner.invoke(app, ["calc", "0765.73", "--measure", "B", "--year", "2", "--percent", "50"])
    assert result.exit_code == 0, result.output
    assert "300 000" in result.output
    assert "3. prosjekt" not in result.output
    assert "2. prosjekt-/driftsår: kr. 600 000" in result.output
    assert "Antakelse" in result.output


def test_fact_team_of_twelve_positions_names_the_cap() -> None:
    args = ["calc", "voksne-langvarige", "--measure", "FACT-team", "--year", "1", "--positions", "12", "--json"]
    result = runner.invoke(app, args)
    data = json.loads(result.output)
    assert data["amount"] == 3_000_000
    caps = [line for line in data["calculation"]["lines"] if line["kind"] == "cap"]
    assert any("3 mill. kroner i tilskudd per team" in line["text"] for line in caps)
    assert all(line["source"]["quote"] for line in caps)


def test_calc_all_years_with_salary_prints_the_plan() -> None:
    args = ["calc", "0765.73", "-m", "B", "--all-years", "--salary", "800000", "--json"]
    data = json.loads(runner.invoke(app, args).output)
    assert data["total"] == 2_100_000
    assert [f["own_funding"] for f in data["own_funding"]] == [50_000, 200_000, 350_000, 500_000]


def test_calc_domain_error_is_one_line_and_exit_1() -> None:
    # Through the real entry point, which turns domain errors into one line.
    result = subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main()", "calc", "0765.73", "-m", "B", "-y", "5"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: Tiltak B gis i inntil fire år; år 5 finnes ikke."
    assert "Traceback" not in result.stderr


def test_rules_check_passes() -> None:
    result = runner.invoke(app, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert "alle sitater funnet ordrett" in result.output


def test_rules_show_lists_and_shows_schemes() -> None:
    listing = runner.invoke(app, ["rules", "show"])
    assert listing.exit_code == 0 and "oversikt-2015/psykisk-helse-i-skolen" in listing.output
    detail = runner.invoke(app, ["rules", "show", "0765.73"])
    assert detail.exit_code == 0, detail.output
    assert "☐ Fylkeskommuner" in detail.output
    assert "750 000" in detail.output
