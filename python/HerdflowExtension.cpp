//===- HerdflowExtension.cpp - herdflow's native Python module ------------===//

#include "herdflow-c/Herdflow.h"

#include "mlir/Bindings/Python/Nanobind.h"
#include "mlir/Bindings/Python/NanobindAdaptors.h"

#include <optional>
#include <string>

namespace nb = nanobind;

NB_MODULE(_herdflow, m) {
  m.doc() = "herdflow's dialects, passes and target descriptions";

  m.def(
      "register_dialects",
      [](MlirDialectRegistry registry) { herdflowRegisterDialects(registry); },
      nb::arg("registry"), "Add herdflow's dialects to a DialectRegistry.");

  m.def(
      "register_passes", []() { herdflowRegisterPasses(); },
      "Register herdflow's passes for use in pass pipelines (idempotent).");

  m.def(
      "target_descriptions_json",
      []() {
        MlirStringRef text = herdflowGetTargetDescriptionsJSONText();
        return std::string(text.data, text.length);
      },
      "The text of targets.json as embedded in the C++ library.");

  m.def(
      "target_description_json",
      [](const std::string &name) -> std::optional<std::string> {
        std::string json;
        MlirLogicalResult result = herdflowPrintTargetDescription(
            mlirStringRefCreate(name.data(), name.size()),
            [](MlirStringRef chunk, void *userData) {
              static_cast<std::string *>(userData)->append(chunk.data,
                                                           chunk.length);
            },
            &json);
        if (mlirLogicalResultIsFailure(result))
          return std::nullopt;
        return json;
      },
      nb::arg("name"),
      "The C++ view of a target description as JSON, or None if unknown.");
}
