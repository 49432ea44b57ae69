"""Benchmarks run by ``medad bench NAME``: each module here exposes ``main(argv: list[str]) -> int``."""
