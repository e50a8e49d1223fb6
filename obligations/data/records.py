"""Typed records for every input the review reads, one frozen dataclass per row or entry.

Every record carries `source`: where it was read, as `<file>:row <n>` for tables and
`<file>:line <n>` for YAML/JSON registers. `<file>` is the path relative to the parent of
the data directory as it was given (so `data/2026/kommune_aar.csv` for the bundled data),
and `<n>` is 1-based and counts the header as row 1: the first data row is row 2, which is
the row number a user sees in Excel. A finding cites these strings as its evidence.

Counts are int, rates are float, dates are `datetime.date`, months are 'YYYY-MM' strings and
kommunenummer are four-digit strings ("0301"), never numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal

Gruppe = Literal["enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn"]
Ventested = Literal["asylmottak", "omsorgssenter", "utlandet"]
Mottakstype = Literal["asylmottak", "omsorgssenter"]
Endring = Literal["etablert", "oppskalert", "nedskalert", "nedlagt"]
BosattAv = Literal["IMDi", "Bufetat"]


@dataclass(frozen=True, slots=True)
class Kommune:
    """One row of the kommune register (data/kommuner.csv)."""

    kommunenummer: str
    navn: str
    fylkesnummer: str
    fylke: str
    innbyggere: int
    source: str = ""
    gyldig_fra: date | None = None  # None: valid since before the data (see the register's versions)
    gyldig_til: date | None = None  # None: still valid

    def valid_on(self, day: date) -> bool:
        return (self.gyldig_fra is None or self.gyldig_fra <= day) and (self.gyldig_til is None or day <= self.gyldig_til)


@dataclass(frozen=True, slots=True)
class Fylke:
    """One row of the fylke register (data/fylker.csv), with its validity."""

    fylkesnummer: str
    navn: str
    gyldig_fra: date | None = None
    gyldig_til: date | None = None
    source: str = ""

    def valid_on(self, day: date) -> bool:
        return (self.gyldig_fra is None or self.gyldig_fra <= day) and (self.gyldig_til is None or day <= self.gyldig_til)


@dataclass(frozen=True, slots=True)
class NumberChange:
    """One row of a change table (data/kommuneendringer.csv, data/fylkesendringer.csv): old number to new."""

    gammelt_nummer: str
    nytt_nummer: str
    gyldig_fra: date
    gammelt_navn: str | None = None
    nytt_navn: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class KommuneYear:
    """One kommune's request, decision, settlement and criteria inputs for one year.

    The `_em` fields are "of which enslige mindreårige" (included in the totals).
    `vedtak` None means no vedtak is registered; 0 means the kommune said no (IMDi's convention).
    """

    year: int
    kommunenummer: str
    anmodning: int
    anmodning_em: int | None  # None here and below: the column was left out of the table
    vedtak: int | None
    vedtak_em: int | None
    bosatt: int | None
    bosatt_em: int | None
    sysselsetting_pct: float | None = None
    intro_resultat_pct: float | None = None
    innvandrerandel_pct: float | None = None
    levekar_indeks: float | None = None
    sekundarflytting_pct: float | None = None
    fylkeskommune_anbefaling: int | None = None
    fylkeskommune_anbefaling_em: int | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class FylkeYear:
    """One fylke's request, decision and settlement for a year published per fylke only (<year>/fylke_aar.csv).

    `fylkesnummer` is in the fylke structure of that year (19 fylker before 2018, 11 in 2020-2023).
    """

    year: int
    fylkesnummer: str
    fylke: str | None
    anmodning: int
    anmodning_em: int | None
    vedtak: int | None
    vedtak_em: int | None
    bosatt: int | None
    bosatt_em: int | None
    source: str = ""


@dataclass(frozen=True, slots=True)
class PublishedTotal:
    """The source's own total row of a table ('I alt'), kept beside the sum of the rows, never in place of it."""

    file: str
    values: dict[str, int | None]  # column -> the total as printed; None where the row leaves it empty
    source: str = ""


@dataclass(frozen=True, slots=True)
class NationalYear:
    """The national settlement need for one year (data/<year>/nasjonalt.yaml)."""

    year: int
    bosettingsbehov: int
    bosettingsbehov_em: int | None  # None: not given
    prognose_bosettingsklare: int | None  # None: no forecast given
    bosettingsbehov_justert: int | None = None
    bosettingsbehov_em_justert: int | None = None
    bosettingsbehov_justert_dato: date | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    """One anonymised person from permit to settlement (data/<year>/personer.csv).

    `bosatt_dato`, `kommunenummer` and `bosatt_av` are None while the person is still waiting.
    `ventested` 'utlandet' is for overføringsflyktninger, who wait abroad, not in a mottak.
    """

    record_id: str
    gruppe: Gruppe
    saerskilte_behov: bool
    tillatelse_dato: date
    bosettingsklar_dato: date
    bosatt_dato: date | None
    ventested: Ventested
    kommunenummer: str | None
    bosatt_av: BosattAv | None
    overforingsflyktning: bool
    source: str = ""
    # A kommunenummer of another year's register, mapped to the year's through the change table: how, with the
    # change table's rows ('3001 → 3101 (data/kommuneendringer.csv:row 2)'); None when the number is the year's own.
    mapped_from: str | None = None


@dataclass(frozen=True, slots=True)
class CapacityChange:
    """One change of places in an asylmottak or omsorgssenter (data/<year>/kapasitet_endringer.csv).

    `varslet_dato` after `iverksatt_dato` is a late notice, a fact to judge, not a data error.
    """

    endring_id: str
    mottakstype: Mottakstype
    navn: str
    kommunenummer: str
    endring: Endring
    plasser: int
    vedtaksdato: date
    varslet_dato: date | None
    iverksatt_dato: date
    hastegrunn: str | None = None
    source: str = ""
    mapped_from: str | None = None  # as in SettlementRecord: how the host kommune's number was mapped, if it was


@dataclass(frozen=True, slots=True)
class Occupancy:
    """Capacity and residents of one kind of reception in one month (data/<year>/belegg.csv)."""

    maaned: str
    mottakstype: Mottakstype
    plasser: int
    beboere: int
    bosettingsklare: int
    source: str = ""


@dataclass(frozen=True, slots=True)
class StatisticsDelivery:
    """One delivery of statistics from an agency (registre/statistikkleveranser.yaml).

    `til` is 'KS' or 'fylkeskommune:<fylkesnummer>'.
    """

    fra: str
    til: str
    dato: date
    innhold: str
    maaned: str
    source: str = ""
    mapped_from: str | None = None  # as in SettlementRecord: how a fylkesnummer of another year was mapped, if it was


@dataclass(frozen=True, slots=True)
class Measure:
    """A tiltak taken by an agency, and what triggered it (registre/tiltak.yaml)."""

    tiltak_id: str
    dato: date
    etat: str
    forpliktelse: str
    utloest_av: str
    beskrivelse: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Activity:
    """A documented activity for an obligation only documentation can show (registre/aktiviteter.yaml)."""

    aktivitet_id: str
    forpliktelse: str
    etat: str
    dato: date
    beskrivelse: str
    dokument: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class BeregningsutvalgetReport:
    """A report of Beregningsutvalget mapping the kommuner's costs for year `aar` (registre/beregningsutvalget.yaml)."""

    aar: int
    publisert_dato: date
    tittel: str
    dekningsgrad_pct: float | None
    referanse: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Waiver:
    """A deviation KS and the ministry concerned agreed (registre/unntak.yaml): the events of obligation
    `forpliktelse` for `subject` inside the period are excused (see obligations.waivers).

    `subject` is 'national' or an agency name such as 'IMDi'; `referat` names the minutes where it was agreed.
    """

    forpliktelse: str
    subject: str
    avtalt_av: str
    begrunnelse: str
    gyldig_fra: date
    gyldig_til: date
    referat: str
    source: str = ""

    def valid_on(self, day: date) -> bool:
        return self.gyldig_fra <= day <= self.gyldig_til


@dataclass(frozen=True, slots=True)
class Participant:
    """One participant in the konsultasjonsmøte, and the party or organisation they represent."""

    navn: str
    virksomhet: str


@dataclass(frozen=True, slots=True)
class PartyRemark:
    """A party's own remark on a point; `dissens` when it does not share the agreed assessment."""

    part: str
    tekst: str
    dissens: bool = False


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up the parties agreed on a point, with its owner and deadline.

    `id` (<year>-<point>-<n>) is stable: a later year's referat reports on the follow-up by it.
    """

    id: str
    punkt: str
    tiltak: str
    ansvarlig: str
    frist: date
    source: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpReport:
    """A report on a follow-up of an earlier referat: done (`utfort`) or reported not done."""

    oppfolging: str
    utfort: bool
    dato: date | None = None
    merknad: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class PartyStatement:
    """A party's act under the agreement's "Varighet og oppsigelse", recorded in a referat, with its date.

    `gjelder` is one of spec.ERKLAERINGER: that the conditions for fulfilling the agreement are not present
    ("vilkaar_ikke_til_stede"), or a notice of termination ("oppsigelse").
    """

    gjelder: str
    part: str
    dato: date
    tekst: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class ReferatPoint:
    """What the parties minuted on one goal or obligation."""

    punkt: str
    omforent_vurdering: str | None
    merknader: tuple[PartyRemark, ...] = ()
    oppfolging: tuple[FollowUp, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class Referat:
    """The parties' minuted conclusions of the yearly review of `aar` (registre/referat.yaml).

    `moete_dato` is None (and `punkter` empty) while the meeting is not yet held: the file may then hold
    only the reports received during the year on earlier follow-ups, and the parties' statements.
    `erklaeringer` empty means that the register records no statement, not that the data cannot say.
    """

    aar: int
    moete_dato: date | None
    deltakere: tuple[Participant, ...]
    punkter: tuple[ReferatPoint, ...]
    rapporter: tuple[FollowUpReport, ...]
    synthetic: bool = False
    source: str = ""
    erklaeringer: tuple[PartyStatement, ...] = ()

    def point(self, punkt: str) -> ReferatPoint | None:
        return next((p for p in self.punkter if p.punkt == punkt), None)

    @property
    def follow_ups(self) -> tuple[FollowUp, ...]:
        return tuple(f for p in self.punkter for f in p.oppfolging)


@dataclass(frozen=True, slots=True)
class Dataset:
    """Everything read from one data directory.

    Per-year mappings hold a year only when that year's file was supplied: a missing key means
    "no file" (the review can only say insufficient_data), an empty tuple means "a file with no
    entries" (for example: no tiltak were taken).
    """

    data_dir: str
    synthetic: bool
    files: dict[str, str]  # input path as in `source` -> sha256 hex of its bytes
    kommuner: dict[str, Kommune]  # the register, by kommunenummer
    kommune_years: dict[int, dict[str, KommuneYear]] = field(default_factory=dict)
    national: dict[int, NationalYear] = field(default_factory=dict)
    persons: dict[int, tuple[SettlementRecord, ...]] = field(default_factory=dict)
    capacity_changes: dict[int, tuple[CapacityChange, ...]] = field(default_factory=dict)
    occupancy: dict[int, tuple[Occupancy, ...]] = field(default_factory=dict)
    deliveries: dict[int, tuple[StatisticsDelivery, ...]] = field(default_factory=dict)
    measures: dict[int, tuple[Measure, ...]] = field(default_factory=dict)
    activities: dict[int, tuple[Activity, ...]] = field(default_factory=dict)
    reports: dict[int, tuple[BeregningsutvalgetReport, ...]] = field(default_factory=dict)
    waivers: dict[int, tuple[Waiver, ...]] = field(default_factory=dict)
    referat: dict[int, Referat] = field(default_factory=dict)
    # A year may carry its own register (data/<year>/kommuner.csv) when kommuner change.
    kommuner_by_year: dict[int, dict[str, Kommune]] = field(default_factory=dict)
    # Years published per fylke only (<year>/fylke_aar.csv), by fylkesnummer.
    fylke_years: dict[int, dict[str, FylkeYear]] = field(default_factory=dict)
    # Per table file: the columns left out of its header (every row reads None for them).
    absent_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The fylke register (data/fylker.csv) and the change tables, when the data folder has them.
    fylker: tuple[Fylke, ...] = ()
    kommune_changes: tuple[NumberChange, ...] = ()
    fylke_changes: tuple[NumberChange, ...] = ()
    # Per table file: the source's own total row, when the table has one.
    published_totals: dict[str, PublishedTotal] = field(default_factory=dict)
    # What a reader should know about the data but that does not stop it (engine.problems.Problem warnings):
    # a skipped lock file, two files that disagree.
    notes: tuple[Any, ...] = ()

    @property
    def years(self) -> tuple[int, ...]:
        """The years with a kommune table (the years the agreement's rules can be evaluated for)."""
        return tuple(sorted(self.kommune_years))

    def register(self, year: int) -> dict[str, Kommune]:
        """The kommune register in force for `year`."""
        return self.kommuner_by_year.get(year, self.kommuner)

    def fylker_of(self, year: int) -> dict[str, str]:
        """The fylker of `year` (number -> name): from the fylke register when there is one, else the kommune register's."""
        day = date(year, 1, 1)
        if self.fylker:
            return {f.fylkesnummer: f.navn for f in self.fylker if f.valid_on(day)}
        return {k.fylkesnummer: k.fylke for k in self.register(year).values()}


def record_sources(record: object, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """Map each field of a record (or just `names`) to the record's source, for Fact.sources."""
    source = getattr(record, "source", "")
    wanted = names or tuple(f.name for f in fields(record) if f.name != "source")  # type: ignore[arg-type]
    return {name: source for name in wanted}
