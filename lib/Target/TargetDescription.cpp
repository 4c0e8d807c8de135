//===- TargetDescription.cpp - AIE target facts ---------------------------===//

#include "herdflow/Target/TargetDescription.h"
#include "llvm/ADT/StringExtras.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

using namespace herdflow;
using llvm::SmallVector;
using llvm::StringRef;
namespace json = llvm::json;

static const char kTargetsJSON[] =
#include "TargetsJSON.inc"
    ;

StringRef herdflow::getTargetDescriptionsJSONText() {
  return StringRef(kTargetsJSON);
}

//===----------------------------------------------------------------------===//
// JSON mapping. Every field is required: a description that silently misses a
// number would let a pass fall back to a made-up default.
//===----------------------------------------------------------------------===//

namespace herdflow {
template <typename T>
static bool fromJSON(const json::Value &value, Fact<T> &fact, json::Path path) {
  json::ObjectMapper mapper(value, path);
  return mapper && mapper.map("value", fact.value) &&
         mapper.map("source", fact.source);
}

// The shape is read here rather than through ObjectMapper::map: lookup from
// namespace llvm::json would not find an overload for std::array.
static bool fromJSON(const json::Value &value,
                     Fact<std::array<int64_t, 3>> &fact, json::Path path) {
  json::ObjectMapper mapper(value, path);
  std::vector<int64_t> elements;
  if (!mapper || !mapper.map("source", fact.source) ||
      !mapper.map("value", elements))
    return false;
  if (elements.size() != 3 ||
      llvm::any_of(elements, [](int64_t v) { return v <= 0; })) {
    path.field("value").report("expected three positive integers");
    return false;
  }
  llvm::copy(elements, fact.value.begin());
  return true;
}

static bool fromJSON(const json::Value &value, DmaEngineDescription &dma,
                     json::Path path) {
  json::ObjectMapper mapper(value, path);
  return mapper && mapper.map("s2mmChannels", dma.s2mmChannels) &&
         mapper.map("mm2sChannels", dma.mm2sChannels) &&
         mapper.map("bufferDescriptors", dma.bufferDescriptors) &&
         mapper.map("dims", dma.dims) && mapper.map("maxWrap", dma.maxWrap) &&
         mapper.map("maxStrideWords", dma.maxStrideWords) &&
         mapper.map("maxRepeat", dma.maxRepeat);
}

template <typename T>
static bool fromJSON(const json::Value &value, llvm::StringMap<T> &map,
                     json::Path path) {
  const json::Object *object = value.getAsObject();
  if (!object) {
    path.report("expected an object");
    return false;
  }
  for (const auto &[key, element] : *object)
    if (!fromJSON(element, map[key.str()], path.field(key.str())))
      return false;
  return true;
}

static bool fromJSON(const json::Value &value, ModelParameters &model,
                     json::Path path) {
  json::ObjectMapper mapper(value, path);
  return mapper && mapper.map("kernelEfficiency", model.kernelEfficiency) &&
         mapper.map("transferSetupCycles", model.transferSetupCycles) &&
         mapper.map("bufferDepth", model.bufferDepth) &&
         mapper.map("dispatchMicroseconds", model.dispatchMicroseconds) &&
         mapper.map("reconfigurationMicroseconds",
                    model.reconfigurationMicroseconds) &&
         mapper.map("elementwiseBitsPerCycle", model.elementwiseBitsPerCycle) &&
         mapper.map("storeBitsPerCycle", model.storeBitsPerCycle);
}


static bool fromJSON(const json::Value &value, TargetDescription &target,
                     json::Path path) {
  json::ObjectMapper mapper(value, path);
  const json::Object *object = value.getAsObject();
  const json::Object *array = object ? object->getObject("array") : nullptr;
  const json::Object *l1 = object ? object->getObject("l1") : nullptr;
  const json::Object *memtile = object ? object->getObject("memtile") : nullptr;
  if (!mapper || !array || !l1 || !memtile) {
    path.report("expected an object with 'array', 'l1' and 'memtile'");
    return false;
  }
  json::ObjectMapper arrayMapper(*object->get("array"), path.field("array"));
  json::ObjectMapper l1Mapper(*object->get("l1"), path.field("l1"));
  json::ObjectMapper memtileMapper(*object->get("memtile"),
                                   path.field("memtile"));
  return mapper.map("summary", target.summary) &&
         arrayMapper.map("columns", target.columns) &&
         arrayMapper.map("coreRows", target.coreRows) &&
         mapper.map("clockGHz", target.clockGHz) &&
         mapper.map("macsPerCycle", target.macsPerCycle) &&
         mapper.map("intrinsicMKN", target.intrinsicMKN) &&
         l1Mapper.map("bytes", target.l1Bytes) &&
         l1Mapper.map("banks", target.l1Banks) &&
         memtileMapper.map("bytes", target.memtileBytes) &&
         mapper.map("coreDma", target.coreDma) &&
         mapper.map("memtileDma", target.memtileDma) &&
         mapper.map("shimDma", target.shimDma) &&
         mapper.map("streamBytesPerCycle", target.streamBytesPerCycle) &&
         mapper.map("ddrGBps", target.ddrGBps) &&
         mapper.map("model", target.model);
}
} // namespace herdflow

//===----------------------------------------------------------------------===//
// Serialization back to the file's layout (used to check that C++ and Python
// read the same facts).
//===----------------------------------------------------------------------===//

template <typename T> static json::Value factToJSON(const Fact<T> &fact) {
  return json::Object{{"value", fact.value}, {"source", fact.source}};
}

static json::Value factToJSON(const Fact<std::array<int64_t, 3>> &fact) {
  return json::Object{
      {"value", json::Array{fact.value[0], fact.value[1], fact.value[2]}},
      {"source", fact.source}};
}

template <typename T>
static json::Value mapToJSON(const llvm::StringMap<T> &map) {
  json::Object object;
  for (const auto &entry : map)
    object[entry.getKey()] = factToJSON(entry.getValue());
  return object;
}

static json::Value kernelEfficiencyToJSON(
    const llvm::StringMap<llvm::StringMap<Fact<double>>> &byKind) {
  json::Object object;
  for (const auto &entry : byKind)
    object[entry.getKey()] = mapToJSON(entry.getValue());
  return object;
}

static json::Value dmaToJSON(const DmaEngineDescription &dma) {
  return json::Object{{"s2mmChannels", factToJSON(dma.s2mmChannels)},
                      {"mm2sChannels", factToJSON(dma.mm2sChannels)},
                      {"bufferDescriptors", factToJSON(dma.bufferDescriptors)},
                      {"dims", factToJSON(dma.dims)},
                      {"maxWrap", factToJSON(dma.maxWrap)},
                      {"maxStrideWords", factToJSON(dma.maxStrideWords)},
                      {"maxRepeat", factToJSON(dma.maxRepeat)}};
}

json::Value TargetDescription::toJSON() const {
  return json::Object{
      {"summary", summary},
      {"array", json::Object{{"columns", factToJSON(columns)},
                             {"coreRows", factToJSON(coreRows)}}},
      {"clockGHz", factToJSON(clockGHz)},
      {"macsPerCycle", mapToJSON(macsPerCycle)},
      {"intrinsicMKN", mapToJSON(intrinsicMKN)},
      {"l1", json::Object{{"bytes", factToJSON(l1Bytes)},
                          {"banks", factToJSON(l1Banks)}}},
      {"memtile", json::Object{{"bytes", factToJSON(memtileBytes)}}},
      {"coreDma", dmaToJSON(coreDma)},
      {"memtileDma", dmaToJSON(memtileDma)},
      {"shimDma", dmaToJSON(shimDma)},
      {"streamBytesPerCycle", factToJSON(streamBytesPerCycle)},
      {"ddrGBps", factToJSON(ddrGBps)},
      {"model",
       json::Object{
           {"kernelEfficiency", kernelEfficiencyToJSON(model.kernelEfficiency)},
           {"transferSetupCycles", factToJSON(model.transferSetupCycles)},
           {"bufferDepth", factToJSON(model.bufferDepth)},
           {"dispatchMicroseconds", factToJSON(model.dispatchMicroseconds)},
           {"reconfigurationMicroseconds",
            factToJSON(model.reconfigurationMicroseconds)},
           {"elementwiseBitsPerCycle",
            factToJSON(model.elementwiseBitsPerCycle)},
           {"storeBitsPerCycle", factToJSON(model.storeBitsPerCycle)}}}};
}

std::optional<std::array<int64_t, 3>>
TargetDescription::packSizes(StringRef elementType) const {
  auto it = intrinsicMKN.find(elementType);
  if (it == intrinsicMKN.end())
    return std::nullopt;
  const std::array<int64_t, 3> &mkn = it->second.value;
  return std::array<int64_t, 3>{mkn[0], mkn[2], mkn[1]};
}

//===----------------------------------------------------------------------===//
// Registry
//===----------------------------------------------------------------------===//

static const llvm::StringMap<TargetDescription> &getRegistry() {
  static const llvm::StringMap<TargetDescription> registry = [] {
    llvm::StringMap<TargetDescription> targets;
    llvm::Expected<json::Value> parsed = json::parse(kTargetsJSON);
    if (!parsed)
      llvm::report_fatal_error(llvm::Twine("herdflow: targets.json: ") +
                               llvm::toString(parsed.takeError()));
    json::Path::Root root("targets.json");
    const json::Object *top = parsed->getAsObject();
    const json::Object *entries = top ? top->getObject("targets") : nullptr;
    if (!entries)
      llvm::report_fatal_error("herdflow: targets.json has no 'targets'");
    for (const auto &[key, value] : *entries) {
      TargetDescription &target = targets[key.str()];
      target.name = key.str();
      if (!fromJSON(value, target, json::Path(root).field(key.str()))) {
        std::string message;
        llvm::raw_string_ostream os(message);
        root.printErrorContext(*parsed, os);
        llvm::report_fatal_error(
            llvm::Twine("herdflow: malformed targets.json: ") +
            llvm::toString(root.getError()) + "\n" + message);
      }
    }
    return targets;
  }();
  return registry;
}

SmallVector<StringRef> herdflow::getTargetNames() {
  SmallVector<StringRef> names;
  for (const auto &entry : getRegistry())
    names.push_back(entry.getKey());
  llvm::sort(names);
  return names;
}

const TargetDescription *herdflow::lookupTargetDescription(StringRef name) {
  const auto &registry = getRegistry();
  auto it = registry.find(name);
  return it == registry.end() ? nullptr : &it->second;
}

int64_t herdflow::getMaxCoresOfAnyTarget() {
  int64_t most = 0;
  for (StringRef name : getTargetNames())
    most = std::max(most, lookupTargetDescription(name)->numCores());
  return most;
}

std::optional<std::string> herdflow::diagnoseUnknownTarget(StringRef name) {
  if (lookupTargetDescription(name))
    return std::nullopt;
  return ("unknown target '" + name +
          "' (one of: " + llvm::join(getTargetNames(), ", ") + ")")
      .str();
}
