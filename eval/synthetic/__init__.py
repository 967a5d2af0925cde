"""A synthetic corpus of regelverk in Helsedirektoratet's template, deterministic from a seed, with known answers.

`python -m eval.synthetic --count N --seed S --out DIR` writes the documents and their manifest, the generator's own
rule tables (the truth every value was written from) and gold cases whose answers follow from that truth.
"""
