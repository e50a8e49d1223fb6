"""The what-if workbench without a browser: the page's logic, the draft it exports, and the Flask application.

The browser tests (tests/test_workbench_browser.py) drive the same page in Chromium; these check what it
computes: the variant's result against the criteria engine's own in-memory variant, the refusals against
`bosetting validate`'s own messages, and the exported draft with `bosetting validate` and `bosetting rules diff`.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.workbench.app import create_app
from bosetting.obligations.workbench.draft import next_free_version, value_text
from bosetting.obligations.workbench.session import MAX_KEPT, Form, KeptVariant, Workbench

BASE = "anmodningskriterier@2026.1"
TODAY = dt.date(2026, 12, 2)
LOCAL = {"Host": "127.0.0.1:8765"}


@pytest.fixture(scope="module")
def workbench() -> Iterator[Workbench]:
    bench = Workbench(today=TODAY)
    bench.load()
    yield bench
    bench.close()


def _form(**fields: str) -> Form:
    return Form.parse({"version": BASE, **fields})


def test_the_base_against_itself_changes_nothing_and_spreads_the_whole_need(workbench: Workbench) -> None:
    page = workbench.page(_form())
    assert page.result is not None and not page.has_errors
    need, need_em = workbench.context.need(page.year)
    assert page.result.status_changes == () and page.result.changed_kommuner == ()
    sums = page.result.fylke_sums
    assert (sums.total_from, sums.total_to, sums.em_from, sums.em_to) == (need, need, need_em, need_em)
    assert page.synthetic and page.base.key == BASE and page.draft_version == "2026.2"


def test_a_changed_parameter_gives_what_the_engines_own_variant_gives(workbench: Workbench) -> None:
    page = workbench.page(_form(p_min_anmodning="15"))
    assert page.result is not None and [p.name for p in page.changed] == ["min_anmodning"]
    base = workbench.context.version(BASE)
    _first, _second, expected = workbench.context.compare(base, workbench.context.variant(base, {"min_anmodning": 15}),
                                                          data_year=page.year)
    assert [r.kommunenummer for r in page.result.status_changes] == [k.kommunenummer for k in
                                                                      expected.status_changes]
    assert page.result.status_changes, "a higher minimum request leaves some kommuner out"
    assert all(r.status == "dropped" and r.compared.total_to == 0 for r in page.result.status_changes)
    # Status changes come first; the totals of the changes sum exactly: the same need, moved between kommuner.
    changed = page.result.changed_kommuner
    assert changed[:len(page.result.status_changes)] == page.result.status_changes
    assert page.result.changed_sums.difference == sum(r.compared.difference for r in changed) == 0
    assert page.result.changed_sums.total_to == sum(r.compared.total_to for r in changed)
    assert sum(f.sums.total_to for f in page.result.fylker) == page.result.fylke_sums.total_to
    asked = dict((measure, (a, b)) for measure, a, b in page.result.spread)["Kommuner anmodet"]
    assert int(asked[0]) - int(asked[1]) == len(page.result.status_changes)
    assert all(f.chart.startswith("<svg") for f in page.result.fylker if f.kommuner)


def test_a_page_from_the_sessions_caches_is_the_page_a_fresh_session_computes(workbench: Workbench) -> None:
    # The session keeps the versions compared with, the drafts it checked and the needs it split: coming back
    # to a variant after others, in another language and with another version compared, changes nothing.
    variant = {"p_min_anmodning": "14", "p_grunnvekt": "0.3"}
    for fields in (variant, {"p_min_anmodning": "16"}, {**variant, "lang": "en"},
                   {**variant, "compare": "anmodningskriterier@2027.1"}, {"need": "6000", "need_em": "500"}):
        workbench.page(_form(**fields))
    warm = workbench.page(_form(**variant))
    fresh_bench = Workbench(today=TODAY)
    try:
        fresh = fresh_bench.page(_form(**variant))
    finally:
        fresh_bench.close()
    assert warm.result is not None and fresh.result is not None and warm.result.status_changes
    for part in ("status_changes", "changed_kommuner", "changed_sums", "fylke_sums", "spread"):
        assert getattr(warm.result, part) == getattr(fresh.result, part), part
    assert [f.sums for f in warm.result.fylker] == [f.sums for f in fresh.result.fylker]
    assert warm.parameters == fresh.parameters


def _validator_messages(tmp_path: Path, page_file: str, text: str) -> list[str]:
    path = tmp_path / page_file
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    return [line.replace(str(path), page_file) for line in result.output.splitlines() if ": error: " in line]


@pytest.mark.parametrize(("parameter", "typed"), [("min_anmodning", "15.5"), ("min_anmodning", "0"),
                                                   ("maks_andel_av_innbyggere", "2"), ("grunnvekt", "1,5"),
                                                   ("min_innbyggere", "1e3"), ("min_innbyggere", "3000: x")])
def test_a_value_the_validator_refuses_is_refused_with_its_message(workbench: Workbench, tmp_path: Path,
                                                                   parameter: str, typed: str) -> None:
    page = workbench.page(_form(**{f"p_{parameter}": typed}))
    assert page.result is None and page.has_errors
    row = next(p for p in page.parameters if p.name == parameter)
    shown = list(row.errors) + page.problems
    # The same value in a copy of the file, checked by `bosetting validate`, gives the same lines.
    base = workbench.context.version(BASE).ruleset
    text = Path(base.path).read_text(encoding="utf-8")
    original = f"  {parameter}:\n    value: {base.parameters[parameter].value}\n"
    assert original in text
    copy = text.replace(original, f"  {parameter}:\n    value: {value_text(typed)}\n")
    copy = copy.replace('version: "2026.1"', 'version: "2026.2"').replace("status: adopted", "status: draft")
    copy = "".join(line for line in copy.splitlines(keepends=True) if not line.startswith("adopted_by:"))
    assert shown == _validator_messages(tmp_path, page.draft_file, copy)


def test_values_typed_for_another_version_are_not_applied(workbench: Workbench) -> None:
    form = Form.parse({"version": "anmodningskriterier@2027.1", "values_for": BASE, "p_min_anmodning": "99"})
    assert form.values == {}
    kept = Form.parse({"version": BASE, "values_for": BASE, "p_min_anmodning": "99", "lang": "xx"})
    assert kept.values == {"min_anmodning": "99"} and kept.lang == "nb"
    assert Form.parse(kept.fields()) == kept


def test_a_need_that_is_not_a_whole_number_is_refused(workbench: Workbench) -> None:
    page = workbench.page(_form(need="tolv"))
    assert page.form_errors == {"need": "må være et helt tall, 0 eller mer"} and page.result is None
    smaller = workbench.page(_form(need="5000", need_em="100"))
    assert smaller.result is not None and smaller.result.fylke_sums.total_to == 5000


def test_a_need_the_criteria_cannot_meet_is_said_on_the_page(workbench: Workbench) -> None:
    page = workbench.page(_form(need="5", p_min_anmodning="10"))
    assert page.result is None and "cannot be distributed" in page.allocation_error


def test_next_free_version_skips_every_version_taken() -> None:
    class Base:
        version = "2026.1"

    assert next_free_version(Base(), ["2026.1"]) == "2026.2"  # type: ignore[arg-type]
    assert next_free_version(Base(), ["2026.1", "2026.3", "2027.1"]) == "2026.4"  # type: ignore[arg-type]


def test_typed_text_can_never_change_the_files_structure() -> None:
    assert value_text(" 15 ") == "15" and value_text("0.25") == "0.25" and value_text("15 %") == "15 %"
    for hostile in ("1\nstatus: adopted", "{a: 1}", "[1, 2]", "x # y", "a: b", '"', "- 1"):
        assert yaml.safe_load(f"value: {value_text(hostile)}") == {"value": hostile.strip()}


def test_export_needs_who_and_why_for_each_change(workbench: Workbench) -> None:
    page, draft = workbench.export(_form(p_min_anmodning="15", by_min_anmodning="Kari Nordmann, AID"))
    assert draft is None
    assert any("'reason'" in message for message in page.export_problems)
    row = next(p for p in page.parameters if p.name == "min_anmodning")
    assert row.reason_error and not row.changed_by_error
    nothing, none = workbench.export(_form())
    assert none is None and nothing.export_problems == ["Endre minst én parameter før du lagrer et utkast."]


def test_the_exported_draft_validates_and_diffs_against_its_base(workbench: Workbench, tmp_path: Path) -> None:
    _page, draft = workbench.export(_form(p_min_anmodning="15", by_min_anmodning="Kari Nordmann, AID",
                                          why_min_anmodning="Færre små anmodninger", p_grunnvekt="0.25",
                                          by_grunnvekt="Ola", why_grunnvekt="Prøver en høyere grunnvekt"))
    assert draft is not None and draft.file_name == "anmodningskriterier-2026.2-utkast.yaml"
    data = yaml.safe_load(draft.text)
    assert (data["version"], data["status"]) == ("2026.2", "draft") and "adopted_by" not in data
    assert data["parameters"]["min_anmodning"]["value"] == 15 and data["parameters"]["grunnvekt"]["value"] == 0.25
    assert data["changes"]["based_on"] == BASE and data["changes"]["parameters"] == [
        {"parameter": "grunnvekt", "from": 0.2, "to": 0.25, "changed_by": "Ola",
         "reason": "Prøver en høyere grunnvekt"},
        {"parameter": "min_anmodning", "from": 10, "to": 15, "changed_by": "Kari Nordmann, AID",
         "reason": "Færre små anmodninger"}]
    # The rule owner's comments and layout are kept: the first line names the schema for editors.
    assert draft.text.splitlines()[0].startswith("# yaml-language-server: $schema=")
    folder = tmp_path / "criteria"
    shutil.copytree(RULES_DIR / "criteria", folder)
    path = folder / draft.file_name
    path.write_text(draft.text, encoding="utf-8")
    runner = CliRunner()
    alone = runner.invoke(main, ["validate", str(path)])
    assert alone.exit_code == 0, alone.output
    together = runner.invoke(main, ["validate", str(folder)])  # the next free version: no clash with the others
    assert together.exit_code == 0, together.output
    diff = runner.invoke(main, ["rules", "diff", BASE, str(path)])
    assert diff.exit_code == 0, diff.output
    assert "min_anmodning: 10 -> 15" in diff.output and "grunnvekt: 0.2 -> 0.25" in diff.output
    assert 'status: "adopted" -> "draft"' in diff.output and "section    changes" in diff.output


def test_a_changes_block_that_disagrees_with_the_file_is_refused(workbench: Workbench, tmp_path: Path) -> None:
    _page, draft = workbench.export(_form(p_min_anmodning="15", by_min_anmodning="Kari", why_min_anmodning="Test"))
    assert draft is not None
    path = tmp_path / draft.file_name
    for wrong, message in (("parameter: min_anmodnig", "changes names parameter 'min_anmodnig', which this file "
                                                       "does not have; did you mean 'min_anmodning'?"),
                           ("to: 16", "changes says parameter 'min_anmodning' became 16, but its value is 15; make "
                                      "them agree")):
        right = wrong.replace("min_anmodnig", "min_anmodning").replace("16", "15")
        assert draft.text.count(f" {right}\n") == 1
        path.write_text(draft.text.replace(f" {right}\n", f" {wrong}\n"), "utf-8")
        result = CliRunner().invoke(main, ["validate", str(path)])
        assert result.exit_code == 1 and message in result.output, result.output


# Kept variants --------------------------------------------------------------------------------

def test_kept_variants_travel_in_the_form_and_come_back_as_they_were() -> None:
    kept = (KeptVariant("A & B: «færre små»", BASE, {"min_anmodning": "15", "grunnvekt": "0.3"}),
            KeptVariant("Uten endringer", "anmodningskriterier@2027.1"))
    form = Form.parse({"version": BASE, "values_for": BASE, "compare": "kept_2",
                       **{f"kept_{i}": k.encoded() for i, k in enumerate(kept, 1)}})
    assert form.kept == kept and form.kept_variant("kept_2") == kept[1] and form.kept_variant("kept_3") is None
    assert Form.parse(form.fields()) == form
    # Removing one renumbers the others, and what was compared with stays chosen.
    assert form.dropping(1).kept == kept[1:] and form.dropping(1).compare == "kept_1"
    assert form.dropping(2).compare == "" and form.dropping(7) == form
    # A field that is not a kept variant (no name or no version) is left out.
    assert Form.parse({"kept_1": "name=&version=x", "kept_2": "name=x"}).kept == ()


def test_two_unsaved_variants_are_compared_per_kommune_and_per_fylke(workbench: Workbench) -> None:
    kept, _page = workbench.keep(_form(p_min_anmodning="15"), "Færre små")
    assert kept is not None and kept.compare == "kept_1"
    assert kept.kept == (KeptVariant("Færre små", BASE, {"min_anmodning": "15"}),)
    page = workbench.page(replace(kept, values={"min_anmodning": "12", "grunnvekt": "0.3"}))
    result = page.result
    assert result is not None and not page.has_errors
    assert result.reference_short == "Færre små" and "Færre små" in result.summary
    # The same as the criteria engine's own in-memory variants compared with each other.
    context = workbench.context
    base = context.version(BASE)
    _a, _b, expected = context.compare(context.variant(base, {"min_anmodning": 15}),
                                       context.variant(base, {"min_anmodning": 12, "grunnvekt": 0.3}),
                                       data_year=page.year)
    assert [r.compared for r in result.changed_kommuner] == [
        k for k in expected.kommuner if k.difference or k.difference_em or k.status_change != "same"]
    assert [f.sums.difference for f in result.fylker] == [f.difference for f in expected.fylker]
    assert result.status_changes and {r.status for r in result.status_changes} == {"new"}
    # Both variants split the whole need; the differences sum exactly, per kommune and per fylke.
    need, need_em = context.need(page.year)
    sums = result.fylke_sums
    assert (sums.total_from, sums.total_to, sums.em_from, sums.em_to) == (need, need, need_em, need_em)
    assert sum(f.sums.difference for f in result.fylker) == result.changed_sums.difference == 0
    assert sum(r.compared.difference for r in result.changed_kommuner) == 0
    row = page.kept[0]
    assert row.changes == "min_anmodning = 15" and "p_min_anmodning=15" in row.edit_query


def test_a_variant_is_kept_only_when_it_is_valid_and_its_name_is_free(workbench: Workbench) -> None:
    refused, page = workbench.keep(_form(p_min_anmodning="15,5"), "Feil")
    assert refused is None and page.form_errors["keep_name"].startswith("rett feilene")
    first, _page = workbench.keep(_form(), "")
    assert first is not None and first.kept[0].name == "Variant 1" and first.kept[0].values == {}
    taken, page = workbench.keep(first, "Variant 1")
    assert taken is None and page.form_errors["keep_name"] == "navnet er allerede brukt av en beholdt variant"
    full = _form(**{f"kept_{i}": KeptVariant(f"V{i}", BASE).encoded() for i in range(1, MAX_KEPT + 1)})
    none, page = workbench.keep(full, "En til")
    assert none is None and "høyst 10" in page.form_errors["keep_name"]


def test_a_kept_variant_the_validator_refuses_is_said_on_the_page(workbench: Workbench) -> None:
    wrong = KeptVariant("Skrevet inn", BASE, {"min_anmodning": "15.5"})
    page = workbench.page(_form(kept_1=wrong.encoded(), compare="kept_1"))
    assert page.result is None and len(page.problems) == 1
    assert page.problems[0].startswith("Den beholdte varianten «Skrevet inn» kan ikke brukes: ")
    assert "(minimum_request) must be a whole number" in page.problems[0]
    gone = KeptVariant("Borte", "anmodningskriterier@1999.1", {"min_anmodning": "15"})
    assert "finnes ikke" in workbench.page(_form(kept_1=gone.encoded(), compare="kept_1")).problems[0]


# The application ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(workbench: Workbench):  # type: ignore[no-untyped-def]
    app = create_app(workbench)
    app.testing = True
    return app.test_client()


def test_the_page_is_served_in_both_languages_with_its_own_assets(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/", headers=LOCAL)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert '<html lang="nb">' in html and "SYNTETISKE DATA" in html and "Arbeidsbenk for anmodningskriterier" in html
    assert "http://" not in html.split("<main>")[0].replace('href="http://', "")  # no asset from elsewhere
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    english = client.get("/?lang=en", headers=LOCAL).get_data(as_text=True)
    assert '<html lang="en">' in english and "SYNTHETIC DATA" in english and "Workbench for the request" in english
    for asset in ("/static/workbench.css", "/static/workbench.js"):
        assert client.get(asset, headers=LOCAL).status_code == 200


def test_another_host_name_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/", headers={"Host": "workbench.example"}).status_code == 400


def test_a_refused_value_is_answered_422_with_the_message(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(f"/?version={BASE}&p_min_anmodning=15.5", headers=LOCAL)
    assert response.status_code == 422
    assert "(minimum_request) must be a whole number" in response.get_data(as_text=True)


def test_export_downloads_the_draft_or_says_why_not(client) -> None:  # type: ignore[no-untyped-def]
    fields = {"version": BASE, "values_for": BASE, "p_min_anmodning": "15", "by_min_anmodning": "Kari"}
    refused = client.post("/export", data=fields, headers=LOCAL)
    assert refused.status_code == 422 and "Utkastet ble ikke lagret" in refused.get_data(as_text=True)
    saved = client.post("/export", data={**fields, "why_min_anmodning": "Test"}, headers=LOCAL)
    assert saved.status_code == 200
    assert saved.headers["Content-Disposition"] == 'attachment; filename="anmodningskriterier-2026.2-utkast.yaml"'
    assert yaml.safe_load(saved.get_data(as_text=True))["status"] == "draft"


def test_keeping_and_removing_a_variant_answer_with_the_new_address(client) -> None:  # type: ignore[no-untyped-def]
    fields = {"version": BASE, "values_for": BASE, "p_min_anmodning": "15", "keep": "1", "keep_name": "Femten"}
    kept = client.get("/", query_string=fields, headers=LOCAL)
    assert kept.status_code == 303 and "keep=" not in kept.location and kept.location.endswith("#beholdte")
    page = client.get(kept.location, headers=LOCAL)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and '<option value="kept_1" selected>Femten (' in html
    assert '<th scope="col" class="num">Femten</th>' in html  # the kept variant's column
    dropped = client.get(kept.location.split("#")[0] + "&drop=1", headers=LOCAL)
    assert dropped.status_code == 303 and "kept_1" not in dropped.location
    refused = client.get("/", query_string={**fields, "p_min_anmodning": "x"}, headers=LOCAL)
    assert refused.status_code == 422 and "rett feilene i varianten" in refused.get_data(as_text=True)


def test_serve_offers_only_the_loopback_address() -> None:
    from bosetting.obligations.commands.serve import HOST

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output and "0 takes a free one" in result.output
    assert HOST == "127.0.0.1"
    assert CliRunner().invoke(main, ["serve", "--port", "70000"]).exit_code == 2
