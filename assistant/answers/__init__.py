"""The composer's answer kinds: one module per kind of answer, sharing a writer and a context."""
