"""`bosetting features check` and `run` on feature files a user wrote, outside the repository, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bosetting.obligations.paths import PROJECT_ROOT

MISSPELT = """\
# language: no
Egenskap: Et scenario med skrivefeil

  Scenario: Hamar bosetter uten å være anmodet
    Gitt at kommunen Hamar har 32 000 innbygere
    Og disse kommunene i 2026:
      | kommune | anmodning | vedtatt | bosatt |
      | Hamarr  | 0         | 10      | 10     |
    Når forpliktelsene vurderes for 2026
    Så er forpliktelsen 4.4 «oppfylt» for IMDi
"""

MISSING_COLUMN = """\
# language: no
Egenskap: En tabell uten en påkrevd kolonne

  Scenario: Flyktninger uten dato for tillatelse
    Gitt disse bosettingsklare flyktningene i 2026:
      | gruppe       | bosatt     |
      | barnefamilie | 01.03.2026 |
    Når forpliktelsene vurderes for 2026
    Så er forpliktelse 4.5 «oppfylt» for IMDi
"""

NO_LANGUAGE = """\
Egenskap: Uten språklinje
  Scenario: Noe
    Gitt kommunene Hamar
"""

# A case no scenario in features/ has: a notice given in December for a closure in January.
YEAR_END = """\
# language: no
Egenskap: Varsel om nedleggelse som går over årsskiftet
  Tallene er fiktive.

  @forpliktelse-5.4
  Scenariomal: UDI varsler i desember om en nedleggelse i januar
    Gitt disse endringene i kapasiteten i 2027:
      | mottak                 | type       | vertskommune | endring | plasser | varslet   | iverksatt  |
      | Lillehammer asylmottak | asylmottak | Lillehammer  | nedlagt | 120     | <varslet> | 15.01.2027 |
    Når forpliktelsene vurderes for 2027
    Så er forpliktelse 5.4 «<resultat>» for UDI

    Eksempler:
      | varslet    | resultat |
      | 16.12.2026 | oppfylt  |
      | 17.12.2026 | oppfylt  |
"""

REASON = """\
# language: no
Egenskap: Begrunnelsen

  Scenario: Begrunnelsen for 1.7 sier noe den ikke sier
    Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
    Og disse kommunene i 2026:
      | kommune | anmodning | vedtak | bosatt |
      | Bodø    | 100       | 90     | 90     |
    Når forpliktelsene vurderes for 2026
    Så sier begrunnelsen for forpliktelse 1.7 at «noe som ikke står der»
"""

SAME_NAMES = """\
# language: no
Egenskap: To scenarioer med samme navn

  Scenario: Bodø
    Gitt kommunene Bodø
    Når forpliktelsene vurderes for 2026
    Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge

  Regel: En regel

    Scenario: Bodø
      Gitt kommunene Bodø
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge
"""


def bosetting(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bosetting", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False)


def test_check_names_a_misspelt_step_a_wrong_column_and_an_unknown_kommune(tmp_path: Path) -> None:
    (tmp_path / "skrivefeil.feature").write_text(MISSPELT, encoding="utf-8")
    (tmp_path / "kolonne.feature").write_text(MISSING_COLUMN, encoding="utf-8")
    (tmp_path / "sprak.feature").write_text(NO_LANGUAGE, encoding="utf-8")
    (tmp_path / "navn.feature").write_text(SAME_NAMES, encoding="utf-8")
    done = bosetting("features", "check", "skrivefeil.feature", "kolonne.feature", "sprak.feature", "navn.feature",
                     cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == ('skrivefeil.feature:5: ukjent steg "Gitt at kommunen Hamar har 32 000 innbygere"; mente du '
                        '"Gitt at kommunen {kommune} har {innbyggere} innbyggere" eller '
                        '"Gitt kommunen {kommune} har {innbyggere} innbyggere"?')
    assert lines[1].startswith('skrivefeil.feature:7: tabellen til steget "Og disse kommunene i 2026:": '
                               "ukjent kolonne «vedtatt»; mente du «vedtak»? forventet kolonner: kommune (påkrevd), "
                               "innbyggere, anmodning, anmodning em, vedtak, vedtak em, bosatt, bosatt em")
    assert lines[2] == ("skrivefeil.feature:8: ukjent kommune «Hamarr»: den står ikke i kommuneregisteret "
                        "(data/kommuner.csv); mente du «Hamar»?")
    assert lines[3] == ('skrivefeil.feature:10: ukjent steg "Så er forpliktelsen 4.4 «oppfylt» for IMDi"; mente du '
                        '"Så er forpliktelse {forpliktelse} «{status}» for {hvem}"?')
    assert lines[4].startswith('kolonne.feature:6: tabellen til steget "Gitt disse bosettingsklare flyktningene i '
                               '2026:": kolonnen «tillatelse» mangler; forventet kolonner: gruppe (påkrevd), '
                               "tillatelse (påkrevd),")
    assert lines[5].startswith("sprak.feature:1: filen må begynne med «# language: no»")
    assert lines[6] == ("navn.feature:11: scenarioet «Bodø» har samme navn som scenarioet på linje 4; bare det "
                        "siste ville blitt kjørt: gi dem ulike navn")
    assert lines[7].startswith("7 problem(er) i 4 fil(er).")


def test_check_reads_a_syntax_error_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "syntaks.feature").write_text("# language: no\nEgenskap: X\n  Scenario: Y\n    Gitt kommunene Hamar\n"
                                              "    Deretter noe annet\n", encoding="utf-8")
    done = bosetting("features", "check", "syntaks.feature", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("syntaks.feature:5: linjen kan ikke leses som Gherkin: «Deretter noe annet»")


def test_check_passes_the_project_feature_files_and_refuses_a_missing_file(tmp_path: Path) -> None:
    done = bosetting("features", "check", str(PROJECT_ROOT / "features"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = len(list((PROJECT_ROOT / "features").glob("*.feature")))
    assert done.stdout.startswith(f"Ingen problemer: hvert steg i {files} fil(er) er et kjent steg")
    missing = bosetting("features", "check", "finnes-ikke.feature", cwd=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_run_tells_each_scenario_of_a_file_outside_the_repository_in_bokmal(tmp_path: Path) -> None:
    (tmp_path / "varsel.feature").write_text(YEAR_END, encoding="utf-8")
    (tmp_path / "begrunnelse.feature").write_text(REASON, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    done = bosetting("features", "run", "varsel.feature", "begrunnelse.feature", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # one example row expects what the rules do not give
    out = done.stdout.splitlines()
    assert out[0] == ("BEKREFTET  varsel.feature:6  Scenariomal: UDI varsler i desember om en nedleggelse i januar "
                      "(eksempel: varslet = 16.12.2026, resultat = oppfylt)")
    assert out[1] == "  Bekreftet: forpliktelse 5.4 for UDI er «oppfylt»"
    assert out[2].startswith("    «oppfylt» for UDI (regel 5.4, utfall 3): 1 av 1 stor endring ble varslet")
    assert out[3].startswith("FEILET  varsel.feature:6  Scenariomal:") and "varslet = 17.12.2026" in out[3]
    assert out[4] == "  Steget som feilet, linje 11: Så er forpliktelse 5.4 «oppfylt» for UDI"
    assert out[5] == "  Forventet: forpliktelse 5.4 for UDI «oppfylt»"
    assert out[6] == "  Fikk:"
    assert out[7].startswith("    «ikke oppfylt» for UDI (regel 5.4, utfall 4): 0 av 1 stor endring")
    assert "varslet 29 dager før" in out[7]
    # A Så-step that compares no status shows the engine's findings about the provision it names.
    assert out[8] == "FEILET  begrunnelse.feature:4  Scenario: Begrunnelsen for 1.7 sier noe den ikke sier"
    assert out[9] == ("  Steget som feilet, linje 10: Så sier begrunnelsen for forpliktelse 1.7 at "
                      "«noe som ikke står der»")
    assert out[10] == "  Steget holdt ikke. Motorens vurderinger av forpliktelse 1.7:"
    assert out[11].startswith("    «oppfylt» for Norge (regel 1.7, utfall 2): Anmodningene (100) dekker 100 %")
    assert out[-1] == "3 scenario(er) kjørt mot regelfilene og regelmotoren: 1 bekreftet, 2 feilet."
    # Nothing is left behind where the user ran it (pytest's cache and the branch record stay in a temporary folder).
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_run_runs_nothing_when_a_step_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "skrivefeil.feature").write_text(MISSPELT, encoding="utf-8")
    done = bosetting("features", "run", "skrivefeil.feature", cwd=tmp_path)
    assert done.returncode == 1
    assert "ukjent steg" in done.stderr and done.stderr.rstrip().endswith("Ingenting ble kjørt: rett problemene "
                                                                            "over først.")
    assert done.stdout == ""
