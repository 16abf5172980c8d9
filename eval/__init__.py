"""Evaluation against the hand-annotated corpus (eval/corpus): validate.py checks the gold files,
score.py builds a split with the pipeline and scores it, sources.py writes the licence list."""
