"""Applicant types: the canonical ids used by rule tables, the question parser and answers, with nb/en names."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class ApplicantType(StrEnum):
    """Kinds of applicant the regelverk template distinguishes (section 3 "Hvem kan søke"), plus foundations."""

    KOMMUNE = "kommune"
    FYLKESKOMMUNE = "fylkeskommune"
    INTERKOMMUNALT_SELSKAP = "interkommunalt_selskap"
    STATLIG_FORETAK = "statlig_foretak"
    FRIVILLIG_ORGANISASJON = "frivillig_organisasjon"
    STIFTELSE = "stiftelse"
    UNIVERSITET_HOGSKOLE = "universitet_hogskole"
    BEDRIFT = "bedrift"
    # State- or county-owned companies: the 2023 slides let "statlige, og fylkeskommunale bedrifter" apply, while a
    # company as such ("☐ Bedrifter") and a county municipality itself are other types.
    OFFENTLIG_BEDRIFT = "offentlig_bedrift"
    UTENLANDSK = "utenlandsk"


class ApplicantInfo(BaseModel):
    """Names and synonyms of one applicant type."""

    type: ApplicantType = Field(description="Canonical id.")
    nb_singular: str = Field(description="Norwegian name, singular ('en kommune').")
    nb_plural: str = Field(description="Norwegian name, plural, as in the regelverk template ('Kommuner').")
    en_singular: str = Field(description="English name, singular.")
    en_plural: str = Field(description="English name, plural.")
    synonyms: list[str] = Field(description="Lower-case words and phrases (nb and en) that name this type.")


APPLICANTS: dict[ApplicantType, ApplicantInfo] = {
    info.type: info
    for info in [
        ApplicantInfo(
            type=ApplicantType.KOMMUNE,
            nb_singular="kommune",
            nb_plural="kommuner",
            en_singular="municipality",
            en_plural="municipalities",
            synonyms=[
                "kommune",
                "kommuner",
                "kommunen",
                "kommunene",
                "distriktskommune",
                "distriktskommuner",
                "småkommune",
                "småkommuner",
                "bydel",
                "bydeler",
                "municipality",
                "municipalities",
                "local authority",
                "local authorities",
                "city council",
                "town council",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.FYLKESKOMMUNE,
            nb_singular="fylkeskommune",
            nb_plural="fylkeskommuner",
            en_singular="county municipality",
            en_plural="county municipalities",
            synonyms=[
                "fylkeskommune",
                "fylkeskommuner",
                "fylkeskommunen",
                "fylkeskommunene",
                "fylke",
                "fylker",
                "county municipality",
                "county municipalities",
                "county council",
                "county councils",
                "county",
                "counties",
                "county authority",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.INTERKOMMUNALT_SELSKAP,
            nb_singular="interkommunalt selskap",
            nb_plural="interkommunale selskaper",
            en_singular="inter-municipal company",
            en_plural="inter-municipal companies",
            synonyms=[
                "interkommunalt selskap",
                "interkommunale selskaper",
                "interkommunalt",
                "iks",
                "inter-municipal company",
                "inter-municipal companies",
                "intermunicipal company",
                "intermunicipal",
                "inter-municipal",
                "joint municipal company",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.STATLIG_FORETAK,
            nb_singular="statlig foretak (f.eks. RHF/HF)",
            nb_plural="statlige foretak (f.eks. RHF/HF)",
            en_singular="state enterprise (e.g. a regional or local health trust, RHF/HF)",
            en_plural="state enterprises (e.g. health trusts, RHF/HF)",
            synonyms=[
                "statlig foretak",
                "statlige foretak",
                "helseforetak",
                "helseforetaket",
                "rhf",
                "hf",
                "regionalt helseforetak",
                "regionale helseforetak",
                "sykehus",
                "sykehuset",
                "universitetssykehus",
                "universitetssykehuset",
                "dps",
                "state enterprise",
                "state enterprises",
                "state-owned enterprise",
                "health trust",
                "health trusts",
                "regional health authority",
                "hospital trust",
                "university hospital",
                "university hospital trust",
                "hospital",
                "hospitals",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.FRIVILLIG_ORGANISASJON,
            nb_singular="frivillig eller ideell organisasjon",
            nb_plural="frivillige og ideelle organisasjoner",
            en_singular="voluntary or non-profit organisation",
            en_plural="voluntary and non-profit organisations",
            synonyms=[
                "frivillig organisasjon",
                "frivillige organisasjoner",
                "ideell organisasjon",
                "ideelle organisasjoner",
                "frivillig",
                "frivillige",
                "ideell",
                "ideelle",
                "organisasjon",
                "organisasjoner",
                "forening",
                "lag og foreninger",
                "brukerorganisasjon",
                "brukerorganisasjoner",
                "user organisation",
                "user organisations",
                "user organization",
                "user organizations",
                "patient organisation",
                "patient organization",
                "voluntary",
                "voluntary organisation",
                "voluntary organization",
                "non-profit",
                "nonprofit",
                "ngo",
                "charity",
                "charities",
                "organisation",
                "organization",
                "association",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.STIFTELSE,
            nb_singular="stiftelse",
            nb_plural="stiftelser",
            en_singular="foundation",
            en_plural="foundations",
            synonyms=["stiftelse", "stiftelser", "stiftelsen", "foundation", "foundations", "trust fund"],
        ),
        ApplicantInfo(
            type=ApplicantType.UNIVERSITET_HOGSKOLE,
            nb_singular="universitet eller høyskole",
            nb_plural="universiteter og høyskoler",
            en_singular="university or university college",
            en_plural="universities and university colleges",
            synonyms=[
                "universitet",
                "universiteter",
                "universitetet",
                "høyskole",
                "høyskoler",
                "høgskole",
                "høgskoler",
                "høgskolen",
                "høyskolen",
                "university",
                "universities",
                "college",
                "university college",
                "research institution",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.BEDRIFT,
            nb_singular="bedrift",
            nb_plural="bedrifter",
            en_singular="company",
            en_plural="companies",
            synonyms=[
                "bedrift",
                "bedrifter",
                "bedriften",
                "privat bedrift",
                "private bedrifter",
                "selskap",
                "as",
                "firma",
                "aksjeselskap",
                "company",
                "companies",
                "business",
                "businesses",
                "firm",
                "private company",
                "enterprise",
                "startup",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.OFFENTLIG_BEDRIFT,
            nb_singular="statlig eller fylkeskommunal bedrift",
            nb_plural="statlige og fylkeskommunale bedrifter",
            en_singular="state- or county-owned company",
            en_plural="state- and county-owned companies",
            synonyms=[
                "fylkeskommunal bedrift",
                "fylkeskommunale bedrifter",
                "fylkeskommunalt foretak",
                "fylkeskommunale foretak",
                "fylkeskommunalt selskap",
                "fylkeskommunalt eid bedrift",
                "fylkeskommunalt eid selskap",
                "statlig bedrift",
                "statlige bedrifter",
                "statseid bedrift",
                "statseide bedrifter",
                "county-owned company",
                "county-owned companies",
                "county-owned enterprise",
                "county-owned enterprises",
                "county-municipal company",
                "county-municipal companies",
                "county-municipal enterprise",
                "county municipal company",
                "county municipal enterprise",
                "state-owned company",
                "state-owned companies",
            ],
        ),
        ApplicantInfo(
            type=ApplicantType.UTENLANDSK,
            nb_singular="søker utenfor Norge",
            nb_plural="søkere utenfor Norge (f.eks. internasjonale organisasjoner og EU)",
            en_singular="applicant outside Norway",
            en_plural="applicants outside Norway (e.g. international organisations and the EU)",
            synonyms=[
                "utenfor norge",
                "utenlandsk",
                "utenlandske",
                "internasjonal organisasjon",
                "internasjonale organisasjoner",
                "utlandet",
                "svensk",
                "svenske",
                "dansk",
                "danske",
                "finsk",
                "finske",
                "eu",
                "outside norway",
                "foreign",
                "abroad",
                "international organisation",
                "international organization",
                "swedish",
                "danish",
                "finnish",
            ],
        ),
    ]
}


def applicant_name(kind: ApplicantType, language: str, plural: bool = False) -> str:
    """Display name of an applicant type in 'nb' or 'en'."""
    info = APPLICANTS[kind]
    if language == "en":
        return info.en_plural if plural else info.en_singular
    return info.nb_plural if plural else info.nb_singular
