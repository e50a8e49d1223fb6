"""`statistikkleveranser` (4.1, 5.3): statistics to KS and the fylkeskommuner every month, from IMDi and UDI."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset, Waiver
from bosetting.obligations.derive import AGENCIES, Derivation, input_path, percent
from bosetting.obligations.facts import FactType, Field
from bosetting.obligations.metrics.calendar import months_of_year
from bosetting.obligations.metrics.deliveries import DeliveryCoverage, delivery_coverage
from bosetting.obligations.metrics.sources import cite_missing
from bosetting.obligations.waivers import excused_events, month_span

FIELDS = {
    "leveranseregister": Field("the delivery register for the year was supplied (true/false)", "bool"),
    "mottakere": Field("recipients expected (KS and, for IMDi, every fylkeskommune)"),
    "forventet": Field("recipient-months expected"),
    "levert": Field("recipient-months covered by a delivery"),
    "manglende": Field("recipient-months with no delivery that no agreed waiver covers"),
    "andel_levert": Field("share of recipient-months delivered or covered by an agreed waiver; per cent"),
    "laveste_andel_mottaker": Field("the share of the months delivered (or excused) to the recipient served worst; per "
                                    "cent"),
    "mangler": Field("the recipient-months with no delivery that no agreed waiver covers", "text"),
    "avvik_datoer": Field("the months with a delivery missing (the events a waiver may cover)", "text"),
    "unntatt": Field("the recipient-months with no delivery that an agreed waiver covers", "text"),
}


def delivery_values(dataset: Dataset, year: int, sender: str,
                    waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], str]:
    """A sender's monthly deliveries; a missing month that an agreed waiver covers is not counted as missing."""
    register = input_path(dataset, year, "registre/statistikkleveranser.yaml")
    if year not in dataset.deliveries:
        return {"leveranseregister": False}, cite_missing(register)
    recipients = ["KS"]
    if sender == "IMDi":
        fylker = sorted({k.fylkesnummer for k in dataset.register(year).values()})
        recipients += [f"fylkeskommune:{f}" for f in fylker]
    coverage: DeliveryCoverage = delivery_coverage(dataset.deliveries[year], sender, recipients, months_of_year(year))
    missing, excused = excused_events(coverage.missing, lambda pair: month_span(pair[1]), waivers)
    delivered = coverage.expected - len(coverage.missing)
    months = len(months_of_year(year))
    # Each recipient is owed every month: the one served worst decides whether the gaps are a pattern.
    worst = max((sum(1 for til, _ in missing if til == recipient) for recipient in recipients), default=0)
    names = dataset.fylker_of(year)
    values: dict[str, Scalar] = {
        "leveranseregister": True, "mottakere": len(recipients), "forventet": coverage.expected,
        "levert": delivered, "manglende": len(missing),
        "andel_levert": percent((coverage.expected - len(missing)) / coverage.expected) if coverage.expected
        else None,
        "laveste_andel_mottaker": percent((months - worst) / months) if months else None,
        "mangler": "; ".join(f"{_recipient_words(til, names)} {maaned}" for til, maaned in missing) or None,
        "avvik_datoer": "; ".join(sorted({maaned for _, maaned in missing})) or None,
        "unntatt": "; ".join(f"{_recipient_words(til, names)} {maaned}" for til, maaned in excused) or None,
    }
    return values, f"{register}: {len(dataset.deliveries[year])} entries, {len(coverage.covered)} from {sender}"


def _recipient_words(recipient: str, fylker: Mapping[str, str]) -> str:
    """'fylkeskommune:46' as a reader writes it: Vestland fylkeskommune (46)."""
    kind, _, number = recipient.partition(":")
    if kind != "fylkeskommune":
        return recipient
    return f"{fylker[number]} fylkeskommune ({number})" if number in fylker else f"fylkeskommunen {number}"


SENDERS = ("IMDi", "UDI")


def derive(inputs: Derivation) -> list[Fact]:
    facts = []
    for sender in SENDERS:
        values, source = delivery_values(inputs.dataset, inputs.year, sender, inputs.waivers(sender))
        facts += inputs.facts(values, {}, source, only=[AGENCIES[sender]])
    return facts


FACT_TYPE = FactType(FIELDS, subjects=("agency",), agencies=SENDERS, derive=derive, waivable_events=True)
