"""The seed golden set, one test per case. Refresh the baseline after a deliberate change:
    qa eval tests/golden/seed.yaml --report tests/golden/seed.baseline.json
"""
from pathlib import Path

import pytest

from qa.eval.pytest_cases import check_case, golden_params

HERE = Path(__file__).parent


@pytest.mark.slow
@pytest.mark.parametrize("case", golden_params(HERE / "seed.yaml", HERE / "seed.baseline.json"))
def test_seed_golden(case, seed_engine):
    check_case(seed_engine, case)
