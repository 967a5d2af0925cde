"""The regelverk as code: dated rule tables (corpus/rules/*.yaml) and pure formulas with traces."""
