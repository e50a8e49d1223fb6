"""The column specification of every input: the single description the readers enforce.

Tables (CSV/XLSX) and registers (YAML/JSON entries) are both described as a list of
columns. `docs/data.md` documents the same specification; `python -m bosetting.obligations.data.spec`
prints it as JSON for other tools.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

Kind = Literal["kommunenummer", "fylkesnummer", "text", "int", "float", "date", "month", "bool"]

MOTTAKSTYPER = ("asylmottak", "omsorgssenter")
ENDRINGER = ("etablert", "oppskalert", "nedskalert", "nedlagt")
GRUPPER = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")
VENTESTEDER = ("asylmottak", "omsorgssenter", "utlandet")
BOSATT_AV = ("IMDi", "Bufetat")
STATISTIKK_AVSENDERE = ("IMDi", "UDI")
# The numbered obligations of the 2026-2029 agreement; registers may only refer to these.
FORPLIKTELSER = (
    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3",
    "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "6.1", "6.2", "6.3", "6.4", "6.5", "7.1", "7.2", "8.1", "8.2",
)


# The goals of the agreement (rules/goals/), by the ids their rule file gives them.
MAAL = ("hovedmaal-1", "hovedmaal-2", "hovedmaal-3", "resultatmaal-bosetting", "resultatmaal-mottak")
# The points of the yearly review that the parties minute (registre/referat.yaml): every goal and obligation.
REFERAT_PUNKTER = (*MAAL, *FORPLIKTELSER)
# The parties to the agreement (its first page): KS and the four ministries. Only they give remarks in a referat.
PARTER = ("KS", "AID", "JD", "BFD", "KDD")
# The ministries among them, with their names as the agreement writes them: an agreed deviation is followed
# up by "berørte departement i samarbeid med KS" (the agreement's Formål), so a waiver names KS and one of them.
DEPARTEMENTER = {"AID": "Arbeids- og inkluderingsdepartementet", "JD": "Justis- og beredskapsdepartementet",
                 "BFD": "Barne- og familiedepartementet", "KDD": "Kommunal- og distriktsdepartementet"}
# The ministry each directorate answers to: the party through which a directorate's work under the agreement counts.
DIREKTORATENES_DEPARTEMENT = {"IMDi": "AID", "UDI": "JD", "Bufdir": "BFD", "Bufetat": "BFD", "Husbanken": "KDD"}
# Who may own a follow-up agreed in a referat: a party, the parties together, a directorate through which a
# ministry acts under the agreement, or Nasjonalt utvalg, through which the obligations are also followed up.
OPPFOLGING_ANSVARLIGE = (*PARTER, "Partene", "IMDi", "UDI", "Bufdir", "Bufetat", "Husbanken", "Nasjonalt utvalg")
# The acts of a party that the agreement's "Varighet og oppsigelse" names, as a referat records them: "Dersom en av
# partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er til stede" (then the agreement's
# continuation is discussed), and "Oppsigelse av avtalen skal gis med minst en måneds varsel".
ERKLAERINGER = ("vilkaar_ikke_til_stede", "oppsigelse")


@dataclass(frozen=True)
class Column:
    """One column of a table, or one key of a register entry.

    `required`: the value must be given. An optional value may be left empty (CSV/XLSX) or
    be null or left out (YAML), and is read as None. In tables every column must still be
    present in the header, so that a misspelt column is never mistaken for an empty one, except
    a column marked `may_be_absent`: one added after files in use were written (a misspelt one is
    still reported, as an unknown column with its likely name).
    """

    name: str
    kind: Kind
    required: bool = True
    allowed: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""
    may_be_absent: bool = False


@dataclass(frozen=True)
class TableSpec:
    """One input: its file name (without extension), columns and the columns that form its key."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    description: str = ""
    # For registers: the top-level YAML key holding the list of entries.
    entries_key: str = ""
    # Whether one row may be the source's own total, with one of TOTAL_LABELS in the key column.
    may_have_total: bool = False

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# How IMDi's and SSB's tables label their total row (compared without case); such a row in the key column of a
# table that may have one is kept as the source's published total, never read as a kommune or fylke.
TOTAL_LABELS = ("i alt", "totalt", "sum", "hele landet")

# Assumption: no count in these tables (persons, places, inhabitants) reaches ten million; a larger
# number is a data error (a shifted column, an id in a count), not a figure to evaluate.
MAX_COUNT = 10_000_000


def _count(name: str, description: str, required: bool = True, may_be_absent: bool = False) -> Column:
    return Column(name, "int", required, minimum=0, maximum=MAX_COUNT, description=description,
                  may_be_absent=may_be_absent)


def _pct(name: str, description: str) -> Column:
    return Column(name, "float", False, minimum=0, maximum=100, description=description, may_be_absent=True)


# The register may be versioned: rows with validity dates, as SSB publishes its classification of kommuner
# (131). A row without dates is valid in every year; a year's register is the rows valid on its 1 January.
_VALIDITY = (
    Column("gyldig_fra", "date", False, description="first day the row is valid; empty = since before the data",
           may_be_absent=True),
    Column("gyldig_til", "date", False, description="last day the row is valid; empty = still valid",
           may_be_absent=True),
)

KOMMUNER = TableSpec(
    "kommuner",
    (
        Column("kommunenummer", "kommunenummer", description="four digits, with leading zero"),
        Column("navn", "text"),
        Column("fylkesnummer", "fylkesnummer", description="two digits: the first two of the kommunenummer"),
        Column("fylke", "text"),
        _count("innbyggere", "population"),
        Column("innbyggere_per", "date", False, description="date the population was counted"),
        *_VALIDITY,
    ),
    key=("kommunenummer", "gyldig_fra"),
    description="the kommune register",
)

FYLKER = TableSpec(
    "fylker",
    (
        Column("fylkesnummer", "fylkesnummer"),
        Column("navn", "text"),
        *_VALIDITY,
    ),
    key=("fylkesnummer", "gyldig_fra"),
    description="the fylke register, versioned: which fylker there were in a year (classification 104)",
)


def _changes(name: str, kind: Literal["kommunenummer", "fylkesnummer"], what: str) -> TableSpec:
    return TableSpec(
        name,
        (
            Column("gammelt_nummer", kind, description=f"the {what}'s number before the change"),
            Column("gammelt_navn", "text", False, may_be_absent=True),
            Column("nytt_nummer", kind, description=f"the {what}'s number from the change on"),
            Column("nytt_navn", "text", False, may_be_absent=True),
            Column("gyldig_fra", "date", description="the day the change took effect (1 January as a rule)"),
        ),
        key=("gammelt_nummer", "nytt_nummer", "gyldig_fra"),
        description=f"changes of {what} numbers: one old to one new is a renumbering, several old to one new a "
                    "merge, one old to several new a split",
    )


KOMMUNEENDRINGER = _changes("kommuneendringer", "kommunenummer", "kommune")
FYLKESENDRINGER = _changes("fylkesendringer", "fylkesnummer", "fylke")

# Every column of the kommune table but the key and the request may be left out of the header: a user often has
# anmodning and vedtak before bosatt is known, or no criteria figures at all. A left-out column gives None for
# every row, and a rule or metric that needs it says utilstrekkelig grunnlag, naming the file and column.
KOMMUNE_AAR = TableSpec(
    "kommune_aar",
    (
        Column("kommunenummer", "kommunenummer"),
        _count("anmodning", "refugees IMDi asks the kommune to settle this year"),
        _count("anmodning_em", "of which enslige mindreårige", may_be_absent=True),
        _count("vedtak", "the kommune's decision; empty = no vedtak registered, 0 = the kommune said no", False,
               may_be_absent=True),
        _count("vedtak_em", "of which enslige mindreårige; empty = none registered", False, may_be_absent=True),
        _count("bosatt", "settled in the year", may_be_absent=True),
        _count("bosatt_em", "of which enslige mindreårige", may_be_absent=True),
        _pct("sysselsetting_pct", "employment rate, %"),
        _pct("intro_resultat_pct", "share in work or education one year after the introduction programme, "
             "average of the last three years, %"),
        _pct("innvandrerandel_pct", "immigrants' share of the population, %"),
        _pct("levekar_indeks", "living-conditions challenge index 0-100, higher = more challenges"),
        Column("sekundarflytting_pct", "float", False, minimum=-100, maximum=100,
               description="net secondary out-moves of refugees settled in the last five years, % of those "
               "settled (negative = net in-moves)", may_be_absent=True),
        _count("fylkeskommune_anbefaling", "the fylkeskommune's recommended request", False, may_be_absent=True),
        _count("fylkeskommune_anbefaling_em", "of which enslige mindreårige", False, may_be_absent=True),
    ),
    key=("kommunenummer",),
    description="request, decision, settlement and criteria inputs per kommune",
    may_have_total=True,
)

# For years whose figures are published per fylke only (years before the agreement): the same counts per fylke.
FYLKE_AAR = TableSpec(
    "fylke_aar",
    (
        Column("fylkesnummer", "fylkesnummer", description="two digits, in the fylke structure of the year"),
        Column("fylke", "text", False, description="the fylke's name as the source prints it", may_be_absent=True),
        _count("anmodning", "refugees IMDi asked the kommuner of the fylke to settle"),
        _count("anmodning_em", "of which enslige mindreårige", may_be_absent=True),
        _count("vedtak", "the kommuner's decisions together; empty = none registered", False, may_be_absent=True),
        _count("vedtak_em", "of which enslige mindreårige", False, may_be_absent=True),
        _count("bosatt", "settled in the year", may_be_absent=True),
        _count("bosatt_em", "of which enslige mindreårige", may_be_absent=True),
    ),
    key=("fylkesnummer",),
    description="request, decision and settlement per fylke, for years without kommune figures",
    may_have_total=True,
)

PERSONER = TableSpec(
    "personer",
    (
        Column("record_id", "text", description="anonymous id, unique in the file"),
        Column("gruppe", "text", allowed=GRUPPER),
        Column("saerskilte_behov", "bool", description="needs special health and care services"),
        Column("tillatelse_dato", "date", description="date of the permit"),
        Column("bosettingsklar_dato", "date", description="date the person became bosettingsklar"),
        Column("bosatt_dato", "date", False, description="date of settlement; empty while waiting"),
        Column("ventested", "text", allowed=VENTESTEDER, description="where the person waited"),
        Column("kommunenummer", "kommunenummer", False, description="kommune settled in; empty while waiting"),
        Column("bosatt_av", "text", False, allowed=BOSATT_AV, description="who carried out the settlement"),
        Column("overforingsflyktning", "bool", description="resettlement (quota) refugee"),
    ),
    key=("record_id",),
    description="person-level settlement records, anonymised",
)

KAPASITET_ENDRINGER = TableSpec(
    "kapasitet_endringer",
    (
        Column("endring_id", "text"),
        Column("mottakstype", "text", allowed=MOTTAKSTYPER),
        Column("navn", "text", description="name of the mottak or omsorgssenter"),
        Column("kommunenummer", "kommunenummer", description="host kommune"),
        Column("endring", "text", allowed=ENDRINGER),
        Column("plasser", "int", minimum=1, description="number of places changed"),
        Column("vedtaksdato", "date", description="date of the decision"),
        Column("varslet_dato", "date", False, description="date the host kommune was told; empty = never"),
        Column("iverksatt_dato", "date", description="date the change took effect"),
        Column("hastegrunn", "text", False,
               description="why the change had to be made at short notice (the agreement: 'raske endringer ofte "
               "er nødvendig'); empty = not recorded as urgent", may_be_absent=True),
    ),
    key=("endring_id",),
    description="changes in reception capacity",
)

BELEGG = TableSpec(
    "belegg",
    (
        Column("maaned", "month"),
        Column("mottakstype", "text", allowed=MOTTAKSTYPER),
        _count("plasser", "capacity (places)"),
        _count("beboere", "residents"),
        _count("bosettingsklare", "of the residents: bosettingsklare waiting for settlement"),
    ),
    key=("maaned", "mottakstype"),
    description="monthly capacity and occupancy",
)

STATISTIKKLEVERANSER = TableSpec(
    "statistikkleveranser",
    (
        Column("fra", "text", allowed=STATISTIKK_AVSENDERE),
        Column("til", "text", description="'KS' or 'fylkeskommune:<fylkesnummer>'"),
        Column("dato", "date"),
        Column("innhold", "text"),
        Column("maaned", "month", description="the month the delivery covers"),
    ),
    key=("fra", "til", "maaned", "innhold"),
    entries_key="leveranser",
    description="statistics delivered by IMDi and UDI",
)

TILTAK = TableSpec(
    "tiltak",
    (
        Column("tiltak_id", "text"),
        Column("dato", "date"),
        Column("etat", "text", description="agency that took the measure"),
        Column("forpliktelse", "text", allowed=FORPLIKTELSER, description="obligation number, e.g. '1.2'"),
        Column("utloest_av", "text", description="what triggered the measure"),
        Column("beskrivelse", "text"),
    ),
    key=("tiltak_id",),
    entries_key="tiltak",
    description="measures (tiltak) taken",
)

AKTIVITETER = TableSpec(
    "aktiviteter",
    (
        Column("aktivitet_id", "text"),
        Column("forpliktelse", "text", allowed=FORPLIKTELSER),
        Column("etat", "text"),
        Column("dato", "date"),
        Column("beskrivelse", "text"),
        Column("dokument", "text", description="reference to the document that shows it"),
    ),
    key=("aktivitet_id",),
    entries_key="aktiviteter",
    description="documented activities",
)

BEREGNINGSUTVALGET = TableSpec(
    "beregningsutvalget",
    (
        Column("aar", "int", minimum=1990, description="the year whose costs were mapped"),
        Column("publisert_dato", "date"),
        Column("tittel", "text"),
        Column("dekningsgrad_pct", "float", False, minimum=0, description="grants / mapped costs, %"),
        Column("referanse", "text"),
    ),
    key=("aar", "tittel"),
    entries_key="rapporter",
    description="Beregningsutvalget's reports",
)

UNNTAK = TableSpec(
    "unntak",
    (
        Column("forpliktelse", "text", description="the rule id waived: an obligation number or another rule's id"),
        Column("subject", "text", description="'national' or an agency (IMDi, UDI, Bufdir, ...): the party's "
                                              "obligation; never a kommune or a fylke"),
        Column("avtalt_av", "text", description="who agreed the deviation: KS and the ministry concerned "
                                                "(AID, JD, BFD or KDD), e.g. 'JD og KS'"),
        Column("begrunnelse", "text"),
        Column("gyldig_fra", "date"),
        Column("gyldig_til", "date"),
        Column("referat", "text",
               description="the minutes (referat) of the konsultasjonsordning where the parties agreed it"),
    ),
    key=("forpliktelse", "subject", "gyldig_fra"),
    entries_key="unntak",
    description="agreed deviations (waivers)",
)

NASJONALT = TableSpec(
    "nasjonalt",
    (
        Column("aar", "int", minimum=2000),
        _count("bosettingsbehov", "the national settlement need"),
        _count("bosettingsbehov_em", "of which enslige mindreårige; empty = not given", False),
        _count("prognose_bosettingsklare", "forecast number of bosettingsklare; empty = no forecast", False),
        _count("bosettingsbehov_justert", "the need as adjusted during the year", False),
        _count("bosettingsbehov_em_justert", "of which enslige mindreårige", False),
        Column("bosettingsbehov_justert_dato", "date", False, description="the day the need was adjusted"),
    ),
    key=("aar",),
    description="the national need for the year (one mapping, not a list)",
)

YEAR_TABLES = (KOMMUNE_AAR, FYLKE_AAR, PERSONER, KAPASITET_ENDRINGER, BELEGG)
REGISTERS = (STATISTIKKLEVERANSER, TILTAK, AKTIVITETER, BEREGNINGSUTVALGET, UNNTAK)
# The tables at the top of a data folder besides the kommune register: all optional.
CLASSIFICATION_TABLES = (FYLKER, KOMMUNEENDRINGER, FYLKESENDRINGER)
ALL_SPECS = (KOMMUNER, *CLASSIFICATION_TABLES, *YEAR_TABLES, NASJONALT, *REGISTERS)


def as_json() -> str:
    return json.dumps({spec.name: asdict(spec) for spec in ALL_SPECS}, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    print(as_json())
