//===- HerdflowExtension.cpp - herdflow's native Python module ------------===//

#include "herdflow-c/Herdflow.h"

#include "mlir/Bindings/Python/Nanobind.h"
#include "mlir/Bindings/Python/NanobindAdaptors.h"

#include <nanobind/stl/optional.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nb = nanobind;

/// An MlirStringCallback appending to the std::string at `userData`.
static void appendTo(MlirStringRef chunk, void *userData) {
  static_cast<std::string *>(userData)->append(chunk.data, chunk.length);
}

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
            mlirStringRefCreate(name.data(), name.size()), appendTo, &json);
        if (mlirLogicalResultIsFailure(result))
          return std::nullopt;
        return json;
      },
      nb::arg("name"),
      "The C++ view of a target description as JSON, or None if unknown.");

  m.def(
      "compute_resource_usage",
      [](MlirOperation module, const std::string &target)
          -> std::optional<std::pair<std::string, std::string>> {
        std::pair<std::string, std::string> result;
        MlirLogicalResult status = herdflowComputeResourceUsage(
            module, mlirStringRefCreate(target.data(), target.size()), appendTo,
            &result.first, appendTo, &result.second);
        if (mlirLogicalResultIsFailure(status))
          return std::nullopt;
        return result;
      },
      nb::arg("module"), nb::arg("target"),
      "What a builtin.module of channel-form AIR asks of `target` "
      "(aie-check-resources without the pass): (usage as JSON, report "
      "text); errors at the ops go to the context's diagnostic handlers. "
      "None for an unknown target or an op that is not a builtin.module.");

  m.def(
      "fit_dma_pattern",
      [](const std::vector<int64_t> &sizes, const std::vector<int64_t> &strides,
         int64_t numElements, MlirType elementType, const std::string &target,
         const std::string &kind) -> std::optional<std::string> {
        static const std::pair<const char *, HerdflowTileKind> kinds[] = {
            {"core", HerdflowTileKindCore},
            {"memtile", HerdflowTileKindMemtile},
            {"shim", HerdflowTileKindShim}};
        const HerdflowTileKind *tileKind = nullptr;
        for (const auto &[name, value] : kinds)
          if (kind == name)
            tileKind = &value;
        if (!tileKind)
          throw nb::value_error("tile kind must be core, memtile or shim");
        if (sizes.size() != strides.size())
          throw nb::value_error("sizes and strides differ in length");
        bool fits = false;
        std::string whyNot;
        MlirLogicalResult status = herdflowFitDmaPattern(
            sizes.size(), sizes.data(), strides.data(), numElements,
            elementType, mlirStringRefCreate(target.data(), target.size()),
            *tileKind, &fits, appendTo, &whyNot);
        if (mlirLogicalResultIsFailure(status))
          throw nb::value_error(("unknown target '" + target + "'").c_str());
        if (fits)
          return std::nullopt;
        return whyNot;
      },
      nb::arg("sizes"), nb::arg("strides"), nb::arg("num_elements"),
      nb::arg("element_type"), nb::arg("target"), nb::arg("kind"),
      "Whether a DMA access pattern fits a tile kind's address generator "
      "(the fit aie-check-resources applies): None if it does, else the "
      "limit it breaks. ValueError for an unknown target or kind.");
}
