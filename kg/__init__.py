"""Knowledge graph of China's regional metaverse industry, built from government documents.

The package reads top to bottom as the pipeline: ingest -> normalize -> segment ->
extract -> resolve -> triples -> store; beside it query, validate, views and cli.
Importing it does no I/O.
"""

__version__ = "0.1.0"
