"""Answering: turn a question and retrieved passages into an `Answer` (LLM or extractive)."""
