"""Benchmarks (run by `make bench`, not by the tests) and the generator of large synthetic branches."""
