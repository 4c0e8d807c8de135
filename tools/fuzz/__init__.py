"""herdflow's structure-aware fuzzer (python -m tools.fuzz --help).

Modules: corpus (seeds), mutate (mutations with herdflow.mlir), run (aie-opt
runs and classification), execute (differential CPU execution), reduce
(delta debugging), report (table, reproducers), campaign (the loop)."""
