"""Hypothesis settings for the fuzz suite: bounded so the whole suite stays well under a minute in CI.

``BRUINPAPIER_FUZZ_EXAMPLES=N`` runs N examples per test (a longer hunt for bugs); in CI (``CI`` set)
the examples are derandomized, so a run is repeatable.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "bruinpapier",
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile("bruinpapier")


def examples(count: int) -> int:
    """``count`` examples, or BRUINPAPIER_FUZZ_EXAMPLES."""
    return int(os.environ.get("BRUINPAPIER_FUZZ_EXAMPLES", count))
