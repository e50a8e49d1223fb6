"""Every scenario of every feature file in features/ runs here, against the real rules and engine.

The step definitions live in the steps_*.py modules beside this one; importing them here
makes them visible to pytest-bdd. The feature files are collected from the repository's
features/ folder (or $BOSETTING_FEATURES_DIR) by absolute path, whatever `bdd_features_base_dir` says.
"""

from __future__ import annotations

from pytest_bdd import scenarios
from steps_common import *  # noqa: F403
from steps_criteria import *  # noqa: F403
from steps_obligations import *  # noqa: F403
from steps_period import *  # noqa: F403
from steps_review import *  # noqa: F403

from bosetting.obligations.feature_branches import features_dir

scenarios(str(features_dir()))
