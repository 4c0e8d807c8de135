//===- InitHerdflow.h - Register herdflow's dialects and passes -*- C++ -*-===//

#ifndef HERDFLOW_INITHERDFLOW_H
#define HERDFLOW_INITHERDFLOW_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace herdflow {

/// Adds herdflow's dialects to `registry`.
void registerHerdflowDialects(mlir::DialectRegistry &registry);

/// Registers herdflow's passes (and its test passes) with the global pass
/// registry, so that pipelines may name them. Safe to call more than once.
void registerHerdflowPasses();

} // namespace herdflow

#endif // HERDFLOW_INITHERDFLOW_H
