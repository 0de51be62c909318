"""Benchmarks of newsclean (not installed with the package). See docs/benchmarks.md."""
