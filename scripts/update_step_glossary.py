"""Rewrite the step glossary in docs/features.md from the step definitions (tests/features/steps_*.py).

    python scripts/update_step_glossary.py

The section between the glossary markers is replaced; the rest of the file is left as it is.
tests/test_feature_glossary.py fails when the section is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bosetting.obligations.feature_catalogue import load_catalogue  # noqa: E402
from bosetting.obligations.feature_glossary import glossary_markdown, replace_section  # noqa: E402
from bosetting.obligations.paths import FEATURES_DIR  # noqa: E402

DOC = ROOT / "docs" / "features.md"


def main() -> int:
    catalogue = load_catalogue(features=sorted(FEATURES_DIR.glob("**/*.feature")))
    text = DOC.read_text(encoding="utf-8")
    updated = replace_section(text, glossary_markdown(catalogue))
    if updated == text:
        print(f"{DOC.relative_to(ROOT)}: the glossary is up to date")
        return 0
    DOC.write_text(updated, encoding="utf-8")
    print(f"{DOC.relative_to(ROOT)}: the glossary was rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
