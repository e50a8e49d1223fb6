"""What the period evaluation says, in order: the model turned into the review's document tree.

The tree (obligations.review.document) is rendered by the review's own writers, so the evaluation has the
review's HTML (landmarks, statuses as mark, word and colour, print on A4) and Markdown. The order follows the
agreement's section on evaluation: goals against results, causes of deviation, how the parties worked; then the
agreement's own conditions for discussion and termination, the years before the period and corrected figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from bosetting.engine.findings import STATUS, STATUS_TABLE
from bosetting.engine.render import format_date, format_value
from bosetting.obligations.facts import REDISTRIBUTION_PARAMETERS
from bosetting.obligations.field_labels import field_label
from bosetting.obligations.legal_reading import unnumbered_commitments
from bosetting.obligations.period.causes import Explanation, YearCauses, explained_themes
from bosetting.obligations.period.goals import GoalPeriod, Indicator
from bosetting.obligations.period.model import PeriodModel
from bosetting.obligations.period.reader import reader_text
from bosetting.obligations.period.texts import GOAL_NOT_MEASURED, PARTY_NAMES_EN, TEXTS, t
from bosetting.obligations.period.triggers import HandlingYear, PartyActYear
from bosetting.obligations.period.work import FollowUpState, ObligationWork, ObligationYear
from bosetting.obligations.review.content import status_badge
from bosetting.obligations.review.document import (
    Block,
    BulletList,
    Contents,
    Document,
    Figure,
    Foreign,
    Heading,
    Inlines,
    Paragraph,
    Quote,
    Section,
    Strong,
    Table,
    anchor_of,
    inlines,
    plain,
)
from bosetting.obligations.review.referat import deciding_basis
from bosetting.obligations.review.svg import grouped_bars, line_chart
from bosetting.obligations.review.texts import (
    BASIS_LABELS,
    CAUSES,
    RULESET_STATUS_LABELS,
    human_dates,
    listing,
    reader_citation,
    source_text,
)

EVALUATION_SECTION = ("Avtalen skal evalueres før eventuell ny avtale skal utarbeides. Evalueringen skal inneholde en "
                      "analyse av årsaker til eventuelle avvik mellom avtalens mål og realiserte mål. Evalueringen av "
                      "avtalen skal, i tillegg til konkrete resultatmål, inneholde en vurdering av om avtalens formål "
                      "er innfridd og hvordan partene har jobbet for å innfri forpliktelsene sine under avtalenes "
                      "punkter 1 til 9.")
DURATION_SECTION = ("Dersom en av partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er til "
                    "stede, skal en videreføring av avtalen drøftes innenfor gjeldende konsultasjonsordning mellom KS "
                    "og regjeringen. Videre skal avtalen drøftes dersom det estimerte antallet som skal bosettes ikke "
                    "kan håndteres innenfor gjeldende ordning. Oppsigelse av avtalen skal gis med minst en måneds "
                    "varsel dersom en av partene ønsker å si opp avtalen.")


def number(value: object, lang: str) -> str:
    return format_value(value, lang)


def percent(value: object, lang: str) -> str:
    return "–" if value is None else f"{format_value(value, lang)} %"


def signed(value: int | None, lang: str) -> str:
    if value is None:
        return number(None, lang)
    return f"+{number(value, lang)}" if value > 0 else number(value, lang)


def nb_text(text: str, lang: str) -> Inlines:
    """Norwegian text from the data (the parties' words), marked as such in the English report."""
    return (Foreign("nb", (text,)),) if lang != "nb" else (text,)


def years_text(years: Sequence[int], lang: str) -> str:
    return listing([str(y) for y in years], lang)


def goal_name(goal: GoalPeriod, lang: str) -> str:
    return goal.title[lang]


# ---- first screen ---------------------------------------------------------------------------------------------


def _figures(model: PeriodModel, lang: str) -> Section:
    """The first screen's figures: the need and the settled per year and for the period (the whole chain is in the
    charts' table)."""
    rows: list[list[Inlines]] = [[(str(f.year),), (number(f.need, lang),), (number(f.settled, lang),),
                                  (percent(f.settled_share, lang),)] for f in model.figures]
    need = _total([f.need for f in model.figures])
    settled = _total([f.settled for f in model.figures])
    share = round(100 * settled / need, 1) if need and settled is not None else None
    rows.append([(Strong((t("period_total", lang),)),), (Strong((number(need, lang),)),),
                 (Strong((number(settled, lang),)),), (Strong((percent(share, lang),)),)])
    table = Table([t("year", lang), t("need", lang), t("settled", lang), t("share_settled", lang)], rows,
                  numeric=frozenset({1, 2, 3}))
    return Section(Heading(2, (t("figures", lang),), "perioden-i-tall"), [table], kind="first")


def _total(values: Sequence[int | None]) -> int | None:
    return None if not values or any(v is None for v in values) else sum(v for v in values if v is not None)


def _goals_by_year(model: PeriodModel, lang: str) -> Section:
    rows: list[list[Inlines]] = []
    for goal in model.goals:
        statuses = {y.year: y.status for y in goal.years}
        rows.append([(goal_name(goal, lang),),
                     *((status_badge(statuses[y], lang),) if y in statuses else ("–",) for y in model.years)])
    table = Table([t("goal", lang), *(str(y) for y in model.years)], rows, role="goals")
    return Section(Heading(2, (t("goals_by_year", lang),), "maal-aar-for-aar"), [table], kind="first")


def _legend(model: PeriodModel, lang: str) -> Section:
    used = {y.status for g in model.goals for y in g.years} | {y.view.status for _, works in model.work
                                                                 for w in works for y in w.years}
    # The statuses' shared meaning points to the yearly review's method section; this document has annex A instead.
    method = (t("see_method", lang), t("see_annex_a", lang))
    items = [inlines(status_badge(info.key, lang), ": ", info.meaning(lang).replace(*method)) for info in STATUS_TABLE
             if info.key in used]
    return Section(Heading(2, (t("legend", lang),), "statusene"),
                   [BulletList(items, role="legend"), Paragraph((t("legend_goals", lang),))], kind="first")


# ---- about ----------------------------------------------------------------------------------------------------


def _about(model: PeriodModel, lang: str) -> Section:
    missing = [y for y in range(model.first_year, model.last_year + 1) if y not in model.years]
    blocks: list[Block] = [Paragraph((t("about_intro", lang),)), Quote(nb_text(EVALUATION_SECTION, lang), "nb"),
                           Paragraph((t("covered", lang, covered=model.covered_label, period=model.period_label,
                                        day=format_date(model.evaluation_day, lang)),))]
    if missing:
        blocks.append(Paragraph((t("not_yet", lang, years=years_text(missing, lang)),), role="note"))
    blocks += [Paragraph((t("about_parts", lang),)), Paragraph((t("rule_owner", lang),)),
               Paragraph((t("purpose_note", lang),), role="note")]
    return Section(Heading(2, (t("about", lang),), "om-evalueringen"), blocks)


# ---- goals ----------------------------------------------------------------------------------------------------


SIGNS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "eq": "=", "ne": "≠"}


def _reference_text(indicator: Indicator | None, lang: str) -> str:
    """The indicator's reference value, and which status it gives where it is only the floor for «delvis oppfylt»;
    for a figure that gives «oppfylt» at a fixed value (none notified late), that value."""
    if indicator is None:
        return "–"
    if indicator.reference is None or indicator.reference.use is None:
        if indicator.met_at is None:
            return "–"
        op, value = indicator.met_at
        return t("reference_gives", lang, reference=f"{SIGNS.get(op, '')} {number(value, lang)}",
                 status=STATUS["met"].label(lang))
    use = indicator.reference.use
    unit = " %" if use.unit in ("prosent", "percent", "%") else ""
    basis = BASIS_LABELS.get(use.basis, {}).get(lang, use.basis)
    reference = f"{SIGNS.get(indicator.reference.op, '')} {number(use.value, lang)}{unit}"
    if indicator.reference.partly_floor:
        return t("reference_gives", lang, reference=reference, status=STATUS["partly_met"].label(lang)) + \
            f" ({basis})"
    return f"{reference} ({basis})"


def _trend(before: Indicator | None, after: Indicator | None, lang: str) -> str:
    a = before.value if before else None
    b = after.value if after else None
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or isinstance(a, bool) \
            or isinstance(b, bool):
        return ""
    return f"↑ {t('trend_up', lang)}" if b > a else f"↓ {t('trend_down', lang)}" if b < a else \
        f"→ {t('trend_flat', lang)}"


def _indicator_cell(indicator: Indicator | None, lang: str) -> Inlines:
    if indicator is None:
        return ("–",)
    text = number(indicator.value, lang)
    if indicator.reached is False:
        return (text, " (", t("below_reference", lang), ")")
    return (text,)


def goal_conclusion(goal: GoalPeriod, lang: str) -> str:
    """The period's reading of a goal: its status each year, how the indicators measured lay against their
    reference values (assumptions), what the indicators do not measure, and each change of status. Never that the
    goal was reached: the indicators measure only part of it."""
    by_status: dict[str, list[int]] = {}
    for entry in goal.years:
        by_status.setdefault(entry.status, []).append(entry.year)
    parts = ["; ".join(f"«{STATUS[status].label(lang)}» {t('in_years', lang, years=years_text(years, lang))}"
                       for status, years in by_status.items()) + "."]
    reached, missed = goal.years_reached(), goal.years_missed()
    measured = [(years, key) for years, key in ((reached, "goal_reached_years"), (missed, "goal_missed_years"))
                if years]
    parts += [t(key, lang, years=years_text(years, lang)) for years, key in sorted(measured)]
    if goal.id in GOAL_NOT_MEASURED:
        parts.append(GOAL_NOT_MEASURED[goal.id][lang])
    for change in goal.changes():
        parts.append(t("goal_change", lang, before=STATUS[change.status_from].label(lang), year_from=change.year_from,
                       after=STATUS[change.status_to].label(lang), year_to=change.year_to))
    parts[0] = parts[0][0].upper() + parts[0][1:]
    return " ".join(parts)


def indicator_label(name: str, lang: str) -> str:
    """An indicator's name in this document: the period's own wording where it has one, else the shared label."""
    key = f"label_{name}"
    return t(key, lang) if key in TEXTS else field_label(name, lang)


RECIPIENT_MONTH_INDICATORS = ("statistikk_andel_levert", "statistikk_manglende")


def _goal_blocks(goal: GoalPeriod, years: Sequence[int], lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(3, (goal_name(goal, lang),), anchor_of("maal", goal.id)),
                           Quote(nb_text(goal.text, lang), "nb"), Paragraph((Strong((goal_conclusion(goal, lang),)),))]
    rows: list[list[Inlines]] = []
    for entry in goal.years:
        explanation = reader_text(human_dates(entry.finding.explanation[lang], lang), lang) if entry.finding else ""
        rows.append([(str(entry.year),), (status_badge(entry.status, lang),), (explanation,)])
    blocks.append(Table([t("year", lang), t("status", lang), t("status_year", lang)], rows))
    names = goal.indicator_names
    if names:
        indicator_rows: list[list[Inlines]] = []
        for name in names:
            cells = [_indicator_cell(goal.indicator(y, name), lang) for y in years]
            latest = next((goal.indicator(y, name) for y in reversed(years) if goal.indicator(y, name)), None)
            trend = _trend(goal.indicator(years[-2], name), goal.indicator(years[-1], name), lang) \
                if len(years) > 1 else ""
            indicator_rows.append([(indicator_label(name, lang),), *cells, (_reference_text(latest, lang),), (trend,)])
        blocks.append(Table([t("indicator", lang), *(str(y) for y in years), t("reference", lang), t("trend", lang)],
                            indicator_rows, numeric=frozenset(range(1, len(years) + 1))))
    notes: list[Inlines] = []
    if goal.need is not None or goal.settled is not None or goal.id in ("hovedmaal-1", "resultatmaal-bosetting"):
        if goal.gap is not None and goal.need:
            share = round(100 * (goal.settled or 0) / goal.need, 1)
            notes.append((t("goal_period", lang, settled=number(goal.settled, lang), need=number(goal.need, lang),
                            share=number(share, lang), gap=number(goal.gap, lang)),))
        else:
            notes.append((t("goal_period_missing", lang),))
    for name in names:
        below = goal.years_below_reference(name)
        if below:
            notes.append((t("goal_below_years", lang, indicator=indicator_label(name, lang),
                            years=years_text(below, lang)),))
    if any(name in RECIPIENT_MONTH_INDICATORS for name in names):
        notes.append((t("recipient_month_note", lang),))
    if notes:
        blocks.append(BulletList(notes))
    return blocks


def _charts(model: PeriodModel, lang: str) -> list[Block]:
    labels = [str(f.year) for f in model.figures]
    series = [(t(key, lang), [getattr(f, attr) for f in model.figures])
              for key, attr in (("need", "need"), ("requested", "requested"), ("decided", "decided"),
                                ("settled", "settled"))
              if all(getattr(f, attr) is not None for f in model.figures)]
    table = Table([t("year", lang), *(name for name, _ in series)],
                  [[(label,), *((number(values[i], lang),) for _, values in series)] for i, label in enumerate(labels)],
                  numeric=frozenset(range(1, len(series) + 1)), caption=t("chart_data", lang))
    shares = [(str(f.year), f.settled_share) for f in model.figures if f.settled_share is not None]
    share_table = Table([t("year", lang), t("share_settled", lang)],
                        [[(y,), (percent(s, lang),)] for y, s in shares], numeric=frozenset({1}),
                        caption=t("chart_data", lang))
    blocks: list[Block] = [Heading(3, (t("charts", lang),), "figurer"), Heading(4, (t("chart_chain", lang),)),
                           Figure(grouped_bars(t("chart_chain", lang), labels, series, "chart-periode-kjede", lang,
                                               value_labels=True), table)]
    if shares:
        blocks += [Heading(4, (t("chart_share", lang),)),
                   Figure(line_chart(t("chart_share", lang), [y for y, _ in shares], [s for _, s in shares],
                                     "chart-periode-andel", t("share_settled", lang), lang), share_table)]
    return blocks


def _goals(model: PeriodModel, lang: str) -> Section:
    blocks: list[Block] = [Paragraph((t("goals_intro", lang),))]
    for goal in model.goals:
        blocks += _goal_blocks(goal, model.years, lang)
    blocks += _charts(model, lang)
    return Section(Heading(2, (t("goals", lang),), "maalene"), blocks)


# ---- causes ---------------------------------------------------------------------------------------------------


def _values_text(key: str, values: Mapping[str, object], lang: str) -> str:
    return t(key, lang, **{name: number(value, lang) for name, value in values.items()})


def revision_words(handling: HandlingYear | None, lang: str) -> str:
    """Whether a revision of the need went beyond the threshold for a new distribution, and where the threshold is
    from: adopted criteria, or the rule set's reference values (an assumption) when no adopted criteria apply."""
    new = handling.new_distribution if handling is not None else None
    if new is None or handling is None:
        return t("threshold_unknown", lang)
    if handling.threshold_from_criteria:
        return t("new_distribution" if new else "no_new_distribution", lang)
    values = {p.name: number(p.value, lang) for p in handling.redistribution_reference}  # type: ignore[arg-type]
    if len(values) != len(REDISTRIBUTION_PARAMETERS):
        return t("new_distribution_assumed" if new else "no_new_distribution_assumed", lang, year=handling.year)
    return t("new_distribution_reference" if new else "no_new_distribution_reference", lang, year=handling.year,
             prosent=values["ny_fordeling_endring_prosent"], personer=values["ny_fordeling_endring_personer"],
             em=values["ny_fordeling_endring_em"])


def link_text(key: str, values: Mapping[str, object], lang: str, handling: HandlingYear | None = None) -> str:
    """One state-side link of a year in a sentence, or what is missing for it; `handling` is the year's indicator,
    which says where the threshold for a new distribution is from."""
    if key == "prognose":
        return forecast_text(values, lang)
    if key == "behov_justert":
        if not values.get("justert"):
            return t("link_behov_fast", lang)
        words = revision_words(handling, lang)
        day = values.get("dato")
        return t("link_behov_justert", lang, dato=human_dates(str(day), lang) if day else number(None, lang),
                 opprinnelig=number(values.get("opprinnelig"), lang),
                 justert_til=number(values.get("justert_til"), lang),
                 endring=signed(values.get("endring"), lang),  # type: ignore[arg-type]
                 ny_fordeling=words)
    return _values_text(f"link_{key}", values, lang)


def forecast_text(values: Mapping[str, object], lang: str) -> str:
    """The bosettingsklare against the forecast: what the count holds, and how far it lies above or below."""
    forecast, ready = values.get("prognose"), values.get("bosettingsklare")
    if not isinstance(forecast, int) or not isinstance(ready, int):
        return t("link_prognose_missing", lang)
    counts = {"bosettingsklare": ready, "i_aaret": values.get("i_aaret"), "fra_foer": values.get("fra_foer")}
    split = counts["i_aaret"] is not None and counts["fra_foer"] is not None
    count = _values_text("link_prognose_count" if split else "link_prognose_count_total",
                         counts if split else {"bosettingsklare": ready}, lang)
    key = "link_prognose_fewer" if ready < forecast else "link_prognose_more" if ready > forecast else \
        "link_prognose_equal"
    return f"{count} {t(key, lang, difference=number(abs(ready - forecast), lang), prognose=number(forecast, lang))}"


def point_names(model: PeriodModel, lang: str) -> dict[str, str]:
    """Each goal and obligation as the report names it: the goal's title, or the obligation's number and title."""
    names = {g.id: goal_name(g, lang) for g in model.goals}
    names.update({w.id: f"{w.id} {w.title[lang]}" for _, works in model.work for w in works})
    return names


def _explanation_item(explanation: Explanation, names: Mapping[str, str], lang: str, themed: bool = True) -> Inlines:
    """One explanation as the referat gives it; its themes only when it is on a deviation (`themed`)."""
    who = t("agreed", lang) if not explanation.party else t("remark_by", lang, party=explanation.party)
    if explanation.dissent:
        who += f" ({t('dissent', lang)})"
    point = names.get(explanation.point, explanation.point)
    themes = ", ".join(t(f"theme_{key}", lang) for key in explanation.themes) if themed else ""
    tail = f" [{t('themes', lang)}: {themes}]" if themes else ""
    return inlines((Strong((f"{point} – {who}:",)), " "), nb_text(explanation.text, lang), tail)


FORECAST_COMPONENT = "faerre_bosettingsklare_enn_prognose"


def _causes_year(causes: YearCauses, handling: HandlingYear | None, lang: str) -> list[Block]:
    d = causes.deviation
    blocks: list[Block] = [Heading(4, (t("components_year", lang, year=causes.year),))]
    # The forecast is a measured link beside the chain, not a part of the gap: the chain's components alone are
    # summed to see whether they add up to the gap (they do when the requests do not exceed the need).
    chain = sum(c.size for c in d.causes if c.key != FORECAST_COMPONENT)
    key = "components_gap_sum" if d.gap is not None and chain == d.gap else "components_gap"
    gap = t(key, lang, target=number(d.target, lang), realised=number(d.realised, lang),
            gap=number(d.gap, lang)) if d.gap is not None else None
    rows = [[(CAUSES[c.key][lang],), (number(c.size, lang),)] for c in d.causes if c.size != 0]
    if rows:  # the gap is the table's caption, so that print keeps the heading, the gap and the table together
        blocks.append(Table([t("component", lang), t("persons", lang)], rows, numeric=frozenset({1}),
                            caption=gap or ""))
    elif gap is not None:
        blocks.append(Paragraph((gap,)))
    blocks.append(Heading(4, (t("links_year", lang, year=causes.year),)))
    blocks.append(BulletList([(link_text(link.key, link.values, lang, handling),) for link in causes.links]))
    return blocks


def _explained_year(causes: YearCauses, names: Mapping[str, str], deviations: set[tuple[str, int]],
                    lang: str) -> list[Block]:
    if causes.referat_state == "none":
        return [Paragraph((t("referat_none", lang, year=causes.year),), role="note")]
    if causes.referat_state == "not_held":
        return [Paragraph((t("referat_not_held", lang, year=causes.year),), role="note")]
    if not causes.explanations:
        return [Paragraph((t("referat_no_explanations", lang, year=causes.year),), role="note")]
    day = format_date(causes.explanations[0].meeting, lang)
    blocks: list[Block] = [Heading(4, (t("explained_year", lang, year=causes.year, day=day),))]
    for kind in ("goal", "obligation"):
        of_kind = [e for e in causes.explanations if e.kind == kind]
        if of_kind:
            blocks += [Paragraph((Strong((t(f"explained_{kind}s", lang),)),)),
                       BulletList([_explanation_item(e, names, lang, (e.point, e.year) in deviations)
                                   for e in of_kind], role="referat")]
    return blocks


def causes_summary(model: PeriodModel, lang: str) -> tuple[list[str], list[str]]:
    """What the data shows, and what rests on the parties' explanations, in a few sentences each."""
    shown = []
    for year in model.years:
        causes = model.causes[year]
        d = causes.deviation
        largest = next((c for c in d.causes if c.size > 0), None)
        if d.gap is None:
            shown.append(t("summary_no_figures", lang, year=year))
        elif d.gap <= 0:
            shown.append(t("summary_no_gap", lang, year=year, realised=number(d.realised, lang),
                           target=number(d.target, lang)))
        elif largest is not None:
            shown.append(t("summary_largest", lang, year=year, component=CAUSES[largest.key][lang],
                           size=number(largest.size, lang)))
        forecast = causes.component(FORECAST_COMPONENT)
        if forecast is not None and forecast.size > 0:
            shown.append(t("summary_forecast", lang, year=year, faerre=number(forecast.size, lang)))
        revision = next((link for link in causes.links if link.key == "behov_justert"), None)
        if revision is not None and revision.values.get("justert"):
            day = revision.values.get("dato")
            shown.append(t("summary_revision", lang, year=year,
                           dato=human_dates(str(day), lang) if day else number(None, lang),
                           endring=signed(revision.values.get("endring"), lang)))  # type: ignore[arg-type]
    shown.append(t("summary_data_what", lang))
    shown.append(t("summary_kommuner", lang))
    explained = []
    deviations = deviation_points(model)
    of_deviation = {year: tuple(e for e in c.explanations if (e.point, e.year) in deviations)
                    for year, c in model.causes.items()}
    every = [e for es in of_deviation.values() for e in es]
    with_explanations = [y for y in model.years if of_deviation.get(y)]
    names = point_names(model, lang)
    if every:
        explained.append(t("summary_explanations", lang, goals=sum(1 for e in every if e.kind == "goal"),
                           obligations=sum(1 for e in every if e.kind == "obligation"),
                           years=years_text(with_explanations, lang)))
        themed = {year: YearCauses(c.year, c.deviation, c.deviation_em, c.links, c.referat_state, of_deviation[year])
                  for year, c in model.causes.items()}
        for key, named in explained_themes(themed):
            who = listing(sorted({f"{e.party or t('the_parties', lang)} {t('on_point', lang)} "
                                  f"{names.get(e.point, e.point)} ({e.year})" for e in named}), lang)
            explained.append(t("summary_theme", lang, theme=t(f"theme_{key}", lang), who=who))
        explained += uncheckable_comparisons(every, model, names, lang)
        explained.append(t("summary_unchecked", lang))
    else:
        explained.append(t("summary_no_explanations", lang))
    others = sum(1 for c in model.causes.values() for e in c.explanations) - len(every)
    if others:
        explained.append(t("summary_other_remark", lang) if others == 1 else
                         t("summary_other_remarks", lang, count=others))
    return shown, explained


DEVIATION_STATUSES = ("not_met", "partly_met")
SETTLEMENT_GOALS = ("hovedmaal-1", "resultatmaal-bosetting")  # a gap between the need and the settled is a deviation


def deviation_points(model: PeriodModel) -> set[tuple[str, int]]:
    """The goals and obligations, each with a year, whose status that year shows a deviation (not met, or met only
    in part): the parties' words on them explain a deviation; words on another point explain something else (such
    as why an activity was not registered), and no cause is built from them (review of the period, item 21)."""
    settlement_gap = {year for year, c in model.causes.items() if c.deviation.gap is not None and c.deviation.gap > 0}
    found = {(g.id, y.year) for g in model.goals for y in g.years if y.status in DEVIATION_STATUSES
             or (g.id in SETTLEMENT_GOALS and y.year in settlement_gap)}
    found |= {(w.id, y.year) for _, works in model.work for w in works for y in w.years
              if y.view.status in DEVIATION_STATUSES}
    return found


_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def uncheckable_comparisons(explained: Sequence[Explanation], model: PeriodModel, names: Mapping[str, str],
                            lang: str) -> list[str]:
    """A party's comparison with a year the data does not have cannot be checked against the data: said for each."""
    held = set(model.years) | {year for year, _ in model.baseline}
    lines = []
    for e in explained:
        missing = sorted({int(y) for y in _YEAR.findall(e.text)} - held - {e.year})
        if missing:
            who = t("the_parties_compare", lang) if not e.party else e.party
            lines.append(t("summary_uncheckable", lang, who=who, point=names.get(e.point, e.point), year=e.year,
                           years=years_text([int(y) for y in missing], lang)))
    return lines


def _causes(model: PeriodModel, lang: str) -> Section:
    shown, explained = causes_summary(model, lang)
    blocks: list[Block] = [Paragraph((t("causes_intro", lang),)),
                           Heading(3, (t("causes_summary", lang),), "aarsaker-oppsummert"),
                           Paragraph((Strong((t("summary_data", lang),)),)), BulletList([(s,) for s in shown]),
                           Paragraph((Strong((t("summary_explained", lang),)),)), BulletList([(s,) for s in explained]),
                           Heading(3, (t("data_shows", lang),), "dataene-viser")]
    for year in model.years:
        blocks += _causes_year(model.causes[year], next((h for h in model.handling if h.year == year), None), lang)
    blocks += [Heading(3, (t("explained", lang),), "partene-forklarer"), Paragraph((t("explained_intro", lang),))]
    names = point_names(model, lang)
    deviations = deviation_points(model)
    for year in model.years:
        blocks += _explained_year(model.causes[year], names, deviations, lang)
    return Section(Heading(2, (t("causes", lang),), "aarsaker"), blocks)


# ---- the parties' work ----------------------------------------------------------------------------------------


def follow_up_text(state: FollowUpState, lang: str) -> str:
    f = state.follow_up
    words = t("state_due_on_day" if state.due_on_day and state.state == "pending" else f"state_{state.state}", lang)
    if state.due_on_day and state.state == "pending" and state.meeting_not_held is not None:
        words += t("state_meeting_not_held", lang, year=state.meeting_not_held)
    if state.report is not None:
        if state.report.dato:
            words += f" {format_date(state.report.dato, lang)}"
        words += f" {t('reported_in', lang, year=state.report_year)}"
        if state.report.merknad:
            words += f" – {state.report.merknad}"
    # «Partene» as the owner is the parties, not a name: lower case inside the sentence.
    owner = f.ansvarlig[0].lower() + f.ansvarlig[1:] if f.ansvarlig == "Partene" else f.ansvarlig
    # Named by its point and the referat that agreed it, not by the register's id (<year>-<point>-<n>).
    return t("follow_up", lang, point=f.punkt, year=f.id.split("-", 1)[0], what=f.tiltak, owner=owner,
             deadline=format_date(f.frist, lang), state=words)


def _year_lines(entry: ObligationYear, lang: str) -> list[Inlines]:
    lines: list[Inlines] = []
    if entry.activities is None:
        lines.append((t("no_activity_register", lang, year=entry.year),))
    elif entry.activities:
        # The register's document reference is for tracing, in the yearly review; here the date, body and text.
        items = "; ".join(f"{format_date(a.dato, lang)} {a.etat}: {a.beskrivelse}" for a in entry.activities)
        key = "activity_one" if len(entry.activities) == 1 else "activities"
        lines.append((t(key, lang, count=len(entry.activities), items=items),))
    elif entry.uncounted:
        lines.append((t("no_activities_from", lang, who=listing(entry.view.binds, lang)),))
    else:
        lines.append((t("no_activities", lang),))
    if entry.uncounted:
        items = "; ".join(f"{format_date(a.dato, lang)} {a.etat}: {a.beskrivelse}" for a in entry.uncounted)
        key = "uncounted_one" if len(entry.uncounted) == 1 else "uncounted"
        lines.append((t(key, lang, count=len(entry.uncounted), point=entry.view.id,
                        who=listing(entry.view.binds, lang), items=items),))
    if entry.measures:
        lines.append((t("measures", lang, items="; ".join(
            f"{format_date(m.dato, lang)} {m.etat}: {m.beskrivelse}" for m in entry.measures)),))
    if entry.deliveries:
        lines.append((t("deliveries", lang, items=", ".join(f"{sender} {number(n, lang)}"
                                                            for sender, n in entry.deliveries.items())),))
    # A point without a conclusion, or a year without a meeting, is said once for all points (_referat_notes).
    point = entry.point
    if entry.referat_state == "minuted" and entry.meeting is not None and point is not None:
        day = format_date(entry.meeting, lang)
        if point.omforent_vurdering:
            lines.append(inlines(Strong((t("conclusion", lang, day=day) + ":",)), " ",
                                 nb_text(point.omforent_vurdering, lang)))
        for remark in point.merknader:
            who = t("remark_by", lang, party=remark.part) + (f" ({t('dissent', lang)})" if remark.dissens else "")
            lines.append(inlines(Strong((who + ":",)), " ", nb_text(remark.tekst, lang)))
    lines += [(follow_up_text(state, lang),) for state in entry.follow_ups]
    return lines


def _referat_notes(model: PeriodModel, lang: str) -> list[Inlines]:
    """Per year, what its referat holds on the obligations: which points have the parties' agreed assessment, which
    only a party's remark (a remark is not a conclusion: review of the period, item 20), or why none has."""
    notes: list[Inlines] = []
    for year in model.years:
        entries = [e for _, works in model.work for w in works for e in w.years if e.year == year]
        state = entries[0].referat_state if entries else "none"
        if state == "minuted":
            points = [(w.id, e.point) for _, works in model.work for w in works for e in w.years
                      if e.year == year and e.point is not None]
            agreed = [pid for pid, p in points if p.omforent_vurdering]
            remarks = [t("remark_on", lang, party=listing(sorted({r.part for r in p.merknader}), lang), point=pid)
                       for pid, p in points if p.merknader and not p.omforent_vurdering]
            meeting = next(e.meeting for e in entries if e.meeting is not None)
            day = format_date(meeting, lang)
            if not agreed and not remarks:
                notes.append((t("referat_concluded_none", lang, year=year, day=day),))
                continue
            held = [t("referat_agreed_on", lang, points=listing(agreed, lang))] if agreed else []
            held += remarks
            notes.append((t("referat_concluded", lang, year=year, day=day, held=listing(held, lang)),))
        elif state == "not_held":
            notes.append((t("point_not_held", lang, year=year),))
        else:
            notes.append((t("point_no_referat", lang, year=year),))
    return notes


def _obligation_blocks(work: ObligationWork, lang: str) -> list[Block]:
    title = work.title[lang]
    blocks: list[Block] = [Heading(4, (f"{work.id} {title}",), anchor_of("arbeid", work.id))]
    if work.kind:
        kind = t("kind_effort" if work.kind == "effort" else "kind_act", lang)
        words = f", {t('deciding_words', lang)} «{work.words}»" if work.words else ""
        blocks.append(Paragraph((kind + words,), role="method"))
    for entry in work.years:
        # A finding that only counts the register's activities is not repeated: the lines below list them.
        # The deciding finding whole: its qualifications are what the status rests on.
        basis = reader_text(human_dates(deciding_basis(entry.view, lang), lang), lang) \
            if not entry.basis_is_register else ""
        blocks.append(Paragraph(inlines(Strong((f"{entry.year}:",)), " ", status_badge(entry.view.status, lang),
                                        *((" ", basis) if basis else ()))))
        blocks.append(BulletList(_year_lines(entry, lang)))
    return blocks


def party_name(party: str, lang: str) -> str:
    """A party's name as the report's language gives it: the rule files' bokmål, or its English names."""
    if lang == "nb":
        return party
    for norwegian, english in PARTY_NAMES_EN:
        party = party.replace(norwegian, english)
    return party[0].upper() + party[1:]


def _work(model: PeriodModel, lang: str) -> Section:
    states = [s for _, works in model.work for w in works for s in w.follow_ups()]
    counts = {key: sum(1 for s in states if s.state == key) for key in ("done", "not_done", "not_reported", "pending")}
    blocks: list[Block] = [Paragraph((t("work_intro", lang),)), BulletList(_referat_notes(model, lang)),
                           Paragraph((t("follow_up_counts", lang, total=len(states), **counts),))]
    open_ones = [s for s in states if s.state != "done"]
    if open_ones:
        blocks += [Paragraph((Strong((t("open_follow_ups", lang),)),)),
                   BulletList([(follow_up_text(s, lang),) for s in open_ones])]
    for party, works in model.work:
        blocks.append(Heading(3, (party_name(party, lang),), anchor_of("part", party)))
        for work in works:
            blocks += _obligation_blocks(work, lang)
    blocks += _unnumbered(model, lang)
    return Section(Heading(2, (t("work", lang),), "partenes-arbeid"), blocks)


# A file named in a rule file's note for authors, in parentheses: not for the reader of the document.
_FILE_NOTE = re.compile(r"\s*\([^()]*\.(?:yaml|csv)[^()]*\)")


def _unnumbered(model: PeriodModel, lang: str) -> list[Block]:
    """The agreement's commitments without a number, which the rule owner reads as part of «punkter 1 til 9»: each
    with its section and what the tool does with it, so that none drops out of how the parties worked."""
    commitments = [c for r in model.rulesets if r.kind == "obligations" for c in unnumbered_commitments(r)]
    if not commitments:
        return []
    rows = [[nb_text(c.commitment, lang), (c.section,), (_FILE_NOTE.sub("", c.handling[lang]),)]
            for c in commitments]
    return [Heading(3, (t("unnumbered", lang),), "uten-nummer"), Paragraph((t("unnumbered_intro", lang),)),
            Table([t("commitment", lang), t("agreement_section", lang), t("commitment_handling", lang)], rows)]


# ---- triggers -------------------------------------------------------------------------------------------------


def _handling_intro(model: PeriodModel, lang: str) -> str:
    """The indicator and its assumption: the value (or values, year by year) the rule files give the parameter."""
    values: dict[object, list[int]] = {}
    for h in model.handling:
        if h.threshold is not None:
            values.setdefault(h.threshold.value, []).append(h.year)
    if not values:
        return t("handling_intro_no_threshold", lang)
    if len(values) == 1:
        threshold = f"{number(next(iter(values)), lang)} %"
    else:
        threshold = listing([f"{number(v, lang)} % {t('in_years', lang, years=years_text(ys, lang))}"
                             for v, ys in values.items()], lang)
    return t("handling_intro", lang, threshold=threshold)


def handling_note(h: HandlingYear, lang: str) -> str:
    """For a year below the assumption, the vedtak against the need and against what the kommuner were actually
    asked: a need raised during the year and never asked is not the kommuner' shortfall. "" without the figures."""
    if h.share is None or h.share_of_requested is None or h.need is None or h.requested is None:
        return ""
    values = {"year": h.year, "share": percent(h.share, lang), "share_requested": percent(h.share_of_requested, lang)}
    if h.requested >= h.need:
        return t("handling_note_same", lang, **values)
    revised = t("handling_note_revised", lang, dato=human_dates(h.revision_date, lang)) \
        if h.revised and h.revision_date and h.original_need is not None and h.requested <= h.original_need else ""
    return t("handling_note", lang, **values, need=number(h.need, lang), requested=number(h.requested, lang),
             gap=number(h.need - h.requested, lang), revised=revised)


def _triggers(model: PeriodModel, lang: str) -> Section:
    blocks: list[Block] = [Paragraph((t("triggers_intro", lang),)), Quote(nb_text(DURATION_SECTION, lang), "nb"),
                           Heading(3, (t("handling", lang),), "haandtering"),
                           Paragraph((_handling_intro(model, lang),))]
    rows: list[list[Inlines]] = []
    for h in model.handling:
        state = t("no_figure", lang) if h.triggered is None else t("triggered" if h.triggered else "not_triggered",
                                                                    lang)
        if not h.revised:
            revision = t("not_revised", lang) if h.revised is False else t("no_figure", lang)
        else:
            words = revision_words(h, lang)
            revision = t("revised", lang, dato=human_dates(h.revision_date or "", lang) or number(None, lang),
                         endring=signed(h.change, lang), ny_fordeling=words)
        # Not in bold: the indicator below its assumption is not the clause triggered (see handling_years).
        rows.append([(str(h.year),), (format_date(date(h.year, 12, 31), lang),), (number(h.need, lang),),
                     (number(h.requested, lang),), (number(h.decided, lang),), (percent(h.share, lang),),
                     (percent(h.share_of_requested, lang),), (state,), (revision,)])
    blocks.append(Table([t("year", lang), t("measured_on", lang), t("need", lang), t("requested", lang),
                         t("decided", lang), t("vedtak_share", lang), t("vedtak_share_requested", lang),
                         t("indicator_state", lang), t("need_revision", lang)], rows,
                        numeric=frozenset({2, 3, 4, 5, 6})))
    triggered = [h.year for h in model.handling if h.triggered]
    notes = [(handling_note(h, lang),) for h in model.handling if h.triggered and handling_note(h, lang)]
    if notes:
        blocks.append(BulletList(notes))
    blocks.append(Paragraph((t("handling_years", lang, years=years_text(triggered, lang)) if triggered
                             else t("handling_none", lang),)))
    blocks += _party_acts(model.acts, lang)
    return Section(Heading(2, (t("triggers", lang),), "vilkaar"), blocks)


def act_state_text(entry: PartyActYear, lang: str) -> str:
    """What the data says of one act in one year when the referat records none of it."""
    if entry.register == "none":
        return t("act_no_data", lang, year=entry.year)
    return t("act_none_recorded" if entry.register == "minuted" else "act_none_recorded_not_held", lang,
             year=entry.year)


def _party_acts(acts: Sequence[PartyActYear], lang: str) -> list[Block]:
    """Each act year by year: the statements recorded, each with its party and date, or why there are none."""
    blocks: list[Block] = [Heading(3, (t("party_acts", lang),), "partenes-handlinger"),
                           Paragraph((t("party_acts_intro", lang),))]
    rows: list[list[Inlines]] = []
    for entry in acts:
        name = (t(f"act_{entry.act}", lang),)
        if not entry.statements:
            rows.append([name, (str(entry.year),), ("–",), ("–",), (act_state_text(entry, lang),)])
        for statement in entry.statements:
            rows.append([name, (str(entry.year),), (format_date(statement.dato, lang),), (statement.part,),
                         nb_text(statement.tekst, lang)])
    blocks.append(Table([t("act", lang), t("referat_year", lang), t("date", lang), t("party", lang),
                         t("statement", lang)], rows))
    for act in ("vilkaar_ikke_til_stede", "oppsigelse"):
        given = [s for entry in acts if entry.act == act for s in entry.statements]
        if given:
            who = listing([f"{s.part} {format_date(s.dato, lang)}" for s in given], lang)
            blocks.append(Paragraph((Strong((t(f"act_{act}_given", lang, who=who),)),)))
    if not any(entry.statements for entry in acts):
        of_first = [entry for entry in acts if entry.act == acts[0].act]
        recorded = [entry.year for entry in of_first if entry.register == "minuted"]
        not_held = [entry.year for entry in of_first if entry.register == "not_held"]
        missing = [entry.year for entry in of_first if entry.register == "none"]
        if recorded:
            key = "acts_none_recorded_one" if len(recorded) == 1 else "acts_none_recorded"
            blocks.append(Paragraph((t(key, lang, years=years_text(recorded, lang)),)))
        if not_held:
            blocks.append(Paragraph((t("acts_not_held", lang, years=years_text(not_held, lang)),)))
        if missing:
            blocks.append(Paragraph((t("acts_no_data", lang, years=years_text(missing, lang)),), role="note"))
    return blocks


# ---- baseline and corrections ---------------------------------------------------------------------------------


def _baseline(model: PeriodModel, lang: str) -> Section:
    heading = Heading(2, (t("baseline", lang),), "aarene-foer")
    if not model.baseline:
        return Section(heading, [Paragraph((t("baseline_none", lang, first=model.first_year),))])
    rows: list[list[Inlines]] = [
        [(str(year),), (number(r.need, lang),), (number(r.anmodning, lang),), (number(r.vedtak, lang),),
         (number(r.bosatt, lang),), (percent(r.anmodning_of_need_pct, lang),),
         (percent(r.vedtak_of_anmodning_pct, lang),), (percent(r.bosatt_of_vedtak_pct, lang),),
         (source_text(r.source, lang),)]
        for year, r in model.baseline]
    table = Table([t("year", lang), t("need", lang), t("requested", lang), t("decided", lang), t("settled", lang),
                   t("requested_of_need", lang), t("decided_of_requested", lang), t("settled_of_decided", lang),
                   t("source", lang)], rows, numeric=frozenset({1, 2, 3, 4, 5, 6, 7}), role="sources")
    return Section(heading, [Paragraph((t("baseline_intro", lang, first=model.first_year),)), table])


def _subject_name(subject_id: str, name: str) -> str:
    """A kommune or fylke by its number and name (two share a name: Oslo); the nation or an agency by its name."""
    return f"{subject_id} {name}".strip() if subject_id.isdigit() else name or subject_id


def _corrections(model: PeriodModel, lang: str) -> Section:
    heading = Heading(2, (t("corrections", lang),), "rettelser")
    if model.earlier_reviews is None:
        return Section(heading, [Paragraph((t("corrections_none_given", lang),))])
    read = [r.file for r in model.earlier_reviews if r.in_period]
    outside = [r.file for r in model.earlier_reviews if not r.in_period]
    blocks: list[Block] = [Paragraph((t("corrections_intro", lang),))]
    if read:
        blocks.append(Paragraph((t("corrections_read", lang, files=", ".join(read)),)))
    if outside:
        blocks.append(Paragraph((t("corrections_outside", lang, files=", ".join(outside)),), role="note"))
    if not model.corrections:
        return Section(heading, [*blocks, Paragraph((t("corrections_found", lang),))])
    names = point_names(model, lang)
    rows = [[(str(c.year),), (_subject_name(c.subject_id, c.subject_name),), (field_label(c.figure, lang),),
             (number(c.earlier, lang),), (number(c.now, lang),), ("; ".join(names.get(p, p) for p in c.provisions),),
             (c.earlier_file,)] for c in model.corrections]
    blocks.append(Table([t("year", lang), t("subject", lang), t("figure_name", lang), t("earlier_value", lang),
                         t("now_value", lang), t("points", lang), t("earlier_file", lang)], rows,
                        numeric=frozenset({3, 4}), role="sources"))
    return Section(heading, blocks)


# ---- annex ----------------------------------------------------------------------------------------------------


# A citation that gives its source as a newspaper's account of it, not the source itself.
_SECONDARY = ("gjengitt av",)
# The indicator for persons with special health and care needs, which no historical source gave a share for.
SPECIAL_NEEDS_INDICATOR = "andel_saerskilte_innen_frist"


def citation_notes(parameter_name: str, citation: str, special_needs: set[str], lang: str) -> list[str]:
    """What the reader should know of a citation beyond its words (review of the period, item 28): a source given
    through a newspaper is a secondary source, and a value applied to the special-needs group is a further
    assumption when the source does not cover that group."""
    notes = []
    if any(marker in citation for marker in _SECONDARY):
        notes.append(t("citation_secondary", lang))
    if parameter_name in special_needs:
        notes.append(t("citation_special_needs", lang))
    return notes


def _annex_assumptions(model: PeriodModel, lang: str) -> Section:
    titles = {g.id: g.title[lang] for g in model.goals}
    special_needs = {i.reference.parameter for g in model.goals for y in g.years for i in y.indicators
                     if i.name == SPECIAL_NEEDS_INDICATOR and i.reference is not None}
    rows = []
    for parameter, used in model.assumptions:
        described = parameter.description.get(lang) if parameter.description else None
        unit = " %" if parameter.unit in ("prosent", "percent", "%") else f" {parameter.unit}" if parameter.unit else ""
        names = [titles.get(u, t("used_for_varighet", lang) if u == "varighet" else u) for u in used]
        rows.append([(described or field_label(parameter.name, lang),), (f"{number(parameter.value, lang)}{unit}",),
                     (BASIS_LABELS.get(parameter.basis, {}).get(lang, parameter.basis),), ("; ".join(names),),
                     (" ".join([reader_text(reader_citation(parameter.citation), "nb"),
                                *citation_notes(parameter.name, parameter.citation or "", special_needs, lang)]),)])
    return Section(Heading(2, (t("annex_assumptions", lang),), "vedlegg-antakelser"),
                   [Paragraph((t("annex_assumptions_intro", lang),)),
                    Table([t("parameter", lang), t("value", lang), t("basis", lang), t("used_for", lang),
                           t("citation", lang)], rows, numeric=frozenset({1}))], kind="annex")


def ruleset_status(status: str, lang: str) -> str:
    """A rule set's status as the period document words it: in force in the tool, never «adopted» by the parties."""
    if status in ("adopted", "draft"):
        return t(f"ruleset_status_{status}", lang)
    return RULESET_STATUS_LABELS.get(status, {}).get(lang, status)


def _annex_inputs(model: PeriodModel, lang: str) -> Section:
    rulesets = Table([t("rulesets", lang), t("version", lang), t("status", lang), t("file", lang), t("hash", lang)],
                     [[(r.id,), (r.version,), (ruleset_status(r.status, lang),),
                       (model.rule_files.get(r.key, ""),), (r.hash,)] for r in model.rulesets], role="hashes")
    inputs = Table([t("file", lang), "SHA-256"], [[(name,), (digest,)] for name, digest in model.inputs.items()],
                   role="hashes")
    return Section(Heading(2, (t("annex_inputs", lang),), "vedlegg-inndata"),
                   [Heading(3, (t("rulesets", lang),)), Paragraph((t("rulesets_note", lang),)), rulesets,
                    Heading(3, (t("inputs", lang),)), inputs],
                   kind="annex")


# ---- the whole ------------------------------------------------------------------------------------------------


def build_period_document(model: PeriodModel, lang: str) -> Document:
    title = t("title", lang, period=model.period_label)
    header: list[Block] = [Heading(1, (title,)), Paragraph((t("subtitle", lang),), role="subtitle"),
                           Paragraph((t("draft_note", lang),), role="draft")]
    if model.synthetic:
        header.append(Paragraph((Strong((t("synthetic", lang),)),), role="synthetic"))
    first = [_figures(model, lang), _goals_by_year(model, lang), _legend(model, lang)]
    body = [_about(model, lang), _goals(model, lang), _causes(model, lang), _work(model, lang),
            _triggers(model, lang), _baseline(model, lang), _corrections(model, lang),
            _annex_assumptions(model, lang), _annex_inputs(model, lang)]
    contents = Contents(t("contents", lang), [(plain(s.heading.content), s.heading.anchor, 1) for s in body])
    footer: list[Block] = [Paragraph((t("synthetic_short", lang),), role="synthetic")] if model.synthetic else []
    return Document(lang, title, header, contents, [*first, *body], footer)
