"""A word that agrees with its number: {n:endring|endringer} in an explanation (the rule files use it; a spec that
is not a word choice is refused when a rule file loads, see test_engine_validation's placeholder_format)."""

from __future__ import annotations

import pytest

from bosetting.engine.render import agreeing_word, render


@pytest.mark.parametrize("count, shown", [(1, "1 av 1 stor endring ble varslet"),
                                          (3, "3 av 3 store endringer ble varslet"),
                                          (0, "0 av 0 store endringer ble varslet")])
def test_the_word_agrees_with_the_number(count: int, shown: str) -> None:
    template = "{n} av {n} {n:stor endring|store endringer} ble varslet"
    assert render(template, {"n": count}, "nb") == shown


def test_a_missing_value_takes_the_plural_and_an_unknown_name_stays_visible() -> None:
    assert agreeing_word(None, "endring|endringer") == "endringer"
    assert agreeing_word(True, "endring|endringer") == "endringer"
    assert render("{x:endring|endringer}", {}, "nb") == "{x:endring|endringer}"
