"""The yearly review's finding texts as the period document shows them: without code names and record ids.

The findings are worded for the yearly review, which keeps rule-set ids, file names and the registers' record
ids (tiltak T-2027-01, event E-2026-05, kommune and fylke numbers) so that a reader can trace each one. The period
document is read by the parties, not by whoever maintains the data (review of the period, item 22): it names
things by their names and leaves the ids to the yearly review and to annex B. The findings themselves, and the
yearly review's text, are not changed.
"""

from __future__ import annotations

import re

# A parenthesis (one level of nesting allowed) that names a rule set by id@version, a file or the rules folder.
_CODE_NOTE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*?(?:@|\.yaml|\.csv|rules/)(?:[^()]|\([^()]*\))*?\)")
# A rule file named by its path in a citation.
_RULE_FILE = re.compile(r"rules/(goals|obligations|criteria)/[\w.-]+\.yaml")
_RULE_FILE_NAMES = {"goals": {"nb": "regelfilen for målene", "en": "the goals' rule file"},
                    "obligations": {"nb": "regelfilen for forpliktelsene", "en": "the obligations' rule file"},
                    "criteria": {"nb": "regelfilen for anmodningskriteriene", "en": "the request criteria's rule file"}}
# A tiltak or a capacity event by its register id, with its date in parentheses, and without.
_DATED_RECORD = re.compile(r"\b([TE])-\d{4}-\d+ \(([^()]*)\)")
_DATED_WORDS = {"T": {"nb": "tiltaket {date}", "en": "the tiltak of {date}"},
                "E": {"nb": "endringen {date}", "en": "the change of {date}"}}
_RECORD = re.compile(r"\b[TE]-\d{4}-\d+ ")
# A kommune number after the mottak's name, and a fylke number after the fylkeskommune's name.
_KOMMUNE_NUMBER = re.compile(r", \d{4}\)")
_FYLKE_NUMBER = re.compile(r"(fylkeskommune|county authority) \(\d{2}\)")
# What rose, a Norwegian value of the fact inside the English sentence (item 29).
_ROSE = re.compile(r"rose \((antall og andel|antall|andel)\)")
_ROSE_EN = {"antall og andel": "number and share", "antall": "number", "andel": "share"}


def reader_text(text: str, lang: str) -> str:
    """`text` with rule-set ids, file paths, record ids and kommune or fylke numbers left out or named; in English,
    a Norwegian value the sentence holds, translated."""
    text = _CODE_NOTE.sub("", text)
    text = _RULE_FILE.sub(lambda m: _RULE_FILE_NAMES[m.group(1)][lang], text)
    text = _DATED_RECORD.sub(lambda m: _DATED_WORDS[m.group(1)][lang].format(date=m.group(2)), text)
    text = _RECORD.sub("", text)
    text = _KOMMUNE_NUMBER.sub(")", text)
    if lang == "en":
        text = _ROSE.sub(lambda m: f"rose ({_ROSE_EN[m.group(1)]})", text)
    return _FYLKE_NUMBER.sub(r"\1", text)
