"""Where the project's own files are: rules, schemas, the agreement, the bundled data."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = PROJECT_ROOT / "rules"
SCHEMA_DIR = RULES_DIR / "schema"
AGREEMENT_FILE = RULES_DIR / "sources" / "samarbeidsavtale-2026-2029.txt"
DATA_DIR = PROJECT_ROOT / "data"
FEATURES_DIR = PROJECT_ROOT / "features"
