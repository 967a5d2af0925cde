"""Question types: one module per type (its declaration and handler), their words in vocabulary.yaml."""
