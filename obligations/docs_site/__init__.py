"""Living documentation: the feature files as HTML pages, each scenario beside its latest test result.

The feature files in `features/` state in bokmål what the agreement requires and how the rules
judge it. Their scenarios run as tests (tests/features/); pytest-bdd writes each scenario's result
to a cucumber JSON file (`pytest --cucumberjson=build/cucumber.json`). This module reads both and
writes one self-contained HTML page per feature file, plus an index, so that a reader sees which
statements are verified today (passed, failed, not run), the rule that judges each statement, and
the agreement's own words.

Tags link a scenario to what it is about (the scheme is in docs/features.md):

- `@forpliktelse-<n.n>`: an obligation of the agreement, such as `@forpliktelse-5.4`;
- `@maal-<id>`: a main goal or result goal, such as `@maal-hovedmaal-1`, `@maal-resultatmaal-mottak`;
- `@kriterium-<year>-<rule id>`: one criterion (rule) of the request criteria for that request year;
- `@kriterieversjon-<year>`: the criteria version for that request year as a whole.
"""
