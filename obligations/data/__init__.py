"""Input data: formats, strict readers, facts, and the generator of the bundled synthetic dataset.

Start with `load_dataset` (obligations.data.dataset) and the facts functions in
obligations.data.facts; docs/data.md describes every input.
"""

from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import Dataset

__all__ = ["Dataset", "load_dataset"]
