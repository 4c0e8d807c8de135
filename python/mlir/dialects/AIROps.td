//===- AIROps.td - Python bindings for the AIR dialect -----*- tablegen -*-===//

#ifndef HERDFLOW_PYTHON_AIROPS_TD
#define HERDFLOW_PYTHON_AIROPS_TD

include "herdflow/Dialect/AIR/IR/AIROps.td"

#endif // HERDFLOW_PYTHON_AIROPS_TD
