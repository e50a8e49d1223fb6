"""Make the bundled synthetic referat for 2026 the way a secretariat would, and read it back.

1. `bosetting review --year 2026` writes the template referat-mal-2026.docx.
2. The template is filled in with python-docx (tests/referat_fill.py) with the invented
   conclusions below, and then opened and saved by LibreOffice (`soffice --headless
   --convert-to docx`), as a secretariat's editor would save it.
3. The saved file is kept as tests/fixtures/referat/referat-2026-utfylt.docx (a test reads it
   back on every run, without LibreOffice) and imported with
   `bosetting referat import ... --data data --replace` into data/2026/registre/referat.yaml.

Everything in the referat is SYNTHETIC: no party wrote it, and every name says so.
Run from the project root: .venv/bin/python scripts/make_demo_referat.py (needs LibreOffice).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from referat_fill import fill_template  # noqa: E402

from bosetting.obligations.cli import main  # noqa: E402
from bosetting.obligations.data.records import FollowUp, Participant, PartyRemark, Referat, ReferatPoint  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "referat" / "referat-2026-utfylt.docx"
S = " (syntetisk)"


def _follow(point: str, n: int, what: str, owner: str, deadline: date) -> FollowUp:
    return FollowUp(f"2026-{point}-{n}", point, what + S, owner, deadline)


DEMO_2026 = Referat(
    aar=2026,
    moete_dato=date(2027, 3, 11),
    deltakere=(
        Participant("Kari Nordmann" + S, "KS"),
        Participant("Ola Hansen" + S, "KS"),
        Participant("Ingrid Berg" + S, "AID"),
        Participant("Per Olsen" + S, "JD"),
        Participant("Liv Johansen" + S, "BFD"),
        Participant("Nils Larsen" + S, "KDD"),
        Participant("Sara Ahmed" + S, "IMDi"),
        Participant("Jon Eriksen" + S, "UDI"),
    ),
    punkter=(
        ReferatPoint("hovedmaal-1", "Partene er enige om at bosettingen i 2026 ikke var rask nok og lå under "
                     "behovet. Partene vil følge særlig med på ventetiden for familier." + S,
                     (PartyRemark("KS", "KS viser til at kommunene vedtok å bosette flere enn i 2025, og at "
                                  "anmodningene kom sent på året." + S),)),
        ReferatPoint("resultatmaal-bosetting", "Resultatmålet er delvis nådd. Andelen enslige mindreårige som ble "
                     "bosatt, er god; andelen bosatt innen fristen er for lav." + S),
        ReferatPoint("1.2", "Lang ventetid økte fra sommeren 2026 uten at tiltak ble satt inn. Partene er enige om "
                     "at forpliktelsen ikke er oppfylt for 2026." + S,
                     (PartyRemark("AID", "AID viser til at tiltak ble forberedt høsten 2026 og satt inn i mars "
                                  "2027." + S),),
                     (_follow("1.2", 1, "IMDi legger fram en plan for tiltak mot lang ventetid for Nasjonalt "
                              "utvalg", "IMDi", date(2027, 6, 30)),
                      _follow("1.2", 2, "Partene avtaler et fast varsel når antallet som har ventet over seks "
                              "måneder øker tre måneder på rad", "Partene", date(2027, 9, 30)))),
        ReferatPoint("4.1", "En månedlig statistikkleveranse til én fylkeskommune manglet. Partene er enige om at "
                     "forpliktelsen ikke er fullt ut oppfylt." + S,
                     (PartyRemark("KS", "KS ber om at leveransene kvitteres av mottakeren." + S),),
                     (_follow("4.1", 1, "IMDi innfører kvittering for hver månedlig leveranse", "IMDi",
                              date(2027, 4, 30)),)),
        ReferatPoint("5.4", "To store nedleggelser ble varslet for sent og én nedskalering ble ikke varslet." + S,
                     (PartyRemark("KS", "KS understreker at vertskommunene trenger varsel før vedtak om "
                                  "nedlegging." + S),
                      PartyRemark("JD", "JD mener at nedleggelsen av Sunnfjord asylmottak ble varslet så tidlig som "
                                  "anskaffelsesreglene tillot, og deler ikke vurderingen for den endringen." + S,
                                  dissens=True)),
                     (_follow("5.4", 1, "UDI gjennomgår rutinen for varsling av vertskommuner", "UDI",
                              date(2027, 9, 1)),)),
        ReferatPoint("7.2", None,
                     (PartyRemark("KDD", "KDD viser til at erfaringsutveksling om botilbud skjedde i Husbankens "
                                  "regionale samlinger, men ble ikke registrert." + S),),
                     (_follow("7.2", 1, "Husbanken registrerer erfaringsutveksling om botilbud i "
                              "aktivitetsregisteret", "Husbanken", date(2027, 12, 31)),)),
    ),
    rapporter=(),
    synthetic=True,
)


def main_script() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed (apt-get install libreoffice-writer)")
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "review"
        result = CliRunner().invoke(main, ["review", "--year", "2026", "--out", str(out)])
        if result.exit_code != 0:
            sys.exit(result.output)
        filled = Path(work) / "filled" / FIXTURE.name
        filled.parent.mkdir()
        filled.write_bytes(fill_template((out / "referat-mal-2026.docx").read_bytes(), DEMO_2026))
        saved = Path(work) / "saved"
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to",
                        "docx", "--outdir", str(saved), str(filled)], check=True, capture_output=True, timeout=300)
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(saved / FIXTURE.name, FIXTURE)
    result = CliRunner().invoke(main, ["referat", "import", str(FIXTURE), "--data", str(ROOT / "data"),
                                       "--replace"])
    print(result.output, end="")
    sys.exit(result.exit_code)


if __name__ == "__main__":
    main_script()
