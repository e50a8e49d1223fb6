"""Typed records for every input the review reads, one frozen dataclass per row or entry.

Each record is also the declaration of its input's columns: a field read from a column carries it as
metadata (`column`, `count`, `percent`), with its description and bounds, and its type says the rest (a
Literal its allowed values, `| None` that it may be empty). obligations.data.spec derives every input's
specification, the one the readers enforce and docs/data.md documents, from these fields. Fields without
column metadata (`source`, `year`, `mapped_from`) are not read from a column.

Every record carries `source` (person records are cited through PersonRecords, which keeps their rows):
where it was read, as `<file>:row <n>` for tables and
`<file>:line <n>` for YAML/JSON registers. `<file>` is the path relative to the parent of
the data directory as it was given (so `data/2026/kommune_aar.csv` for the bundled data),
and `<n>` is 1-based and counts the header as row 1: the first data row is row 2, which is
the row number a user sees in Excel. A finding cites these strings as its evidence.

Counts are int, rates are float, dates are `datetime.date`, months are 'YYYY-MM' strings and
kommunenummer are four-digit strings ("0301"), never numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field, fields, make_dataclass
from datetime import date
from typing import Any, Literal, TypeVar

Gruppe = Literal["enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn"]
Ventested = Literal["asylmottak", "omsorgssenter", "utlandet"]
Mottakstype = Literal["asylmottak", "omsorgssenter"]
Endring = Literal["etablert", "oppskalert", "nedskalert", "nedlagt"]
BosattAv = Literal["IMDi", "Bufetat"]
StatistikkAvsender = Literal["IMDi", "UDI"]
# The numbered obligations of the 2026-2029 agreement; registers may only refer to these.
Forpliktelse = Literal[
    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3",
    "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "6.1", "6.2", "6.3", "6.4", "6.5", "7.1", "7.2", "8.1", "8.2",
]

Kind = Literal["kommunenummer", "fylkesnummer", "text", "int", "float", "date", "month", "bool"]
# The metadata key under which a field carries its column.
COLUMN = "column"

# Assumption: no count in these tables (persons, places, inhabitants) reaches ten million; a larger
# number is a data error (a shifted column, an id in a count), not a figure to evaluate.
MAX_COUNT = 10_000_000


def column(description: str = "", *, kind: Kind | None = None, required: bool = True,
           minimum: float | None = None, maximum: float | None = None, may_be_absent: bool = False,
           name: str | None = None) -> dict[str, Any]:
    """A field's column, as the field's metadata (see obligations.data.spec.Column for what each part means).

    `kind` defaults to what the field's type says (int, float, bool, date; str is text), and `name` to
    the field's own name.
    """
    return {COLUMN: {"description": description, "kind": kind, "required": required, "minimum": minimum,
                     "maximum": maximum, "may_be_absent": may_be_absent, "name": name}}


def count(description: str, required: bool = True, may_be_absent: bool = False) -> dict[str, Any]:
    """A count of persons, places or inhabitants: a whole number from 0 to MAX_COUNT."""
    return column(description, required=required, minimum=0, maximum=MAX_COUNT, may_be_absent=may_be_absent)


def percent(description: str) -> dict[str, Any]:
    """A rate in per cent, 0 to 100, that may be empty or left out of the table."""
    return column(description, required=False, minimum=0, maximum=100, may_be_absent=True)


# The register may be versioned: rows with validity dates, as SSB publishes its classification of kommuner
# (131). A row without dates is valid in every year; a year's register is the rows valid on its 1 January.
_VALID_FROM = column("first day the row is valid; empty = since before the data", required=False, may_be_absent=True)
_VALID_TO = column("last day the row is valid; empty = still valid", required=False, may_be_absent=True)


@dataclass(frozen=True, slots=True)
class Kommune:
    """One row of the kommune register (data/kommuner.csv)."""

    kommunenummer: str = field(metadata=column("four digits, with leading zero", kind="kommunenummer"))
    navn: str = field(metadata=column())
    fylkesnummer: str = field(metadata=column("two digits: the first two of the kommunenummer", kind="fylkesnummer"))
    fylke: str = field(metadata=column())
    innbyggere: int = field(metadata=count("population"))
    _: KW_ONLY
    innbyggere_per: date | None = field(default=None, metadata=column("date the population was counted",
                                                                      required=False))
    gyldig_fra: date | None = field(default=None, metadata=_VALID_FROM)  # None: valid since before the data
    gyldig_til: date | None = field(default=None, metadata=_VALID_TO)  # None: still valid
    source: str = ""

    def valid_on(self, day: date) -> bool:
        return ((self.gyldig_fra is None or self.gyldig_fra <= day)
                and (self.gyldig_til is None or day <= self.gyldig_til))


@dataclass(frozen=True, slots=True)
class Fylke:
    """One row of the fylke register (data/fylker.csv), with its validity."""

    fylkesnummer: str = field(metadata=column(kind="fylkesnummer"))
    navn: str = field(metadata=column())
    gyldig_fra: date | None = field(default=None, metadata=_VALID_FROM)
    gyldig_til: date | None = field(default=None, metadata=_VALID_TO)
    source: str = ""

    def valid_on(self, day: date) -> bool:
        return ((self.gyldig_fra is None or self.gyldig_fra <= day)
                and (self.gyldig_til is None or day <= self.gyldig_til))


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberChange:
    """One row of a change table (data/kommuneendringer.csv, data/fylkesendringer.csv): old number to new.

    The numbers are kommunenummer or fylkesnummer as the table is (obligations.data.spec gives each table
    its kind and puts kommune or fylke for `{what}` in the descriptions).
    """

    gammelt_nummer: str = field(metadata=column("the {what}'s number before the change"))
    gammelt_navn: str | None = field(default=None, metadata=column(required=False, may_be_absent=True))
    nytt_nummer: str = field(metadata=column("the {what}'s number from the change on"))
    nytt_navn: str | None = field(default=None, metadata=column(required=False, may_be_absent=True))
    gyldig_fra: date = field(metadata=column("the day the change took effect (1 January as a rule)"))
    source: str = ""


@dataclass(frozen=True, slots=True)
class KommuneYear:
    """One kommune's request, decision, settlement and criteria inputs for one year.

    The `_em` fields are "of which enslige mindreårige" (included in the totals).
    `vedtak` None means no vedtak is registered; 0 means the kommune said no (IMDi's convention).
    Every column but the key and the request may be left out of the table's header: a user often has
    anmodning and vedtak before bosatt is known, or no criteria figures at all. A left-out column gives
    None for every row, and a rule or metric that needs it says utilstrekkelig grunnlag, naming the file
    and column.
    """

    year: int
    kommunenummer: str = field(metadata=column(kind="kommunenummer"))
    anmodning: int = field(metadata=count("refugees IMDi asks the kommune to settle this year"))
    # None here and below: the column was left out of the table
    anmodning_em: int | None = field(metadata=count("of which enslige mindreårige", may_be_absent=True))
    vedtak: int | None = field(metadata=count("the kommune's decision; empty = no vedtak registered, 0 = the "
                                              "kommune said no", False, may_be_absent=True))
    vedtak_em: int | None = field(metadata=count("of which enslige mindreårige; empty = none registered", False,
                                                 may_be_absent=True))
    bosatt: int | None = field(metadata=count("settled in the year", may_be_absent=True))
    bosatt_em: int | None = field(metadata=count("of which enslige mindreårige", may_be_absent=True))
    sysselsetting_pct: float | None = field(default=None, metadata=percent("employment rate, %"))
    intro_resultat_pct: float | None = field(default=None, metadata=percent(
        "share in work or education one year after the introduction programme, average of the last three years, %"))
    innvandrerandel_pct: float | None = field(default=None, metadata=percent("immigrants' share of the population, %"))
    levekar_indeks: float | None = field(default=None, metadata=percent(
        "living-conditions challenge index 0-100, higher = more challenges"))
    sekundarflytting_pct: float | None = field(default=None, metadata=column(
        "net secondary out-moves of refugees settled in the last five years, % of those settled (negative = net "
        "in-moves)", required=False, minimum=-100, maximum=100, may_be_absent=True))
    fylkeskommune_anbefaling: int | None = field(default=None, metadata=count(
        "the fylkeskommune's recommended request", False, may_be_absent=True))
    fylkeskommune_anbefaling_em: int | None = field(default=None, metadata=count(
        "of which enslige mindreårige", False, may_be_absent=True))
    source: str = ""


@dataclass(frozen=True, slots=True)
class FylkeYear:
    """One fylke's request, decision and settlement for a year published per fylke only (<year>/fylke_aar.csv).

    `fylkesnummer` is in the fylke structure of that year (19 fylker before 2018, 11 in 2020-2023).
    """

    year: int
    fylkesnummer: str = field(metadata=column("two digits, in the fylke structure of the year", kind="fylkesnummer"))
    fylke: str | None = field(metadata=column("the fylke's name as the source prints it", required=False,
                                              may_be_absent=True))
    anmodning: int = field(metadata=count("refugees IMDi asked the kommuner of the fylke to settle"))
    anmodning_em: int | None = field(metadata=count("of which enslige mindreårige", may_be_absent=True))
    vedtak: int | None = field(metadata=count("the kommuner's decisions together; empty = none registered", False,
                                              may_be_absent=True))
    vedtak_em: int | None = field(metadata=count("of which enslige mindreårige", False, may_be_absent=True))
    bosatt: int | None = field(metadata=count("settled in the year", may_be_absent=True))
    bosatt_em: int | None = field(metadata=count("of which enslige mindreårige", may_be_absent=True))
    source: str = ""


@dataclass(frozen=True, slots=True)
class PublishedTotal:
    """The source's own total row of a table ('I alt'), kept beside the sum of the rows, never in place of it."""

    file: str
    values: dict[str, int | None]  # column -> the total as printed; None where the row leaves it empty
    source: str = ""


@dataclass(frozen=True, slots=True)
class NumberMapping:
    """A kommune or fylke number a table wrote in another year's register, and the number it was counted under."""

    written: str
    counted_as: str
    merge: bool  # several old numbers joined in one: their figures were added up
    rows: int


@dataclass(frozen=True, slots=True)
class NationalYear:
    """The national settlement need for one year (data/<year>/nasjonalt.yaml)."""

    year: int = field(metadata=column(minimum=2000, name="aar"))
    bosettingsbehov: int = field(metadata=count("the national settlement need"))
    bosettingsbehov_em: int | None = field(metadata=count("of which enslige mindreårige; empty = not given", False))
    prognose_bosettingsklare: int | None = field(metadata=count(
        "forecast number of bosettingsklare; empty = no forecast", False))
    bosettingsbehov_justert: int | None = field(default=None, metadata=count(
        "the need as adjusted during the year", False))
    bosettingsbehov_em_justert: int | None = field(default=None, metadata=count("of which enslige mindreårige", False))
    bosettingsbehov_justert_dato: date | None = field(default=None, metadata=column(
        "the day the need was adjusted", required=False))
    source: str = ""


R = TypeVar("R")


def positional_builder(record_type: type[R]) -> Callable[..., R]:
    """A function that builds a frozen record from all its fields' values, in field order, as the class does.

    A frozen dataclass sets each field in __init__ through object.__setattr__, since its own __setattr__
    refuses: 1.9 µs for a person record, a quarter of reading its row (a plain slots class takes 0.3 µs).
    The builder makes the instance with a plain twin of the same slots and then gives it `record_type` as
    its class, which CPython allows between classes of one layout. The result is the same record (equal,
    same hash, frozen); only for records read in bulk, where it is measurable.
    """
    names = [f.name for f in fields(record_type)]  # type: ignore[arg-type]
    if not hasattr(record_type, "__slots__") or hasattr(record_type, "__post_init__"):
        raise TypeError(f"{record_type.__name__}: a builder needs a slots dataclass without __post_init__")
    twin = make_dataclass(f"{record_type.__name__}Builder", names, slots=True, repr=False, eq=False)
    if twin.__slots__ != record_type.__slots__:  # type: ignore[attr-defined]
        raise TypeError(f"{record_type.__name__}: its slots are not its fields in order")

    def build(*values: Any) -> R:
        record = twin(*values)
        record.__class__ = record_type
        return record  # type: ignore[return-value]

    return build


@dataclass(frozen=True, slots=True)
class PersonKey:
    """The column of data/<year>/personer.csv that is read and checked but not kept: the file's own id of a
    person. A person is cited by file and row (PersonRecords), so at 100x the 1.6 million ids (92 MB) are
    let go as soon as each has been checked unique."""

    record_id: str = field(metadata=column("anonymous id, unique in the file"))


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    """One anonymised person from permit to settlement (data/<year>/personer.csv).

    `bosatt_dato`, `kommunenummer` and `bosatt_av` are None while the person is still waiting.
    `ventested` 'utlandet' is for overføringsflyktninger, who wait abroad, not in a mottak.
    Where the row was read, and how a kommunenummer of another year's register was mapped, are kept beside
    the records, in PersonRecords, not in each of them.
    """

    gruppe: Gruppe = field(metadata=column())
    saerskilte_behov: bool = field(metadata=column("needs special health and care services"))
    tillatelse_dato: date = field(metadata=column("date of the permit"))
    bosettingsklar_dato: date = field(metadata=column("date the person became bosettingsklar"))
    bosatt_dato: date | None = field(metadata=column("date of settlement; empty while waiting", required=False))
    ventested: Ventested = field(metadata=column("where the person waited"))
    kommunenummer: str | None = field(metadata=column("kommune settled in; empty while waiting", kind="kommunenummer",
                                                      required=False))
    bosatt_av: BosattAv | None = field(metadata=column("who carried out the settlement", required=False))
    overforingsflyktning: bool = field(metadata=column("resettlement (quota) refugee"))


class PersonRecords(tuple[SettlementRecord, ...]):
    """A year's person records in the file's order, and where each was read.

    A record holds no source of its own: at 100x the 1.6 million row numbers, file names and ids were a
    third of the review's memory. The rows are kept here, four bytes each, and a source string is built only
    when a finding cites the record. Records put together in code (tests, scenarios) may name their sources
    instead; a plain tuple of records has no known rows at all (`sources_of` gives none).
    """

    file: str
    _rows: Sequence[int] | None
    _sources: Sequence[str] | None
    _mapped: Mapping[int, str]

    def __new__(cls, records: Iterable[SettlementRecord] = (), file: str = "", rows: Sequence[int] | None = None,
                sources: Sequence[str] | None = None, mapped: Mapping[int, str] | None = None) -> PersonRecords:
        self = super().__new__(cls, records)
        for given in (rows, sources):
            if given is not None and len(given) != len(self):
                raise ValueError(f"{len(given)} rows or sources for {len(self)} person records")
        self.file, self._rows, self._sources, self._mapped = file, rows, sources, mapped or {}
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return PersonRecords, (tuple(self), self.file, self._rows, self._sources, self._mapped)

    @classmethod
    def of(cls, persons: Sequence[SettlementRecord]) -> PersonRecords:
        """`persons` as PersonRecords: themselves when they are, else with no known rows or sources."""
        return persons if isinstance(persons, PersonRecords) else cls(persons)

    def mapped_at(self, index: int) -> str | None:
        """How the kommunenummer of the record at `index` was mapped from another year's register, with the
        change table's rows ('3001 → 3101 (data/kommuneendringer.csv:row 2)'); None when it is the year's own."""
        return self._mapped.get(index)

    def row_at(self, index: int) -> int | None:
        """The row the record at `index` was read from, or None when it was not read from a table."""
        return self._rows[index] if self._rows is not None else None

    def source_at(self, index: int) -> str:
        """The source of the record at `index`, as a finding cites it: '<file>:row <n>'."""
        if self._sources is not None:
            return self._sources[index]
        return f"{self.file}:row {self._rows[index]}" if self._rows is not None else self.file


def sources_of(persons: Sequence[SettlementRecord], chosen: Iterable[SettlementRecord]) -> list[str]:
    """The sources of the `chosen` records (the very objects, not equal ones) in `persons`, in the file's order;
    none when `persons` does not know where its records were read."""
    if not isinstance(persons, PersonRecords) or (persons._rows is None and persons._sources is None):
        return []
    wanted = {id(record) for record in chosen}
    if not wanted:
        return []
    return [persons.source_at(index) for index, record in enumerate(persons) if id(record) in wanted]


@dataclass(frozen=True, slots=True)
class CapacityChange:
    """One change of places in an asylmottak or omsorgssenter (data/<year>/kapasitet_endringer.csv).

    `varslet_dato` after `iverksatt_dato` is a late notice, a fact to judge, not a data error.
    """

    endring_id: str = field(metadata=column())
    mottakstype: Mottakstype = field(metadata=column())
    navn: str = field(metadata=column("name of the mottak or omsorgssenter"))
    kommunenummer: str = field(metadata=column("host kommune", kind="kommunenummer"))
    endring: Endring = field(metadata=column())
    plasser: int = field(metadata=column("number of places changed", minimum=1))
    vedtaksdato: date = field(metadata=column("date of the decision"))
    varslet_dato: date | None = field(metadata=column("date the host kommune was told; empty = never",
                                                      required=False))
    iverksatt_dato: date = field(metadata=column("date the change took effect"))
    hastegrunn: str | None = field(default=None, metadata=column(
        "why the change had to be made at short notice (the agreement: 'raske endringer ofte er nødvendig'); "
        "empty = not recorded as urgent", required=False, may_be_absent=True))
    source: str = ""
    mapped_from: str | None = None  # as in SettlementRecord: how the host kommune's number was mapped, if it was


@dataclass(frozen=True, slots=True)
class Occupancy:
    """Capacity and residents of one kind of reception in one month (data/<year>/belegg.csv)."""

    maaned: str = field(metadata=column(kind="month"))
    mottakstype: Mottakstype = field(metadata=column())
    plasser: int = field(metadata=count("capacity (places)"))
    beboere: int = field(metadata=count("residents"))
    bosettingsklare: int = field(metadata=count("of the residents: bosettingsklare waiting for settlement"))
    source: str = ""


@dataclass(frozen=True, slots=True)
class StatisticsDelivery:
    """One delivery of statistics from an agency (registre/statistikkleveranser.yaml).

    `til` is 'KS' or 'fylkeskommune:<fylkesnummer>'.
    """

    fra: StatistikkAvsender = field(metadata=column())
    til: str = field(metadata=column("'KS' or 'fylkeskommune:<fylkesnummer>'"))
    dato: date = field(metadata=column())
    innhold: str = field(metadata=column())
    maaned: str = field(metadata=column("the month the delivery covers", kind="month"))
    source: str = ""
    mapped_from: str | None = None  # as in SettlementRecord: how a fylkesnummer of another year was mapped, if it was


@dataclass(frozen=True, slots=True)
class Measure:
    """A tiltak taken by an agency, and what triggered it (registre/tiltak.yaml)."""

    tiltak_id: str = field(metadata=column())
    dato: date = field(metadata=column())
    etat: str = field(metadata=column("agency that took the measure"))
    forpliktelse: Forpliktelse = field(metadata=column("obligation number, e.g. '1.2'"))
    utloest_av: str = field(metadata=column("what triggered the measure"))
    beskrivelse: str = field(metadata=column())
    source: str = ""


@dataclass(frozen=True, slots=True)
class Activity:
    """A documented activity for an obligation only documentation can show (registre/aktiviteter.yaml)."""

    aktivitet_id: str = field(metadata=column())
    forpliktelse: Forpliktelse = field(metadata=column())
    etat: str = field(metadata=column())
    dato: date = field(metadata=column())
    beskrivelse: str = field(metadata=column())
    dokument: str = field(metadata=column("reference to the document that shows it"))
    source: str = ""


@dataclass(frozen=True, slots=True)
class BeregningsutvalgetReport:
    """A report of Beregningsutvalget mapping the kommuner's costs for year `aar` (registre/beregningsutvalget.yaml)."""

    aar: int = field(metadata=column("the year whose costs were mapped", minimum=1990))
    publisert_dato: date = field(metadata=column())
    tittel: str = field(metadata=column())
    dekningsgrad_pct: float | None = field(metadata=column("grants / mapped costs, %", required=False, minimum=0))
    referanse: str = field(metadata=column())
    source: str = ""


@dataclass(frozen=True, slots=True)
class Waiver:
    """A deviation KS and the ministry concerned agreed (registre/unntak.yaml): the events of obligation
    `forpliktelse` for `subject` inside the period are excused (see obligations.waivers).

    `subject` is 'national' or an agency name such as 'IMDi'; `referat` names the minutes where it was agreed.
    """

    forpliktelse: str = field(metadata=column("the rule id waived: an obligation number or another rule's id"))
    subject: str = field(metadata=column("'national' or an agency (IMDi, UDI, Bufdir, ...): the party's obligation; "
                                         "never a kommune or a fylke"))
    avtalt_av: str = field(metadata=column("who agreed the deviation: KS and the ministry concerned (AID, JD, BFD or "
                                           "KDD), e.g. 'JD og KS'"))
    begrunnelse: str = field(metadata=column())
    gyldig_fra: date = field(metadata=column())
    gyldig_til: date = field(metadata=column())
    referat: str = field(metadata=column("the minutes (referat) of the konsultasjonsordning where the parties "
                                         "agreed it"))
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
    persons: dict[int, tuple[SettlementRecord, ...]] = field(default_factory=dict)  # PersonRecords when read
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
    # Per table file: the numbers of another year's register mapped through the change table, each once.
    number_mappings: dict[str, tuple[NumberMapping, ...]] = field(default_factory=dict)
    # What a reader should know about the data but that does not stop it (engine.problems.Problem warnings):
    # a skipped lock file, two files that disagree.
    notes: tuple[Any, ...] = ()
    # Every contradiction between the files of each year (obligations.data.crosscheck.Contradiction), worked
    # out once when the folder is read; None for a dataset put together in another way (crosscheck then
    # works them out when asked).
    contradictions: tuple[Any, ...] | None = None

    @property
    def years(self) -> tuple[int, ...]:
        """The years with a kommune table (the years the agreement's rules can be evaluated for)."""
        return tuple(sorted(self.kommune_years))

    def register(self, year: int) -> dict[str, Kommune]:
        """The kommune register in force for `year`."""
        return self.kommuner_by_year.get(year, self.kommuner)

    def fylker_of(self, year: int) -> dict[str, str]:
        """The fylker of `year` (number -> name): from the fylke register when there is one, else the kommune
        register's."""
        day = date(year, 1, 1)
        if self.fylker:
            return {f.fylkesnummer: f.navn for f in self.fylker if f.valid_on(day)}
        return {k.fylkesnummer: k.fylke for k in self.register(year).values()}
