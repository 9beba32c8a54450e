"""Benchmarks of Kontaktbuch on a decade of networking (not part of the test suite).

``python -m benchmarks.run`` generates (once, cached) a large deterministic journal
and measures start-up, search, lists, reflection, quick capture, exchange and
memory against the targets of the benchmark issue. See ``docs/performance.md``.
"""
