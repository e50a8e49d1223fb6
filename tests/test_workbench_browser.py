"""`bosetting serve` driven in headless Chromium: change a parameter, see the kommuner that change, export the
draft and check it with `bosetting validate`; with JavaScript and without; axe-core finds no WCAG 2.1 AA
violation in either language.

The server is the real command (`python -m bosetting serve --port 0`), started once for the module; its printed
address is where the browser goes. Chromium is Debian's (tests/browser_support.py); the tests fail, never skip,
when it or axe-core is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import axe_violations, describe
from click.testing import CliRunner

from bosetting.obligations.cli import main

BASE = "anmodningskriterier@2026.1"
ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "bosetting", "serve", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = ADDRESS.search(line)
        assert found, f"no address printed: {line!r} {process.stderr.read() if process.poll() is not None else ''}"
        yield found.group(0)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _validate_and_diff(path: Path) -> str:
    runner = CliRunner()
    checked = runner.invoke(main, ["validate", str(path)])
    assert checked.exit_code == 0, checked.output
    diff = runner.invoke(main, ["rules", "diff", BASE, str(path)])
    assert diff.exit_code == 0, diff.output
    return diff.output


def test_with_javascript_a_change_updates_the_result_in_place_and_the_draft_validates(
        server: str, browser: Any, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page.goto(server)
    assert page.locator("#status-changes").count() == 0
    page.evaluate("window.stillTheSamePage = true")
    page.fill("#p_min_anmodning", "15")
    page.wait_for_selector("#status-changes tbody tr")
    assert page.evaluate("window.stillTheSamePage") is True, "the page was reloaded"
    rows = page.locator("#status-changes tbody tr")
    count = rows.count()
    assert count == int(page.get_attribute("#summary", "data-status-changes") or 0) > 0
    assert set(rows.locator("td:nth-child(3)").all_inner_texts()) == {"anmodes ikke lenger"}
    assert "p_min_anmodning=15" in page.url
    assert f"Resultatet er oppdatert: {count} kommuner endrer status." == page.inner_text("#live-status")
    page.fill("#by_min_anmodning", "Kari Nordmann, AID")
    page.fill("#why_min_anmodning", "Færre svært små anmodninger")
    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename == "anmodningskriterier-2026.2-utkast.yaml"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert "min_anmodning: 10 -> 15" in _validate_and_diff(saved)
    assert 'changed_by: "Kari Nordmann, AID"' in saved.read_text(encoding="utf-8")
    page.close()


def test_without_javascript_the_form_is_sent_and_the_validator_refuses_at_the_field(
        server: str, browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.goto(server)
    page.fill("#p_min_anmodning", "15")
    with page.expect_navigation():
        page.click("button[type=submit]:not([formaction])")
    assert page.locator("#status-changes tbody tr").count() > 0
    page.fill("#p_min_anmodning", "15,5")
    with page.expect_navigation():
        page.click("button[type=submit]:not([formaction])")
    message = page.inner_text("#msg-min_anmodning")
    assert "(minimum_request) must be a number" in message
    assert page.get_attribute("#p_min_anmodning", "aria-invalid") == "true"
    assert page.locator("#status-changes").count() == 0
    page.fill("#p_min_anmodning", "15")
    with page.expect_navigation():
        page.click("button[type=submit]:not([formaction])")
    page.fill("#by_min_anmodning", "Kari Nordmann, AID")
    page.fill("#why_min_anmodning", "Prøvd uten JavaScript")
    with page.expect_download() as info:
        page.click("#export")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    _validate_and_diff(saved)
    context.close()


def _keep(page: Any, name: str) -> None:
    page.fill("#keep_name", name)
    with page.expect_navigation():
        page.click("#keep")


def test_without_javascript_a_kept_variant_is_compared_with_another_unsaved_one(server: str, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    page.fill("#p_min_anmodning", "15")
    _keep(page, "Femten")
    assert page.input_value("#compare") == "kept_1"
    assert page.inner_text("#kept tbody th") == "Femten\nsammenlignes med nå"
    page.fill("#p_min_anmodning", "12")
    with page.expect_navigation():
        page.click("button[type=submit]:not([formaction]):not([name])")
    # 15 against 12: the kommuner a lower minimum asks anew, in the kept variant's column beside this one's.
    rows = page.locator("#status-changes tbody tr")
    assert rows.count() > 0 and set(rows.locator("td:nth-child(3)").all_inner_texts()) == {"anmodes nå"}
    assert page.locator("#fylke-changes thead tr:nth-child(2) th").all_inner_texts()[1:3] == ["Femten", "2026.2"]
    total = page.locator("#fylke-changes tfoot td").all_inner_texts()
    assert total[2] == total[3] and total[4] == "0"  # the whole need under both, moved between kommuner
    _keep(page, "Tolv")
    assert page.locator("#kept tbody tr").count() == 2 and page.input_value("#compare") == "kept_2"
    with page.expect_navigation():
        page.click("#kept tbody tr:first-child button[name=drop]")
    assert page.locator("#kept tbody th").all_inner_texts() == ["Tolv\nsammenlignes med nå"]
    context.close()


def test_with_javascript_changes_are_compared_with_the_kept_variant_in_place(server: str, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(server)
    page.fill("#p_min_anmodning", "15")
    page.wait_for_selector("#status-changes tbody tr")
    _keep(page, "Femten")
    page.wait_for_selector("#kept tbody tr")
    assert page.locator("#status-changes").count() == 0  # the variant against itself
    page.evaluate("window.stillTheSamePage = true")
    page.fill("#p_min_anmodning", "12")
    page.wait_for_selector("#status-changes tbody tr")
    assert page.evaluate("window.stillTheSamePage") is True, "the page was reloaded"
    assert set(page.locator("#status-changes tbody td:nth-child(3)").all_inner_texts()) == {"anmodes nå"}
    assert "kept_1=" in page.url and "compare=kept_1" in page.url
    page.select_option("#compare", BASE)
    page.wait_for_selector("#fylke-changes thead tr:nth-child(2) th:nth-child(2):text-is('2026.1')")
    assert page.inner_text("#kept tbody th") == "Femten"  # no longer the one compared with
    page.close()


def test_the_language_switch_keeps_what_was_typed(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(f"{server}?version={BASE}&values_for={BASE}&p_min_anmodning=15")
    page.click("#language")
    assert page.get_attribute("html", "lang") == "en"
    assert page.inner_text("h1") == "Workbench for the request criteria"
    assert page.input_value("#p_min_anmodning") == "15"
    assert "SYNTHETIC DATA" in page.inner_text("#synthetic")
    page.close()


KEPT = "kept_1=name%3DF%C3%A6rre%2Bsm%C3%A5%26version%3Danmodningskriterier%25402026.1%26p_min_anmodning%3D15"


@pytest.mark.parametrize("query", ["", "?p_min_anmodning=15", "?p_min_anmodning=15%2C5", "?lang=en",
                                   "?lang=en&p_min_anmodning=15&p_grunnvekt=0.3&compare=anmodningskriterier%402027.1",
                                   f"?p_min_anmodning=12&{KEPT}&compare=kept_1",
                                   f"?lang=en&p_min_anmodning=12&{KEPT}&compare=kept_1",
                                   f"?p_min_anmodning=12&{KEPT}&keep=1&keep_name=F%C3%A6rre+sm%C3%A5"])
def test_axe_finds_no_violation(server: str, browser: Any, query: str) -> None:
    # The page's own policy allows no inline script: axe-core is injected past it, as a tester's extension is.
    page = browser.new_page(viewport={"width": 1366, "height": 900}, bypass_csp=True)
    page.goto(server + query.replace("?", f"?version={BASE}&values_for={BASE}&", 1) if query else server)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    violations = axe_violations(page)
    page.close()
    assert not violations, describe(violations)
