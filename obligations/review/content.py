"""What the report says, in order: the model turned into one document tree for both Markdown and HTML.

The order answers the parties' first questions first (key figures, the goals, what the statuses
mean), then goes through each party's obligations, the deviation analysis and the period, and
keeps file and row citations, the kommune table and the thresholds in the annex.
"""

from __future__ import annotations

from collections.abc import Sequence

from bosetting.engine.findings import STATUS, STATUS_TABLE, Finding
from bosetting.engine.render import format_value
from bosetting.engine.ruleset import Parameter
from bosetting.obligations.catalogue import lists_exceptions
from bosetting.obligations.field_labels import field_label
from bosetting.obligations.legal_reading import agreement_readings, parameters_outside_rules, unnumbered_commitments
from bosetting.obligations.review.document import (
    Badge,
    Block,
    BulletList,
    Contents,
    Details,
    Document,
    Emph,
    Figure,
    Foreign,
    Heading,
    Inlines,
    Link,
    Paragraph,
    Quote,
    Section,
    Strong,
    Table,
    anchor_of,
    inlines,
)
from bosetting.obligations.review.missing import missing_section
from bosetting.obligations.review.model import ContextItem, FindingGroup, ProvisionView, ReviewModel, RuleRef
from bosetting.obligations.review.referat import point_blocks, section_blocks, section_title
from bosetting.obligations.review.svg import grouped_bars, line_chart
from bosetting.obligations.review.texts import (
    BASIS_LABELS,
    CAUSES,
    CHANGE_WORDS,
    CONTRADICTION_LABELS,
    FIGURE_SOURCES,
    GROUP_LABELS,
    MONTHS_SHORT,
    RULESET_KIND_WORDS,
    RULESET_STATUS_LABELS,
    counted,
    human_dates,
    listing,
    noun,
    reader_citation,
    source_text,
    t,
    value_text,
)

# How many kommuner or fylker a finding names in the running text; the rest are one click (or the annex) away.
SHOWN_IN_TEXT = 10
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


def status_badge(status: str, lang: str) -> Badge:
    info = STATUS[status]
    return Badge(status, info.mark, info.label(lang))


def finding_badge(finding: Finding, lang: str) -> Badge:
    if finding.is_indicator and finding.status not in STATUS:
        return Badge(finding.status, "•", finding.status_label(lang), indicator=True)
    if finding.is_indicator:
        return Badge(finding.status, STATUS[finding.status].mark, finding.status_label(lang), indicator=True)
    return status_badge(finding.status, lang)


def number(value: object, lang: str) -> str:
    return format_value(value, lang)


def percent(value: float | None, lang: str) -> str:
    return "–" if value is None else f"{format_value(value, lang)} %"


def provision_anchor(view: ProvisionView) -> str:
    return anchor_of("punkt", view.id)


def kommune_anchor(knr: str) -> str:
    return f"kommune-{knr}"


def fylke_anchor(fnr: str) -> str:
    return f"fylke-{fnr}"


def _quote_text(text: str, lang: str) -> Inlines:
    return (Foreign("nb", (text,)),) if lang != "nb" else (text,)


def _footnotes(view: ProvisionView) -> list[tuple[str, str]]:
    marks = [c for c in view.text if c in SUPERSCRIPTS]
    return [(marks[i] if i < len(marks) else SUPERSCRIPTS[i], note) for i, note in enumerate(view.footnotes)]


def _rule_link(ref: RuleRef | None, lang: str) -> Inlines:
    if ref is None:
        return ()
    return (" (", Link((t("rule_ref", lang),), ref.anchor), ")")


# ---- first screen ---------------------------------------------------------------------------------------------


def _key_figures(model: ReviewModel, lang: str) -> Section:
    kf = model.key_figures
    rows: list[list[Inlines]] = []
    for key, value in (("kf_need", kf.need), ("kf_requested", kf.requested), ("kf_decided", kf.decided),
                       ("kf_settled", kf.settled)):
        share = kf.share(value) if key != "kf_need" else None
        rows.append([(t(key, lang),), (Strong((number(value, lang),)),),
                     (percent(share, lang) if key != "kf_need" else "100 %",)])
    blocks: list[Block] = [Table([t("figure", lang), t("number", lang), t("share_of_need", lang)], rows,
                                 numeric=frozenset({1, 2}), role="key-figures")]
    if kf.long_waiting is not None and kf.waiting is not None:
        limits = ""
        if kf.limits_months is not None:
            em, families, adults = kf.limits_months
            limits = t("kf_limits", lang, em=em, families=families, adults=adults)
        share = kf.long_waiting_share
        blocks.append(Paragraph(inlines(Strong((t("kf_long_wait", lang) + ": " + number(kf.long_waiting, lang),)),
                                        " ", t("kf_long_wait_note", lang, waiting=number(kf.waiting, lang),
                                               share=number(share, lang), limits=limits)), role="long-wait"))
    return Section(Heading(2, (t("key_figures", lang),), "nokkeltall"), blocks, kind="first")


def _goals_table(model: ReviewModel, lang: str) -> Section:
    rows: list[list[Inlines]] = [[(Link((view.title[lang],), provision_anchor(view)),),
                                  (status_badge(view.status, lang),)] for view in model.goals]
    table = Table([t("goals", lang), t("status", lang)], rows, role="goals")
    return Section(Heading(2, (t("goals", lang),), "maal"), [table], kind="first")


def _legend(model: ReviewModel, lang: str) -> Section:
    items = [inlines(status_badge(info.key, lang), ": ", info.meaning(lang)) for info in STATUS_TABLE]
    return Section(Heading(2, (t("legend", lang),), "statusene"),
                   [BulletList(items, role="legend"), Paragraph((t("legend_indicators", lang),), role="note")],
                   kind="first")


# ---- the parties' conclusions ---------------------------------------------------------------------------------


def _previous_conclusions(model: ReviewModel, lang: str) -> Section:
    """Last year's conclusions and follow-ups, from the referat register (obligations.review.referat)."""
    heading = Heading(2, (section_title(model.referat, lang),), "forrige-aar")
    first_year = min((r.valid_from.year for r in model.rulesets if r.kind == "obligations"), default=None)
    return Section(heading, section_blocks(model.referat, lang, model.year, first_year))


# ---- overview and provisions ----------------------------------------------------------------------------------


def _provision_item(view: ProvisionView, lang: str) -> Inlines:
    # The party after a dash: its name may hold parentheses of its own, «Partene (KS og staten)».
    return (Link((f"{view.id} {view.title[lang]}",), provision_anchor(view)), f" – {view.party}")


def _overview(model: ReviewModel, lang: str) -> Section:
    blocks: list[Block] = [Paragraph((t("overview_intro", lang),))]
    gaps = model.rule_file_gaps()
    for key, status in (("not_met_obligations", "not_met"), ("partly_met_obligations", "partly_met"),
                        ("insufficient_obligations", "insufficient_data")):
        views = [v for v in model.with_status(status) if v not in gaps]
        blocks.append(Paragraph(inlines(status_badge(status, lang), " ", Strong((t(key, lang),)))))
        blocks.append(BulletList([_provision_item(v, lang) for v in views]) if views
                      else Paragraph((t("none", lang),)))
    if gaps:
        blocks.append(Paragraph((Strong((t("rule_file_gaps", lang),)),)))
        blocks.append(Paragraph((t("rule_file_gaps_note", lang),), role="note"))
        blocks.append(BulletList([_provision_item(v, lang) for v in gaps]))
    rows: list[list[Inlines]] = [[(status_badge(info.key, lang),), (number(model.status_counts[info.key], lang),)]
                                 for info in STATUS_TABLE if model.status_counts.get(info.key)]
    blocks.append(Table([t("status", lang), t("number", lang)], rows, numeric=frozenset({1}),
                        caption=t("status_counts", lang)))
    several = [v.id if v.id[:1].isdigit() else v.title[lang] for v in model.provisions_with_several_assessments()]
    by_kind = model.indicator_count_by_kind()
    blocks.append(Paragraph((t("status_counts_note", lang, n=number(sum(model.status_counts.values()), lang),
                               several=t("several_assessments", lang, ids=listing(several, lang)) if several else "",
                               kommune=number(by_kind["kommune"], lang), fylke=number(by_kind["fylke"], lang),
                               context=number(by_kind["context"], lang)),), role="note"))
    return Section(Heading(2, (t("overview", lang),), "oversikt"), blocks)


def _agreement_reading(model: ReviewModel, lang: str) -> Section:
    """The rule owner's reading of the agreement as a whole, and the commitments without a number."""
    blocks: list[Block] = [Paragraph((t("agreement_reading_intro", lang),), role="note")]
    for ruleset in (r for r in model.rulesets if r.kind == "obligations"):
        for reading in agreement_readings(ruleset):
            blocks += [Heading(3, (reading.title[lang],)), Paragraph((reading.text[lang],))]
        commitments = unnumbered_commitments(ruleset)
        if commitments:
            rows: list[list[Inlines]] = [[_quote_text(c.commitment, lang), (c.section,), (c.handling[lang],)]
                                         for c in commitments]
            blocks += [Heading(3, (t("unnumbered", lang),)),
                       Table([t("commitment", lang), t("agreement_section", lang), t("handling", lang)], rows)]
    return Section(Heading(2, (t("agreement_reading", lang),), "slik-leses-avtalen"), blocks)


def _finding_name(view: ProvisionView, finding: Finding, lang: str) -> str:
    ref = view.rules.get(finding.rule_id)
    title = ref.title[lang] if ref else finding.title.get(lang, "")
    name = f"{view.id} {view.title[lang]}" if view.id[:1].isdigit() else view.title[lang]
    return name if not title or title == view.title[lang] else f"{name}: {title}"


def _later_data(model: ReviewModel, lang: str) -> Section:
    """Which findings the next year's registers, or a deadline still running, can change (legal review, item 37)."""
    blocks: list[Block] = [Paragraph((t("later_data_intro", lang),))]
    later = model.later_registers()
    if later:
        blocks.append(Paragraph((t("later_registers", lang, year=model.year),)))
        blocks.append(BulletList([(Link((_finding_name(view, finding, lang),), provision_anchor(view)),
                                   f" ({', '.join(files)})") for view, finding, files in later]))
    else:
        blocks.append(Paragraph((t("no_later_registers", lang, year=model.year),)))
    pending = model.pending()
    if pending:
        blocks.append(Paragraph((t("pending_findings", lang, status=STATUS["pending"].label(lang)),)))
        blocks.append(BulletList([(Link((_finding_name(view, finding, lang),), provision_anchor(view)),)
                                  for view, finding in pending]))
    return Section(Heading(2, (t("later_data", lang),), "senere-data"), blocks)


def _facts_lines(view: ProvisionView, lang: str, goal: bool = False) -> list[Inlines]:
    lines: list[Inlines] = []
    if view.binds:
        lines.append((Strong((t("goal_of" if goal else "binds", lang) + ":",)), " " + ", ".join(view.binds)))
    if view.carried_by:
        lines.append((Strong((t("carried_by", lang) + ":",)), " " + ", ".join(view.carried_by)))
    if view.involved:
        lines.append((Strong((t("involved", lang) + ":",)), " " + ", ".join(view.involved)))
    if view.obligation:
        kind = t("kind_effort" if view.obligation.get("type") == "effort" else "kind_act", lang)
        words = str(view.obligation.get("words", ""))
        line: Inlines = (Strong((t("kind", lang) + ":",)), f" {kind}")
        if words:
            line = inlines(line, f", {t('deciding_words', lang)} «", *_quote_text(words, lang), "»")
        lines.append(line)
        reading = view.obligation.get("reading")
        if isinstance(reading, dict) and reading.get(lang):
            lines.append((Strong((t("reading", lang) + ":",)), " " + reading[lang]))
    return lines


def _parameter_text(finding: Finding, model: ReviewModel, lang: str) -> str:
    ruleset = next((r for r in model.rulesets if r.id == finding.ruleset_id), None)
    parts = []
    for p in finding.parameters:
        declared = ruleset.parameters.get(p.name) if ruleset else None
        described = declared.description.get(lang) if declared and declared.description else None
        unit = " %" if p.unit in ("prosent", "percent", "%") else ""
        parts.append(f"{described or field_label(p.name, lang)}: {number(p.value, lang)}{unit} "
                     f"({BASIS_LABELS.get(p.basis, {}).get(lang, p.basis)})")
    return "; ".join(parts)


def _finding_blocks(finding: Finding, view: ProvisionView, model: ReviewModel, lang: str) -> list[Block]:
    ref = view.rules.get(finding.rule_id)
    title = ref.title[lang] if ref else finding.title.get(lang, "")
    named: Inlines = (" ", Strong((title,)), ": ") if title and title != view.title[lang] else (" ",)
    if finding.is_indicator:
        # Context titles mostly say «som sammenheng» already; the note then only adds that it decides nothing.
        note = t("context_note" if t("context_word", lang) not in title else "decides_nothing", lang)
        named = (" ", Strong((title,)), f" ({note}): ")
    blocks: list[Block] = [Paragraph(inlines(finding_badge(finding, lang), named,
                                             human_dates(finding.explanation[lang], lang), _rule_link(ref, lang)),
                                     role="finding")]
    thresholds = _parameter_text(finding, model, lang)
    if thresholds:
        blocks.append(Paragraph((Emph((t("threshold", lang) + ":",)), " " + thresholds), role="method"))
    evidence = [(f"{field_label(e.name, lang)}: {value_text(e.name, e.value, lang)}",) for e in finding.evidence
                if not (e.value is None and lists_exceptions(e.name))]
    if finding.waiver:
        w = finding.waiver
        evidence.append((f"{t('waiver', lang)}: {w.get('begrunnelse', '')} ({w.get('avtalt_av', '')}, "
                         f"{human_dates(str(w.get('gyldig_fra', '')), lang)}–"
                         f"{human_dates(str(w.get('gyldig_til', '')), lang)})",))
    if evidence:
        blocks.append(BulletList(evidence, role="evidence"))
    return blocks


def _subject_link(item: ContextItem) -> Link:
    subject = item.finding.subject
    target = kommune_anchor(subject.id) if subject.kind == "kommune" else fylke_anchor(subject.id)
    name = subject.name or subject.id
    return Link((f"{subject.id} {name}" if subject.kind == "fylke" else name,), target)


def _named_explanation(item: ContextItem, lang: str) -> Inlines:
    """The explanation with the subject's name as the link to its row (the name is not said twice)."""
    link = _subject_link(item)
    text = human_dates(item.finding.explanation[lang], lang)
    name = item.finding.subject.name
    if name and text.startswith(name):
        return (Link((name,), link.target), text[len(name):])
    return (link, ": ", text)


def _categories_named(group: FindingGroup, kind_noun: str, lang: str) -> list[Block]:
    """An indicator without a figure to order by (4.3): the subjects outside the main category, by name."""
    main = next(((key, label) for key, label, _ in group.counts if key == group.main_category), None)
    if main is None:
        return [Paragraph((t("none", lang),))]
    label = main[1][lang]
    outside = group.outside_main
    nouns = noun(kind_noun, 2, lang)
    if not outside:
        return [Paragraph((t("all_in_main", lang, n=number(len(group.items), lang), nouns=nouns, label=label),))]
    blocks: list[Block] = [Paragraph((Strong((t("outside_main", lang, nouns=nouns.capitalize(), label=label),)),))]
    blocks.append(BulletList([_named_explanation(i, lang) for i in outside[:SHOWN_IN_TEXT]]))
    if len(outside) > SHOWN_IN_TEXT:
        blocks.append(Paragraph((t("more_outside", lang, n=counted(kind_noun, len(outside) - SHOWN_IN_TEXT, lang),
                                   label=label),)))
    return blocks


def _group_blocks(group: FindingGroup, lang: str) -> list[Block]:
    kind_noun = "kommune" if group.subject_kind == "kommune" else "fylke"
    counts: list[object] = []
    for i, (key, label, n) in enumerate(group.counts):
        mark = STATUS[key].mark if key in STATUS else "•"
        badge = Badge(key, mark, label[lang], indicator=group.role == "indicator")
        counts += ([" · "] if i else []) + [badge, f": {number(n, lang)}"]
    blocks: list[Block] = [
        Heading(4, (t("indicator_heading", lang, title=group.rule.title[lang]) if group.role == "indicator"
                    else group.rule.title[lang],)),
        Paragraph(inlines(*counts, *_rule_link(group.rule, lang)) if counts else (t("none", lang),),  # type: ignore[arg-type]
                  role="counts"),
    ]
    below = group.below
    reference = t("reference_vedtak" if group.measure == "bosatt_mot_vedtak" else "reference_anmodning", lang)
    if not group.measure:
        reference = t("reference_status", lang)
    if group.role == "indicator" and not group.measure:
        blocks += _categories_named(group, kind_noun, lang)
    elif not below:
        blocks.append(Paragraph((t("no_one_below", lang, reference=reference) if group.measure
                                 else t("no_one_flagged", lang),)))
    else:
        blocks.append(Paragraph((Strong((t(f"worst_first_{group.measure}", lang) + ":",)),)))
        blocks.append(BulletList([_named_explanation(i, lang) for i in below[:SHOWN_IN_TEXT]]))
        if len(below) > SHOWN_IN_TEXT:
            more = len(below) - SHOWN_IN_TEXT
            blocks.append(Paragraph((t("more_below", lang, n=counted(kind_noun, more, lang), reference=reference),)))
    figure_head = t("bosatt" if group.measure == "bosatt_mot_vedtak" else "vedtak", lang)
    reference_head = t("vedtak" if group.measure == "bosatt_mot_vedtak" else "anmodning", lang)
    kind_head = t("category" if group.role == "indicator" else "status", lang)
    if group.measure:
        rows: list[list[Inlines]] = [[(_subject_link(i),), (finding_badge(i.finding, lang),),
                                      (number(i.figure, lang),), (number(i.reference, lang),),
                                      (number(i.shortfall, lang),)] for i in below]
        table = Table([t(kind_noun, lang), kind_head, figure_head, reference_head,
                       t("below_request" if group.measure != "bosatt_mot_vedtak" else "below_vedtak", lang)],
                      rows, numeric=frozenset({2, 3, 4}))
    else:
        rows = [[(_subject_link(i),), (finding_badge(i.finding, lang),),
                 (human_dates(i.finding.explanation[lang], lang),)] for i in below]
        table = Table([t(kind_noun, lang), kind_head, t("finding", lang)], rows)
    pointer = (t("all_in_annex", lang, annex=t("kommuner_annex_short", lang)) if group.subject_kind == "kommune"
               else t("all_fylker_in", lang, table=t("by_fylke", lang), section=t("deviation", lang)))
    if below:
        blocks.append(Details((t("full_list", lang, n=number(len(below), lang), noun=noun(kind_noun, len(below), lang),
                                 reference=reference),), [table, Paragraph((pointer,))], [Paragraph((pointer,))]))
    else:
        blocks.append(Paragraph((pointer,)))
    return blocks


def _provision_section(view: ProvisionView, model: ReviewModel, lang: str, goal: bool = False) -> Section:
    blocks: list[Block] = [Quote(_quote_text(view.text, lang), "nb", _footnotes(view))]
    facts = _facts_lines(view, lang, goal)
    if facts:
        blocks.append(BulletList(facts, role="facts"))
    if view.assessment and view.assessment.get(lang):
        blocks.append(Paragraph((Emph((t("method", lang) + ":",)), " " + view.assessment[lang]), role="method"))
    for finding in [*view.findings, *view.context]:
        blocks += _finding_blocks(finding, view, model, lang)
    blocks += point_blocks(model.referat, view.id, lang)
    for group in view.groups:
        blocks += _group_blocks(group, lang)
    heading = Heading(3, (f"{view.id} {view.title[lang]} " if view.id[0].isdigit() else f"{view.title[lang]} ",
                          status_badge(view.status, lang)), provision_anchor(view))
    return Section(heading, blocks)


def _goal_sections(model: ReviewModel, lang: str) -> Section:
    return Section(Heading(2, (t("goals_detail", lang),), "maalene"),
                   [_provision_section(view, model, lang, goal=True) for view in model.goals])


def _party_sections(model: ReviewModel, lang: str) -> list[Section]:
    return [Section(Heading(2, (t("obligations_of", lang, party=party),), anchor_of("part", party)),
                    [_provision_section(view, model, lang) for view in views])
            for party, views in model.parties]


# ---- deviation, charts, period --------------------------------------------------------------------------------


def _deviation(model: ReviewModel, lang: str) -> Section:
    blocks: list[Block] = [Paragraph((t("deviation_intro", lang),))]
    for key, deviation in (("settlement_goal", model.deviation), ("settlement_goal_em", model.deviation_em)):
        blocks.append(Heading(3, (t(key, lang),)))
        blocks.append(Table([t("target", lang), t("realised", lang), t("gap", lang)],
                            [[(number(deviation.target, lang),), (number(deviation.realised, lang),),
                              (number(deviation.gap, lang),)]], numeric=frozenset({0, 1, 2})))
        blocks.append(Table([t("cause", lang), t("size", lang)],
                            [[(CAUSES[c.key][lang],), (number(c.size, lang),)] for c in deviation.causes
                             if c.size != 0], numeric=frozenset({1})))
    blocks.append(Heading(3, (t("by_fylke", lang),), "etter-fylke"))
    names = {f["fylkesnummer"]: f["fylke"] for f in model.fylker}
    rows, anchors = [], []
    for d in model.deviation_by_fylke:
        main = next((c for c in d.causes if c.size > 0), None)
        if d.gap is None:  # bosatt is not in the data: no gap, and no cause of one
            cause = "–"
        elif d.gap <= 0:
            cause = t("above_target", lang)
        else:
            cause = f"{CAUSES[main.key][lang]} ({number(main.size, lang)})" if main else "–"
        rows.append([(f"{d.scope} {names.get(d.scope, '')}",), (number(d.target, lang),), (number(d.realised, lang),),
                     (number(d.gap, lang),), (cause,)])
        anchors.append(fylke_anchor(d.scope))
    blocks.append(Table([t("fylke", lang), t("target", lang), t("realised", lang), t("gap", lang),
                         t("largest_link", lang)], rows, numeric=frozenset({1, 2, 3}), row_anchors=anchors))
    blocks.append(Heading(3, (t("by_group", lang),)))
    blocks.append(Table([t("group", lang), t("ready", lang), t("settled", lang), t("waiting", lang),
                         t("median_wait", lang)],
                        [[(GROUP_LABELS[g.group][lang],), (number(g.bosettingsklare, lang),),
                          (number(g.bosatt, lang),), (number(g.venter_ved_aarsslutt, lang),),
                          (number(g.median_ventetid_mnd, lang),)]
                         for g in sorted(model.groups, key=lambda g: -g.venter_ved_aarsslutt)],
                        numeric=frozenset({1, 2, 3, 4})))
    blocks.append(Paragraph((t("by_group_note", lang),), role="note"))
    blocks.append(Heading(3, (t("mottak_goal", lang),)))
    # Without the table of capacity changes there is no count of late notices to give (not 0).
    late = len(model.late_notices) if model.capacity_changes_given else None
    blocks.append(Paragraph((t("late_notices", lang, n=number(late, lang)),)))
    if model.late_notices:
        blocks.append(Table(
            ["ID", t("mottak", lang), t("kommune", lang), t("change", lang), t("places", lang),
             t("notice_days", lang)],
            [[(c["endring_id"],), (c["navn"],), (c["kommunenummer"],),
              (CHANGE_WORDS.get(c["endring"], {}).get(lang, c["endring"]),), (number(c["plasser"], lang),),
              (number(c["varsel_dager"], lang),)] for c in model.late_notices], numeric=frozenset({4, 5})))
    return Section(Heading(2, (t("deviation", lang),), "avvik"), blocks)


def _month_label(month: str, lang: str) -> str:
    try:
        return MONTHS_SHORT[lang][int(month[-2:]) - 1]
    except (ValueError, IndexError):
        return month


def _charts(model: ReviewModel, lang: str) -> Section:
    fylker = model.fylker
    series = [(t(key, lang), [f[key] for f in fylker]) for key in ("anmodning", "vedtak", "bosatt")
              if all(f[key] is not None for f in fylker)]  # a column left out of the data is not drawn as zero
    names = [f["fylke"] for f in fylker]
    fylke_table = Table([t("fylke", lang), *(name for name, _ in series)],
                        [[(name,), *((number(values[i], lang),) for _, values in series)]
                         for i, name in enumerate(names)], numeric=frozenset({1, 2, 3}),
                        caption=t("chart_data", lang))
    buckets = ["0–1", "1–2", "2–3", "3–6", "6–12", "12+"]
    bucket_labels = [f"{b} {t('months_short', lang)}" for b in buckets]
    wait_series = [(GROUP_LABELS[g.group][lang], list(g.ventetid_fordeling)) for g in model.groups]
    wait_table = Table([t("group", lang), *bucket_labels],
                       [[(name,), *((number(v, lang),) for v in values)] for name, values in wait_series],
                       numeric=frozenset(range(1, len(buckets) + 1)), caption=t("chart_data", lang))
    months = [_month_label(m, lang) for m, _ in model.long_waits_by_month]
    counts = [n for _, n in model.long_waits_by_month]
    long_table = Table([t("month", lang), t("chart_long_series", lang)],
                       [[(m,), (number(n, lang),)] for m, n in zip(months, counts, strict=True)],
                       numeric=frozenset({1}), caption=t("chart_data", lang))
    blocks: list[Block] = [
        Heading(3, (t("chart_fylke", lang),)),
        Figure(grouped_bars(t("chart_fylke", lang), names, series, "chart-fylke", lang), fylke_table),
        Heading(3, (t("chart_wait", lang),)),
        Figure(grouped_bars(t("chart_wait", lang), bucket_labels, wait_series, "chart-ventetid", lang), wait_table),
        Heading(3, (t("chart_long", lang),)),
        Figure(line_chart(t("chart_long", lang), months, counts, "chart-lange-ventetider",
                          t("chart_long_series", lang), lang), long_table),
    ]
    return Section(Heading(2, (t("charts", lang),), "figurer"), blocks)


def _period(model: ReviewModel, lang: str) -> Section:
    rows = []
    previous = None
    for row in model.period:
        share = row["share_settled_pct"]
        trend = ""
        if previous is not None and share is not None:
            trend = (f"↑ {t('trend_up', lang)}" if share > previous else f"↓ {t('trend_down', lang)}"
                     if share < previous else f"→ {t('trend_flat', lang)}")
        previous = share
        rows.append([(str(row["year"]),), (number(row["need"], lang),), (number(row["anmodning"], lang),),
                     (number(row["vedtak"], lang),), (number(row["bosatt"], lang),), (percent(share, lang),),
                     (number(row["status_counts"]["not_met"], lang),), (trend,)])
    table = Table([t("year", lang), t("need", lang), t("anmodning", lang), t("vedtak", lang), t("bosatt", lang),
                   t("share_settled", lang), STATUS["not_met"].label(lang), t("trend", lang)], rows,
                  numeric=frozenset({1, 2, 3, 4, 5, 6}))
    return Section(Heading(2, (t("period", lang),), "perioden"), [table])


# ---- annex ----------------------------------------------------------------------------------------------------


def _kommune_categories(model: ReviewModel, lang: str) -> dict[str, Inlines]:
    """Each kommune's category from the indicator comparing its vedtak with the request, where the rules give one."""
    found: dict[str, Inlines] = {}
    for view in model.provisions():
        for group in view.indicators:
            if group.subject_kind == "kommune" and group.measure == "vedtak_mot_anmodning":
                for item in group.items:
                    found.setdefault(item.finding.subject.id, (finding_badge(item.finding, lang),))
    return found


def _annex_kommuner(model: ReviewModel, lang: str) -> Section:
    categories = _kommune_categories(model, lang)
    rows = [[(f"{k['kommunenummer']} {k['navn']}",), (k["fylke"],), (number(k["anmodning"], lang),),
             (number(k["vedtak"], lang),), (number(k["bosatt"], lang),), (number(k["under_anmodning"], lang),),
             (number(k["under_vedtak"], lang),),
             categories.get(k["kommunenummer"], (model.category_label(k["kategori"], lang),))]
            for k in model.kommuner]
    files = sorted({k["source"].split(":")[0] for k in model.kommuner if k.get("source")})
    intro = t("annex_kommuner_intro", lang) + (f" {t('source', lang)}: {', '.join(files)}." if files else "")
    if model.synthetic:
        intro += " " + t("synthetic_rows", lang)
    table = Table([t("kommune", lang), t("fylke", lang), t("anmodning", lang), t("vedtak", lang), t("bosatt", lang),
                   t("below_request", lang), t("below_vedtak", lang), t("category", lang)], rows,
                  numeric=frozenset({2, 3, 4, 5, 6}), row_anchors=[kommune_anchor(k["kommunenummer"])
                                                                  for k in model.kommuner], role="kommuner")
    return Section(Heading(2, (t("annex_kommuner", lang),), "vedlegg-kommuner"), [Paragraph((intro,)), table],
                   kind="annex")


def _annex_thresholds(model: ReviewModel, lang: str) -> Section:
    """One row per reference value: the goals file repeats some of the obligations file's, with the same value.

    The obligations file's words come first (they are the ones that say what is assumed, not what «må» be).
    """
    merged: dict[tuple[str, object, str], tuple[Parameter, list[str]]] = {}
    for r in sorted(model.rulesets, key=lambda r: (r.kind != "obligations", r.kind, r.id)):
        outside = parameters_outside_rules(r)  # not used by the review: the period evaluation shows them
        for p in r.assumptions():
            if p.name in outside:
                continue
            key = (p.name, p.value, p.unit)
            kinds = merged.setdefault(key, (p, []))[1]
            if r.kind not in kinds:
                kinds.append(r.kind)
    rows = []
    for p, kinds in merged.values():
        described = p.description.get(lang) if p.description else None
        used_in = listing([RULESET_KIND_WORDS.get(kind, {}).get(lang, kind) for kind in kinds], lang)
        rows.append([(described or p.name,), (number(p.value, lang),), (BASIS_LABELS[p.basis][lang],),
                     (used_in,), (reader_citation(p.citation),)])
    return Section(Heading(2, (t("annex_thresholds", lang),), "vedlegg-terskler"),
                   [Table([t("parameter", lang), t("value", lang), t("basis", lang), t("used_in", lang),
                           t("citation", lang)], rows, numeric=frozenset({1}))], kind="annex")


def _annex_sources(model: ReviewModel, lang: str) -> Section:
    rows = []
    titles = {(ref.ruleset_id, ref.rule_id): ref.title[lang] for ref in model.rule_refs}
    # The findings shown one by one; those given per kommune or fylke cite the kommune table's rows (annex A).
    for finding in [f for view in [*model.goals, *model.provisions()] for f in [*view.findings, *view.context]]:
        title = titles.get((finding.ruleset_id, finding.rule_id), finding.title.get(lang, ""))
        for e in finding.evidence:
            if e.source and not (e.value is None and lists_exceptions(e.name)):
                rows.append([(f"{finding.provision} {title}" if finding.provision[:1].isdigit() else title,),
                             (field_label(e.name, lang),), (source_text(e.source, lang),)])
    return Section(Heading(2, (t("annex_sources", lang),), "vedlegg-kilder"),
                   [Table([t("rule", lang), t("evidence", lang), t("source", lang)], rows, role="sources")],
                   kind="annex")


def _annex_rules(model: ReviewModel, lang: str) -> Section:
    rows = [[(ref.title[lang],), (ref.rule_id,), (t("rule_file_at", lang, file=ref.file, line=ref.line),)]
            for ref in model.rule_refs]
    return Section(Heading(2, (t("annex_rules", lang),), "vedlegg-regler"),
                   [Table([t("rule", lang), t("rule_id", lang), t("file", lang)], rows,
                          row_anchors=[ref.anchor for ref in model.rule_refs])], kind="annex")


def _annex_inputs(model: ReviewModel, lang: str) -> Section:
    rulesets = Table([t("rulesets", lang), t("version", lang), t("status", lang), t("file", lang), t("hash", lang)],
                     [[(r.id,), (r.version,), (RULESET_STATUS_LABELS.get(r.status, {}).get(lang, r.status),),
                       (model.rule_file(r),), (r.hash,)] for r in model.rulesets], role="hashes")
    inputs = Table([t("file", lang), "SHA-256"], [[(name,), (digest,)] for name, digest in model.inputs.items()],
                   role="hashes")
    figures = Table([t("figures", lang), t("file", lang)],
                    [[(FIGURE_SOURCES[key][lang],), (", ".join(files),)] for key, files in model.figure_sources])
    blocks: list[Block] = [Heading(3, (t("figure_sources", lang),)), figures]
    if model.contradictions:
        rows = [[(c.source,), (c.subject,), (CONTRADICTION_LABELS[c.column][lang],),
                 (number(c.stated, lang) if c.stated is not None else "",),
                 (f"{c.other_file}: {number(c.counted, lang)}",),
                 (", ".join(map(str, c.other_rows[:10])) + (" …" if len(c.other_rows) > 10 else ""),)]
                for c in model.contradictions]
        blocks += [Heading(3, (t("contradictions", lang),)), Paragraph((t("contradictions_intro", lang),)),
                   Table([t("source", lang), t("subject", lang), t("figures", lang), t("stated", lang),
                          t("counted_in", lang), t("rows", lang)], rows)]
    return Section(Heading(2, (t("annex_inputs", lang),), "vedlegg-inndata"),
                   [*blocks, Heading(3, (t("rulesets", lang),)), rulesets, Heading(3, (t("inputs", lang),)), inputs],
                   kind="annex")


# ---- the whole ------------------------------------------------------------------------------------------------


def _contents(sections: Sequence[Section], lang: str) -> Contents:
    from bosetting.obligations.review.document import plain

    entries = [(plain(s.heading.content), s.heading.anchor, 1) for s in sections if s.kind != "first"]
    return Contents(t("contents", lang), entries)


def build_document(model: ReviewModel, lang: str) -> Document:
    title = t("title", lang, year=model.year)
    header: list[Block] = [Heading(1, (title,)), Paragraph((t("subtitle", lang),), role="subtitle"),
                           Paragraph((t("draft_note", lang) + " " + t("assumptions_note", lang),), role="draft")]
    if model.synthetic:
        header.append(Paragraph((Strong((t("synthetic", lang),)),), role="synthetic"))
    first = [_key_figures(model, lang), _goals_table(model, lang), _legend(model, lang)]
    titles = {view.id: view.title[lang] for view in [*model.goals, *model.provisions()]}
    missing = missing_section(model.missing_inputs, model.total_differences, titles, lang, model.number_mappings)
    if missing is not None:  # what the data lacked comes before any figure made from it
        first.insert(0, missing)
    body = [_previous_conclusions(model, lang), _overview(model, lang), _later_data(model, lang),
            _agreement_reading(model, lang), _goal_sections(model, lang),
            *_party_sections(model, lang), _deviation(model, lang), _charts(model, lang), _period(model, lang),
            _annex_kommuner(model, lang), _annex_thresholds(model, lang), _annex_sources(model, lang),
            _annex_rules(model, lang), _annex_inputs(model, lang)]
    footer: list[Block] = [Paragraph((t("synthetic_short", lang),), role="synthetic")] if model.synthetic else []
    return Document(lang, title, header, _contents(body, lang), [*first, *body], footer)


__all__ = ["build_document", "counted", "status_badge"]
