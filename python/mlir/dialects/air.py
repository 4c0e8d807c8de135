"""Python bindings for herdflow's AIR dialect (op builders generated from ODS)."""

from ._air_ops_gen import *  # noqa: F401,F403
