"""Answer-accuracy evaluation: datasets, scoring, runner, reports, comparisons.

Entry points for the CLI and the app live in `eval.harness`.
"""
