"""What the fuzz tests of rule files and data files share: example counts, settings, line counting."""

from __future__ import annotations

from hypothesis import HealthCheck, settings


def line_count(raw: bytes) -> int:
    """Lines as YAML counts them: \\r, \\n, \\r\\n, NEL, LS and PS all end a line (a generous upper bound)."""
    breaks = (b"\n", b"\r", "\u0085".encode(), "\u2028".encode(), "\u2029".encode())
    return sum(raw.count(mark) for mark in breaks) + 1


def fuzz_examples(ci_count: int) -> int:
    """ci_count in CI; proportionally more under a profile with more examples (HYPOTHESIS_PROFILE=long)."""
    profile = settings.default
    return max(ci_count, ci_count * profile.max_examples // 100) if profile is not None else ci_count


def fuzz_settings(ci_count: int) -> settings:
    # Module-scoped data folders are reused across examples on purpose, and mutated files can be large.
    return settings(max_examples=fuzz_examples(ci_count), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])
