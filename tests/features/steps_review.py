"""Steps for the yearly review: the parties' summary, the deviation analysis, waivers and rule versions."""

from __future__ import annotations

from pytest_bdd import parsers, then, when
from steps_common import World, describe, number, table_rows
from steps_obligations import evaluate_obligations

from bosetting.engine.findings import STATUS_LABELS
from bosetting.obligations.feature_steps import columns
from bosetting.obligations.review.model import ReviewModel, build_review
from bosetting.obligations.review.texts import CAUSES


def review_of(world: World) -> ReviewModel:
    assert isinstance(world.result, ReviewModel), "the review has not been put together"
    return world.result


@when(parsers.parse("den årlige gjennomgangen for {year:d} settes sammen"))
def when_review(world: World, year: int) -> None:
    """Setter sammen den årlige gjennomgangen for året: vurderingen av avtalen, sammendraget og avviksanalysen."""
    evaluate_obligations(world, year)
    evaluation = world.result
    world.result = build_review(world.dataset(), year, {year: evaluation})


@then(parsers.parse("er avviket fra bosettingsbehovet {gap:d} personer: behovet var {need:d}, bosatt ble {settled:d}"))
def then_gap(world: World, gap: int, need: int, settled: int) -> None:
    """Kontrollerer avviket mellom bosettingsbehovet og hvor mange som ble bosatt, i den årlige gjennomgangen."""
    deviation = review_of(world).deviation
    assert (deviation.gap, deviation.target, deviation.realised) == (gap, need, settled), deviation
    world.recorder.noted("gjennomgang", "avvik", "behov mot bosatt")


@then("er leddene i avviket, fra det største:")
@columns(required=("ledd", "personer"))
def then_causes(world: World, datatable: list[list[str]]) -> None:
    """Kontrollerer leddene i kjeden fra behov til bosetting der gjennomgangen viser at avviket oppsto, med antall
    personer, fra det største. Hvorfor avviket oppsto, er partenes vurdering.
    """
    shown = [(CAUSES[c.key]["nb"], c.size) for c in review_of(world).deviation.causes if c.size != 0]
    expected = [(row["ledd"], int(number(row["personer"]) or 0)) for row in table_rows(datatable)]
    assert shown == expected, f"the review shows {shown}"
    for cause in review_of(world).deviation.causes:
        if cause.size != 0:
            world.recorder.noted("gjennomgang", "årsak", cause.key)


@then(parsers.parse("nevner sammendraget forpliktelsene {numbers} som ikke oppfylt"))
def then_summary_not_met(world: World, numbers: str) -> None:
    """Kontrollerer hvilke forpliktelser sammendraget i gjennomgangen nevner som ikke oppfylt, i rekkefølge."""
    expected = [n.strip() for n in numbers.replace(" og ", ", ").split(", ")]
    listed = [p.id for p in review_of(world).not_met()]
    assert listed == expected, f"the summary lists {listed}"
    world.recorder.noted("gjennomgang", "sammendrag", "ikke oppfylt")


@then("har hver forpliktelse 1.1–8.2 og hvert hovedmål og resultatmål en vurdering")
def then_every_provision(world: World) -> None:
    """Kontrollerer at hver forpliktelse 1.1–8.2 og hvert hovedmål og resultatmål har en vurdering."""
    from bosetting.obligations.agreement import agreement_provisions

    judged = {f.provision for f in world.findings}
    missing = [pid for pid in agreement_provisions() if pid not in judged]
    assert not missing, f"no finding for {missing}"
    world.recorder.noted("avtalen", "vurdering", "hver forpliktelse og hvert mål")


@then(parsers.parse("er ingen vurdering «{label}»"))
def then_no_status(world: World, label: str) -> None:
    """Kontrollerer at ingen vurdering har den oppgitte statusen."""
    status = next(s for s, labels in STATUS_LABELS.items() if labels["nb"] == label)
    wrong = [f for f in world.findings if f.status == status]
    assert not wrong, describe(wrong)


@then(parsers.parse("er vurderingene gjort etter {kind} «{ruleset_id}» versjon «{version}», "
                    "med regelfilens kontrollsum"))
def then_ruleset_version(world: World, kind: str, ruleset_id: str, version: str) -> None:
    """Kontrollerer at vurderingene er gjort etter den oppgitte versjonen av regelfilen, med regelfilens kontrollsum.
    """
    ruleset = world.repo.find(ruleset_id, version)
    assert ruleset is not None, f"no rule file {ruleset_id} {version}"
    found = [f for f in world.findings if f.ruleset_id == ruleset_id]
    assert found and all(f.ruleset_version == version and f.ruleset_hash == ruleset.hash for f in found)
    world.recorder.noted("avtalen", "regelfil", "versjon og kontrollsum")


@then(parsers.parse("sier begrunnelsen for forpliktelse {provision} at «{text}»"))
def then_reason(world: World, provision: str, text: str) -> None:
    """Kontrollerer at begrunnelsen for en forpliktelse inneholder den oppgitte teksten."""
    found = [f for f in world.findings_for(provision=provision) if text in f.explanation["nb"]]
    assert found, describe(world.findings_for(provision=provision))
    world.recorder.asserted(found)


@then(parsers.parse("sier begrunnelsen for hovedmål {number:d} at «{text}»"))
def then_goal_reason(world: World, number: int, text: str) -> None:
    """Kontrollerer at begrunnelsen for et hovedmål inneholder den oppgitte teksten."""
    then_reason(world, f"hovedmaal-{number}", text)
