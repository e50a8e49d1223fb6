"""Who may do a provision's work: the parties it binds, the bodies that carry it, and the directorates through
which the ministries it binds act. The derivation counts an activity only for them; the period evaluation shows
the others apart."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bosetting.obligations.data.spec import DEPARTEMENTER, DIREKTORATENES_DEPARTEMENT


def provision_actors(provision: Mapping[str, Any]) -> frozenset[str]:
    """Who may have done a provision's work: each party it binds (KS, or a ministry by its abbreviation), the
    bodies that carry it, and the directorates through which the ministries it binds act."""
    short = {name: abbreviation for abbreviation, name in DEPARTEMENTER.items()}
    parties = {short.get(str(party), str(party)) for party in provision.get("binds", ())}
    directorates = {d for d, ministry in DIREKTORATENES_DEPARTEMENT.items() if ministry in parties}
    return frozenset(parties | set(map(str, provision.get("carried_by", ()))) | directorates)
