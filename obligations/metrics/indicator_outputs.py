"""The files `bosetting data indicators --out` writes: the same rows as the printed table, as CSV and JSON.

Every figure is the one printed (None / an empty cell where the table shows «ikke oppgitt»); every row names its
source and says whether the year's obligations are assessed by `bosetting review`, and whether the data is
synthetic. The CSV is for Norwegian Excel, as findings.csv is (obligations.safe_text.spreadsheet_csv), with the
percentages written with a decimal comma; the JSON keeps the numbers as numbers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from bosetting.obligations.metrics.indicators import IndicatorRow, YearIndicators
from bosetting.obligations.safe_text import spreadsheet_csv

WRITER = "bosetting data indicators"
FORMAT_VERSION = 1
CSV_COLUMNS = ("aar", "omfang", "nummer", "navn", "behov", "anmodning", "vedtak", "bosatt", "anmodning_av_behov_pct",
               "vedtak_av_anmodning_pct", "bosatt_av_vedtak_pct", "forpliktelser_vurdert", "kilde",
               "syntetiske_data")
_SCOPES_NB = {"national": "nasjonalt", "fylke": "fylke", "kommune": "kommune"}


def _percent_nb(value: float | None) -> str | None:
    return None if value is None else f"{value:.1f}".replace(".", ",")


def indicators_csv(results: Sequence[YearIndicators], assessed: Mapping[int, bool], synthetic: bool) -> bytes:
    rows = []
    for result in results:
        for row in result.rows:
            national = row.scope == "national"
            rows.append([result.year, _SCOPES_NB[row.scope], row.number, row.name, row.need if national else None,
                         row.anmodning, row.vedtak, row.bosatt,
                         _percent_nb(row.anmodning_of_need_pct) if national else None,
                         _percent_nb(row.vedtak_of_anmodning_pct), _percent_nb(row.bosatt_of_vedtak_pct),
                         "ja" if assessed[result.year] else "nei", row.source, "ja" if synthetic else "nei"])
    return spreadsheet_csv(CSV_COLUMNS, rows).encode("utf-8")


def _row_document(row: IndicatorRow) -> dict[str, Any]:
    national = row.scope == "national"
    return {"scope": row.scope, "number": row.number, "name": row.name, "need": row.need if national else None,
            "anmodning": row.anmodning, "vedtak": row.vedtak, "bosatt": row.bosatt,
            "anmodning_of_need_pct": row.anmodning_of_need_pct if national else None,
            "vedtak_of_anmodning_pct": row.vedtak_of_anmodning_pct,
            "bosatt_of_vedtak_pct": row.bosatt_of_vedtak_pct, "source": row.source}


def indicators_json(results: Sequence[YearIndicators], assessed: Mapping[int, bool], synthetic: bool,
                    data_dir: str, files: Mapping[str, str]) -> bytes:
    document = {
        "written_by": WRITER, "format_version": FORMAT_VERSION, "data": data_dir, "synthetic": synthetic,
        "inputs": dict(files),
        "years": [{"year": result.year, "obligations_assessed": assessed[result.year],
                   "missing_columns": list(result.missing), "rows": [_row_document(r) for r in result.rows]}
                  for result in results],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def is_earlier_output(suffix: str, start: bytes) -> bool:
    """Whether a file beginning with `start` is one this command wrote: a JSON document saying so, or a CSV whose
    first line is exactly this command's header."""
    text = start.decode("utf-8", errors="replace")
    if suffix == ".json":
        return text.lstrip().startswith("{") and f'"written_by": "{WRITER}"' in text[:200]
    header = spreadsheet_csv(CSV_COLUMNS, []).rstrip("\r\n")
    return text.startswith(header + "\r\n") or text == header
