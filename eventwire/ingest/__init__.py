"""Ingest: input files and streams to repaired `Document`s (or `Skipped` with a reason)."""
from .datefield import parse_date, split_date_header
from .reader import read_inputs
from .repair import decode_bytes, repair_text

__all__ = ["read_inputs", "repair_text", "decode_bytes", "parse_date", "split_date_header"]
