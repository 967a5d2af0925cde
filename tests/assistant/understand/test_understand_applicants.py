"""Applicant types from the shared synonym table, in nb and en, with inflection, typos and which-questions."""

from __future__ import annotations

import pytest

from assistant.applicants import ApplicantType as A
from assistant.understand import find_applicant_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi er en kommune", [A.KOMMUNE]),
        ("Kan kommunen søke?", [A.KOMMUNE]),
        ("kommunene", [A.KOMMUNE]),
        ("Kan bydelen søke?", [A.KOMMUNE]),
        ("we are a municipality", [A.KOMMUNE]),
        ("Hva med fylkeskommuner?", [A.FYLKESKOMMUNE]),
        ("fylkeskomuner", [A.FYLKESKOMMUNE]),  # typo
        ("We are a county council", [A.FYLKESKOMMUNE]),
        ("county municipalities", [A.FYLKESKOMMUNE]),
        # A county-owned company is a company of its own kind, not the county municipality.
        ("Kan en fylkeskommunal bedrift søke?", [A.OFFENTLIG_BEDRIFT]),
        ("a county-owned company", [A.OFFENTLIG_BEDRIFT]),
        # Counties as places: where the applicants are, not who applies.
        ("two teams in different counties want one project across the county border", []),
        ("Kan et IKS søke?", [A.INTERKOMMUNALT_SELSKAP]),
        ("interkommunale selskaper", [A.INTERKOMMUNALT_SELSKAP]),
        ("an inter-municipal company", [A.INTERKOMMUNALT_SELSKAP]),
        ("Kan helseforetaket søke?", [A.STATLIG_FORETAK]),
        ("RHF", [A.STATLIG_FORETAK]),
        ("a health trust", [A.STATLIG_FORETAK]),
        # A university hospital is a health trust, not a university.
        ("We are a university hospital trust", [A.STATLIG_FORETAK]),
        ("Vi er et universitetssykehus", [A.STATLIG_FORETAK]),
        ("frivillige organisasjoner", [A.FRIVILLIG_ORGANISASJON]),
        ("Vi er en ideell organisasjon", [A.FRIVILLIG_ORGANISASJON]),
        ("an NGO", [A.FRIVILLIG_ORGANISASJON]),
        ("stiftelsene", [A.STIFTELSE]),
        ("a foundation", [A.STIFTELSE]),
        ("Can universities apply?", [A.UNIVERSITET_HOGSKOLE]),
        ("høgskolen", [A.UNIVERSITET_HOGSKOLE]),
        ("Er vi som AS kvalifisert?", [A.BEDRIFT]),
        ("a private company", [A.BEDRIFT]),
        ("søkere utenfor Norge", [A.UTENLANDSK]),
        ("a foreign organisation", [A.UTENLANDSK, A.FRIVILLIG_ORGANISASJON]),
        ("en organisasjon utenfor Norge", [A.UTENLANDSK, A.FRIVILLIG_ORGANISASJON]),  # specific before broad
        ("our organisation is a foundation", [A.STIFTELSE, A.FRIVILLIG_ORGANISASJON]),
        ("helseforetaket og kommunene", [A.STATLIG_FORETAK, A.KOMMUNE]),
        ("Kan kommuner og fylkeskommuner søke?", [A.KOMMUNE, A.FYLKESKOMMUNE]),
        ("KOMMUNE", [A.KOMMUNE]),
        ("Kan kommuner soke?", [A.KOMMUNE]),
    ],
)
def test_applicant_types(text: str, expected: list[A]) -> None:
    assert find_applicant_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "as a rule, who may apply?",  # English "as" is not the company form AS
        "What organisations can apply?",  # asks which, does not say who asks
        "Hvilke organisasjoner kan søke?",
        "What kind of company is eligible?",
        "Hvem kan søke?",
        "organisasjonsnummer",  # a compound, not an organisation
        "What if we have an agreement with the municipality to run the IPS service?",  # a partner, not who applies
        "Vi har en samarbeidsavtale med helseforetaket.",
        "Can we apply if our clinic partners with a municipality?",
        "Which EU programme co-funds IPS services?",  # a programme of the EU, not the EU applying
        "",
    ],
)
def test_no_applicant(text: str) -> None:
    assert find_applicant_types(text) == []


def test_longest_synonym_wins() -> None:
    # "county council" is a county municipality even though "council" alone names a municipality.
    assert find_applicant_types("our county council") == [A.FYLKESKOMMUNE]
    assert find_applicant_types("et interkommunalt selskap") == [A.INTERKOMMUNALT_SELSKAP]
