"""Edit a referat template in LibreOffice itself, save it, and read it back with `bosetting referat import`.

What the CI suite cannot do without LibreOffice: a secretariat's edit in LibreOffice Writer. This
script opens the template through LibreOffice's own API (UNO), types into the fields, inserts a
follow-up row and a participant row the way "Insert rows below" does, and saves as Word (.docx), and
also as .odt converted back with `soffice --headless --convert-to docx`. Each saved file is then
imported into a scratch data folder, and the register is compared with what was typed.

Run with the system Python, which has LibreOffice's `uno` module (apt-get install libreoffice-writer
python3-uno), from the project root:

    .venv/bin/bosetting review --year 2026 --out /tmp/review-2026
    /usr/bin/python3 scripts/check_referat_libreoffice.py /tmp/review-2026/referat-mal-2026.docx

It prints each imported register and exits non-zero if one differs from what was typed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
PORT = 2027
EXPECTED = [
    'dato: "2027-03-11"',
    'navn: "Kari Nordmann (syntetisk)"', 'virksomhet: "KS"',
    'navn: "Per Olsen (syntetisk)"', 'virksomhet: "JD"',
    'navn: "Tredje Deltaker (syntetisk)"',
    'punkt: "1.2"', 'omforent_vurdering: "Ikke oppfylt, partene er enige. (syntetisk)\\nAndre avsnitt."',
    'part: "KS"', 'tekst: "KS er enig. (syntetisk)"',
    'part: "JD"', 'tekst: "JD deler ikke vurderingen. (syntetisk)"', "dissens: true",
    'id: "2026-1.2-1"', 'tiltak: "Første oppfølging (syntetisk)"', 'ansvarlig: "IMDi"', 'frist: "2027-06-30"',
    'id: "2026-1.2-2"', 'ansvarlig: "Partene"', 'frist: "2027-09-01"',
    'id: "2026-1.2-3"', 'tiltak: "Tredje oppfølging, i en rad lagt til i LibreOffice (syntetisk)"',
    'ansvarlig: "UDI"', 'frist: "2027-12-31"',
]


def _prop(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(profile: Path) -> tuple[subprocess.Popen[bytes], object]:
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=socket,host=127.0.0.1,port={PORT};urp;"])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            context = resolver.resolve(f"uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext")
            return office, context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:  # noqa: BLE001 - LibreOffice is still starting
            time.sleep(0.5)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def _cells(table: object) -> dict[str, object]:
    return {name: table.getCellByName(name) for name in table.getCellNames()}  # type: ignore[attr-defined]


def _row_of(table: object, first_text: str) -> int:
    """The 1-based number of the row whose first cell reads `first_text`."""
    for name, cell in _cells(table).items():
        if name.startswith("A") and cell.getString().strip() == first_text:  # type: ignore[attr-defined]
            return int(name[1:])
    raise SystemExit(f"no row '{first_text}'")


def _edit(desktop: object, template: Path, saved_docx: Path, saved_odt: Path) -> None:
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(template)), "_blank", 0,  # type: ignore[attr-defined]
                                       (_prop("Hidden", True),))
    tables = doc.getTextTables()
    by_first = {}
    for index in range(tables.getCount()):
        table = tables.getByIndex(index)
        by_first[table.getCellByName("A1").getString().strip()] = table
    by_first["Dato for møtet"].getCellByName("B1").setString("11. mars 2027")
    people = by_first["Navn"]
    people.getCellByName("A2").setString("Kari Nordmann (syntetisk)")
    people.getCellByName("B2").setString("KS")
    people.getCellByName("A3").setString("Per Olsen (syntetisk)")
    people.getCellByName("B3").setString("JD")
    rows = people.getRows()
    rows.insertByIndex(rows.getCount(), 1)  # a row added at the end, as "Insert rows below" on the last row
    people.getCellByName(f"A{rows.getCount()}").setString("Tredje Deltaker (syntetisk)")
    people.getCellByName(f"B{rows.getCount()}").setString("KS")
    point = by_first["1.2"]
    agreed = _row_of(point, "Omforent vurdering")
    text = point.getCellByName(f"B{agreed}")
    text.setString("Ikke oppfylt, partene er enige. (syntetisk)")
    cursor = text.createTextCursor()
    cursor.gotoEnd(False)
    text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK: a second paragraph in the field
    text.insertString(cursor, "Andre avsnitt.", False)
    ks, jd = _row_of(point, "KS"), _row_of(point, "JD")
    point.getCellByName(f"B{ks}").setString("KS er enig. (syntetisk)")
    point.getCellByName(f"C{ks}").setString("nei")
    point.getCellByName(f"B{jd}").setString("JD deler ikke vurderingen. (syntetisk)")
    point.getCellByName(f"C{jd}").setString("ja")
    first = _row_of(point, "Oppfølging") + 1
    typed = (("Første oppfølging (syntetisk)", "IMDi", "30.06.2027"),
             ("Andre oppfølging (syntetisk)", "partene", "1. september 2027"))
    for offset, (what, owner, deadline) in enumerate(typed):
        row = first + offset
        point.getCellByName(f"B{row}").setString(what)
        point.getCellByName(f"C{row}").setString(owner)
        point.getCellByName(f"D{row}").setString(deadline)
    rows = point.getRows()
    rows.insertByIndex(rows.getCount(), 1)
    last = rows.getCount()
    point.getCellByName(f"B{last}").setString("Tredje oppfølging, i en rad lagt til i LibreOffice (syntetisk)")
    point.getCellByName(f"C{last}").setString("UDI")
    point.getCellByName(f"D{last}").setString("2027-12-31")
    doc.storeToURL(uno.systemPathToFileUrl(str(saved_docx)), (_prop("FilterName", "MS Word 2007 XML"),))
    doc.storeToURL(uno.systemPathToFileUrl(str(saved_odt)), (_prop("FilterName", "writer8"),))
    doc.close(True)


def _import(docx: Path, work: Path) -> str:
    data = work / f"data-{docx.stem}"
    (data / "2026").mkdir(parents=True)
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "bosetting"), "referat", "import", str(docx), "--data",
                             str(data)], capture_output=True, text=True)
    print(result.stdout + result.stderr)
    if result.returncode != 0:
        return ""
    return (data / "2026" / "registre" / "referat.yaml").read_text(encoding="utf-8")


def main() -> None:
    template = Path(sys.argv[1]).resolve()
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        office, desktop = _connect(work / "profile")
        try:
            _edit(desktop, template, work / "saved-by-libreoffice.docx", work / "saved-as-odt.odt")
        finally:
            try:
                desktop.terminate()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice quits
                pass
            office.wait(timeout=60)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile2", "--convert-to",
                        "docx", "--outdir", str(work / "from-odt"), str(work / "saved-as-odt.odt")], check=True,
                       capture_output=True, timeout=300)
        for saved in (work / "saved-by-libreoffice.docx", work / "from-odt" / "saved-as-odt.docx"):
            print(f"== {saved.name}")
            register = _import(saved, work)
            print(register)
            missing = [line for line in EXPECTED if line not in register]
            if missing:
                failed = True
                print(f"MISSING from the register read back from {saved.name}: {missing}")
    print("FAILED" if failed else "OK: both files read back as typed in LibreOffice")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
