"""The parts every knead benchmark shares: builds, a program in a pty, /proc counters,
percentiles, the two programs under test, and the generated figures page.

`Benchmarks/bench.py`, `journal_bench.py`, `voice_bench.py` and `hot_sections.py` import these
modules (they put `Benchmarks/` on `sys.path` first); nothing here runs on import.
"""
