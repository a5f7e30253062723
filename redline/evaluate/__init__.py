"""Scoring the event coder on annotated gold files (`redline eval`).

gold.py loads JSONL gold (plv, gsr, case2021, india); metrics.py and metrics_labels.py
score (gold item, coded events) pairs without side effects; runner.py runs the coder;
render.py prints tables or JSON; command.py is what the CLI calls.
"""
