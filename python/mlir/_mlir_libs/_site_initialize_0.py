"""Registers herdflow's dialects in every Context and its passes globally.

`herdflow.mlir._mlir_libs` imports `_site_initialize_{i}` modules when it is
first imported: `register_dialects` is called with the global registry.
"""

from ._herdflow import register_dialects, register_passes

register_passes()

__all__ = ["register_dialects"]
