"""The review read as a lawyer for KS or a ministry reads it (the legal review of the verdicts, issue 12).

Each test runs the real review on the bundled data and the project's rules and checks the words a party
would sign or refuse: no fulfilment words for kommuner or fylker, no assumption called a requirement, no
code names in the bokmål, and the context and readings the findings rest on.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re

import docx
import pytest

from bosetting.engine.findings import STATUS
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import fylke_year_facts
from bosetting.obligations.field_labels import FIELD_LABELS
from bosetting.obligations.legal_reading import agreement_readings, unnumbered_commitments
from bosetting.obligations.paths import DATA_DIR
from bosetting.obligations.review.markdown import render_markdown
from bosetting.obligations.review.run import ReviewResult, run_review
from bosetting.obligations.review.texts import CHANGE_WORDS, FIGURE_SOURCES, TEXTS

# Words that make an assumed reference value sound like the agreement's requirement.
REQUIREMENT_WORDS = re.compile(r"\b(krav|kravet|kreves|frist|fristen|fristene)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def nb_2026(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(year=2026, out_dir=tmp_path_factory.mktemp("nb2026") / "review")


@pytest.fixture(scope="module")
def en_2026(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(year=2026, out_dir=tmp_path_factory.mktemp("en2026") / "review", lang="en")


@pytest.fixture(scope="module")
def nb_2027(tmp_path_factory: pytest.TempPathFactory) -> ReviewResult:
    return run_review(year=2027, out_dir=tmp_path_factory.mktemp("nb2027") / "review")


def text(result: ReviewResult, name: str = "report.md") -> str:
    return result.files[name].decode("utf-8")


def section(report: str, start: str, end: str) -> str:
    return report[report.index(start):report.index(end, report.index(start))]


# ---- 13, 14: the kind of obligation, and assumptions never called a requirement -------------------------------


def test_an_act_obligation_is_not_called_a_resultatforpliktelse(nb_2026: ReviewResult) -> None:
    report = text(nb_2026)
    assert "resultatforpliktelse" not in report
    part = section(report, "### 1.2 ", "### 1.3 ")
    assert "- **Type forpliktelse:** forpliktelse til handling eller resultat, avgjørende ord «iverksette tiltak»" \
        in part


def test_the_tools_own_words_never_call_an_assumption_a_deadline_or_a_requirement() -> None:
    words = {f"field {name}": labels["nb"] for name, labels in FIELD_LABELS.items()}
    words |= {f"text {key}": value["nb"] for key, value in TEXTS.items()}
    words |= {f"figure source {key}": value["nb"] for key, value in FIGURE_SOURCES.items()}
    found = {where: wording for where, wording in words.items() if REQUIREMENT_WORDS.search(wording)}
    assert not found, found


def test_the_long_wait_figure_names_its_reference_as_an_assumption(nb_2026: ReviewResult, en_2026: ReviewResult) \
        -> None:
    first = text(nb_2026)[:text(nb_2026).index("## Mål")]
    line = next(line for line in first.splitlines() if line.startswith("**Har ventet lenge"))
    assert "lenger enn referanseverdien for ventetid for sin gruppe (antakelse: 3 måneder for enslige mindreårige" \
        in line and "avtalen har ingen tidsfrist" in line and "frist" not in line.replace("tidsfrist", "")
    english = text(en_2026)
    assert "longer than the reference waiting time for their group (assumption: 3 months" in english
    part = section(text(nb_2026), "### 1.2 ", "### 1.3 ")
    assert "- Av dem: ventet lenger enn referanseverdien for ventetid for sin gruppe (antakelse): 1\u00a0441" in part
    assert "- Tiltak registrert etter referanseverdien: ja" in part


# ---- 16: fylker are named by category, never with fulfilment words ---------------------------------------------


def test_fylker_without_a_tilraading_are_named_without_fulfilment_words(nb_2026: ReviewResult) -> None:
    part = section(text(nb_2026), "#### Fylkeskommunens tilråding", "### 4.4 ")
    assert "ikke oppfylt" not in part and "delvis oppfylt" not in part and "Ingen er ikke" not in part
    assert "**Fylker som ikke har kategorien «tilråding fra fylkeskommunen»:**" in part
    assert "- 56 Finnmark: Ingen tilråding fra fylkeskommunen i Finnmark er registrert for 2026." in part
    assert "- Oslo har én kommune; det er ingen fordeling i fylket å tilrå." in part


# ---- 18, 19: no code names or English in the bokmål ------------------------------------------------------------


def test_the_annexes_cite_sources_in_bokmaal(nb_2026: ReviewResult) -> None:
    report = text(nb_2026)
    for fragment in ("unntak_ikke_brukt", "before the rule set", "15716"):
        assert fragment not in report, fragment
    sources = section(report, "## Vedlegg C", "## Vedlegg D")
    # The Metode lines (the rule file's `assessment`) still name the criteria file's fields: see item 12.
    assert "adopted_by" not in sources and "process:" not in sources
    assert "data/2026/personer.csv: 15\u00a0716 rader" in sources
    assert "| 2025 er før avtalen |" in sources
    assert "(regelfilens opplysninger om forslag, anbefaling og fastsetting)" in sources


def test_the_english_annex_has_no_field_names_either(en_2026: ReviewResult) -> None:
    sources = section(text(en_2026), "## Annex C", "## Annex D")
    assert "adopted_by" not in sources and "before the rule set" not in sources
    assert "data/2026/personer.csv: 15,716 rows" in sources and "| 2025 is before the agreement |" in sources


def test_evidence_labels_and_values_read_as_bokmaal(nb_2026: ReviewResult) -> None:
    report = text(nb_2026)
    part = section(report, "### 1.2 ", "### 1.3 ")
    assert "- Andel som har ventet lenge, per måned: jan.: 17 %, feb.: 18 %" in part
    assert "01: " not in part
    criteria = section(report, "### 3.4 ", "## Forpliktelser: Arbeids- og inkluderingsdepartementet gjennom")
    assert "- Kriteriefil finnes for året kriteriearbeidet gjelder: ja" in criteria
    assert "- Dato for anbefalingen: ikke oppgitt" in criteria and "- Anbefalt: " not in criteria
    statistics = section(report, "### 4.1 ", "### 4.2 ")
    assert "- Unntak som ikke er brukt: 4.1" in statistics


def test_capacity_changes_are_named_in_the_agreements_words(nb_2026: ReviewResult) -> None:
    table = section(text(nb_2026), "### Resultatmål mottak og omsorgssentre: varsling", "## Figurer")
    assert "| E-2026-12 | Rana asylmottak (syntetisk) | 1833 | bygget ned | 60 |" in table
    assert not any(code in table for code in ("nedskalert", "oppskalert"))
    assert CHANGE_WORDS["nedskalert"]["nb"] == "bygget ned"


def test_the_overview_names_the_party_without_nested_parentheses(nb_2026: ReviewResult) -> None:
    overview = section(text(nb_2026), "## Oversikt over forpliktelsene", "## Målene i detalj")
    assert "(Partene (KS og staten))" not in overview
    assert "- 1.2 Tiltak når lang ventetid øker – Partene (KS og staten)" in overview


# ---- 20, 25, 40: the legend, the goals, the first page ---------------------------------------------------------


def test_the_legend_says_obligations_are_met_and_goals_reached_as_measured(nb_2026: ReviewResult) -> None:
    assert STATUS["met"].meaning_nb == "Grunnlaget viser at forpliktelsen er oppfylt eller målet nådd, slik det er " \
                                      "målt (se Metode)."
    legend = section(text(nb_2026), "## Slik leses statusene", "**Innhold**")
    assert "- **✓ oppfylt**: Grunnlaget viser at forpliktelsen er oppfylt eller målet nådd, slik det er målt" in legend
    assert "forpliktelsen eller målet er nådd" not in legend


def test_goals_are_the_parties_goals_together_not_undertakings(nb_2026: ReviewResult, en_2026: ReviewResult) -> None:
    goals = section(text(nb_2026), "## Målene i detalj", "## Forpliktelser: ")
    assert "**Binder:**" not in goals
    assert goals.count("- **Mål for partene i fellesskap:** KS, Arbeids- og inkluderingsdepartementet") == 5
    assert "- **Goal of the parties together:** KS" in text(en_2026)
    obligations = text(nb_2026)[text(nb_2026).index("## Forpliktelser: "):]
    assert "- **Binder:** KS" in obligations


def test_the_first_page_says_the_reference_values_are_not_agreed(nb_2026: ReviewResult, en_2026: ReviewResult) -> None:
    first = text(nb_2026)[:text(nb_2026).index("## Nøkkeltall")]
    assert "Referanseverdiene er regeleierens antakelser og er ikke avtalt mellom partene (se vedlegg B)." in first
    assert "have not been agreed by the parties (see annex B)" in text(en_2026)[:2000]


# ---- 26, 27, 30: the annex of assumptions, the counts, the rule files' own gaps --------------------------------


def test_each_reference_value_has_one_row_in_annex_b(nb_2026: ReviewResult) -> None:
    annex = section(text(nb_2026), "## Vedlegg B", "## Vedlegg C")
    rows = [line.split(" | ")[0] for line in annex.splitlines() if line.startswith("| Referanseverdi")]
    assert len(rows) == len(set(rows)), [r for r in rows if rows.count(r) > 1]
    notice = [line for line in annex.splitlines() if "vertskommunen" in line and "| 30 |" in line]
    assert len(notice) == 1 and "må være varslet" not in notice[0]
    assert "| forpliktelsene og målene |" in notice[0]


def test_the_count_note_tells_kommuner_fylker_and_context_figures_apart(nb_2026: ReviewResult) -> None:
    model = nb_2026.model
    by_kind = model.indicator_count_by_kind()
    assert sum(by_kind.values()) == model.indicator_counts
    assert by_kind["context"] == sum(1 for f in model.findings if f.is_indicator
                                     and f.subject.kind not in ("kommune", "fylke")) > 0
    note = next(line for line in text(nb_2026).splitlines() if line.startswith("Telt er "))
    assert note == (f"Telt er {sum(model.status_counts.values())} vurderinger av partenes forpliktelser og av målene "
                    "(1.2, 1.3 og 3.4 har mer enn én vurdering hver). Ikke med er "
                    f"{by_kind['kommune']} indikatorer for kommuner, {by_kind['fylke']} for fylker og "
                    f"{by_kind['context']} tall som vises som sammenheng.")


def test_gaps_in_the_rule_files_are_not_listed_as_the_parties_data_gaps(nb_2026: ReviewResult) -> None:
    overview = section(text(nb_2026), "## Oversikt over forpliktelsene", "## Målene i detalj")
    parties = section(overview, "**Forpliktelser uten tilstrekkelig grunnlag**", "**Mangler i verktøyets regelfiler")
    gaps = section(overview, "**Mangler i verktøyets regelfiler (ikke partenes grunnlag)**", "*Vurderinger etter")
    assert "1.3 " not in parties and "3.4 " not in parties and "- 7.2 Erfaringsutveksling om botilbud" in parties
    assert "- 1.3 Forslag til anmodningskriterier" in gaps and "- 3.4 Fastsette anmodningskriterier" in gaps
    assert [v.id for v in nb_2026.model.rule_file_gaps()] == ["1.3", "3.4"]


# ---- 31: the context figures the readings promise --------------------------------------------------------------


def test_context_figures_stand_under_their_provision_and_decide_nothing(nb_2026: ReviewResult) -> None:
    report = text(nb_2026)
    part = section(report, "### 4.5 ", "### 4.6 ")
    assert "**Barn bosatt innen referanseverdien, som sammenheng** (avgjør ikke status): Av 562 enslige mindreårige " \
           "ble 56 % bosatt innen 3 måneder" in part
    assert "### 4.5 Hensynet til barn ved bosetting **✎ innsats dokumentert**" in part
    model = nb_2026.model
    shown = {f.rule_id for view in model.provisions() for f in view.context}
    national = {f.rule_id for f in model.findings if f.is_indicator and f.subject.kind not in ("kommune", "fylke")}
    assert shown == national and {"3.2/dekningsgrad", "1.8/rapport", "2.3/vedtak", "6.4/ventetid"} <= shown
    for rule_id in national:
        finding = next(f for f in model.findings if f.rule_id == rule_id)
        view = next(v for v in model.provisions() if v.id == finding.provision)
        assert finding not in view.findings, "a context figure is never one of the findings that decide the status"
        assert finding in view.context


# ---- 32: the reading of the agreement as a whole ---------------------------------------------------------------


def test_the_report_states_how_the_agreement_is_read(nb_2026: ReviewResult, en_2026: ReviewResult) -> None:
    obligations = next(r for r in nb_2026.model.rulesets if r.kind == "obligations")
    readings, commitments = agreement_readings(obligations), unnumbered_commitments(obligations)
    assert len(readings) >= 5 and len(commitments) >= 5
    part = section(text(nb_2026), "## Slik leses avtalen", "## Målene i detalj")
    assert "Partene har ikke avtalt den; de kan bekrefte eller endre den i referatet." in part
    for reading in readings:
        assert f"### {reading.title['nb']}\n\n{reading.text['nb']}" in part
    assert "### «Punkter 1 til 9» i Evaluering" in part and "### Vedlegget mangler" in part
    for commitment in commitments:
        assert f"| {commitment.commitment} | {commitment.section} | {commitment.handling['nb']} |" in part
    html = text(en_2026, "report.html")
    english = html[html.index('id="slik-leses-avtalen"'):]
    assert f'<td><span lang="nb">{commitments[0].commitment}</span></td>' in english
    assert "How the agreement is read" in text(en_2026)


# ---- 37: what later registers can change -----------------------------------------------------------------------


def test_the_report_says_which_findings_next_years_registers_can_change(nb_2026: ReviewResult,
                                                                         nb_2027: ReviewResult) -> None:
    part = section(text(nb_2026), "## Hva senere data kan endre", "## Slik leses avtalen")
    assert "bærer ikke dato eller klokkeslett" in part
    assert "- 1.2 Tiltak når lang ventetid øker (data/2027/registre/tiltak.yaml)" in part
    assert [(view.id, files) for view, _, files in nb_2026.model.later_registers()] == \
        [("1.2", ["data/2027/registre/tiltak.yaml"])]
    later = section(text(nb_2027), "## Hva senere data kan endre", "## Slik leses avtalen")
    assert "Ingen funn for 2027 leser registre fra et senere år." in later


# ---- 18, 19: the referat section and the referat template ------------------------------------------------------


def test_the_first_year_says_there_is_no_earlier_referat(nb_2026: ReviewResult, nb_2027: ReviewResult) -> None:
    first = section(text(nb_2026), "## Forrige års konklusjoner og oppfølging", "## Oversikt")
    assert "2026 er avtalens første år; det finnes ikke referat fra en tidligere gjennomgang etter denne avtalen." \
        in first
    assert "for –" not in text(nb_2026)
    assert "## Partenes konklusjoner for 2026" in text(nb_2027)


def test_the_referat_template_names_goals_by_their_titles(nb_2026: ReviewResult) -> None:
    document = docx.Document(io.BytesIO(nb_2026.files["referat-mal-2026.docx"]))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert "Hovedmål 1: rask bosetting i samsvar med behovet" in headings
    assert "1.2 Tiltak når lang ventetid øker" in headings
    assert not [h for h in headings if h.startswith(("hovedmaal-", "resultatmaal-"))]


def test_a_finding_whose_deadline_still_runs_is_listed_as_settled_next_year(nb_2026: ReviewResult) -> None:
    model = copy.deepcopy(nb_2026.model)
    view = next(v for v in model.provisions() if v.id == "1.2")
    view.findings = [dataclasses.replace(f, status="pending") if f.rule_id == "1.2" else f for f in view.findings]
    part = section(render_markdown(model, "nb"), "## Hva senere data kan endre", "## Slik leses avtalen")
    assert "Disse funnene har status «ikke avgjort ennå» og avgjøres i neste års gjennomgang:\n\n" \
           "- 1.2 Tiltak når lang ventetid øker\n" in part
    assert "har status «frist ikke utløpt»" not in section(text(nb_2026), "## Hva senere data kan endre",
                                                           "## Slik leses avtalen")


# ---- 21: a fylke's vedtak are read against the kommuner asked ---------------------------------------------------


def test_the_fylke_facts_count_the_kommuner_asked_and_their_vedtak() -> None:
    dataset = load_dataset(DATA_DIR)
    agder = next(f for f in fylke_year_facts(dataset, 2026) if f.subject.id == "42")
    rows = [r for knr, r in dataset.kommune_years[2026].items() if dataset.register(2026)[knr].fylkesnummer == "42"]
    assert (agder.values["kommuner"], agder.values["kommuner_anmodet"], agder.values["anmodede_med_vedtak"]) == \
        (25, 15, 13)
    assert agder.values["kommuner_anmodet"] == sum(1 for r in rows if r.anmodning > 0)
    assert FIELD_LABELS["anmodede_med_vedtak"]["nb"] == "Av dem: med registrert vedtak"
