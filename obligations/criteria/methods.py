"""The apportionment methods a criteria file can name: their keys and their names for readers.

A module of its own, without imports, so that the command line can offer the choices without
loading the arithmetic.
"""

DIVISOR_METHODS = ("sainte_lague", "modified_sainte_lague", "dhondt")
LARGEST_REMAINDER = "largest_remainder"
METHODS = (*DIVISOR_METHODS, LARGEST_REMAINDER)
METHOD_NAMES = {
    "sainte_lague": {"nb": "Sainte-Laguë", "en": "Sainte-Laguë"},
    "modified_sainte_lague": {"nb": "modifisert Sainte-Laguë (første delingstall 1,4)",
                              "en": "modified Sainte-Laguë (first divisor 1.4)"},
    "dhondt": {"nb": "d'Hondt", "en": "D'Hondt"},
    "largest_remainder": {"nb": "største brøk (Hamilton)", "en": "largest remainder (Hamilton)"},
}
