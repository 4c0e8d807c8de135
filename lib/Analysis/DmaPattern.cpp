//===- DmaPattern.cpp - Access patterns on AIE DMA address generators -----===//

#include "herdflow/Analysis/DmaPattern.h"

#include "mlir/IR/BuiltinTypes.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <limits>

using namespace mlir;
using namespace herdflow;

StringRef herdflow::stringifyTileKind(TileKind kind) {
  switch (kind) {
  case TileKind::Core:
    return "core";
  case TileKind::Memtile:
    return "memtile";
  case TileKind::Shim:
    return "shim";
  }
  llvm_unreachable("tile kind");
}

TileKind herdflow::getTileKind(air::MemoryLevel level) {
  switch (level) {
  case air::MemoryLevel::L1:
    return TileKind::Core;
  case air::MemoryLevel::L2:
    return TileKind::Memtile;
  case air::MemoryLevel::L3:
    return TileKind::Shim;
  }
  llvm_unreachable("memory level");
}

const DmaEngineDescription &
herdflow::getDmaEngine(const TargetDescription &target, TileKind kind) {
  switch (kind) {
  case TileKind::Core:
    return target.coreDma;
  case TileKind::Memtile:
    return target.memtileDma;
  case TileKind::Shim:
    return target.shimDma;
  }
  llvm_unreachable("tile kind");
}

std::optional<int64_t> herdflow::getElementBytes(Type type) {
  if (type.isIntOrFloat())
    return llvm::divideCeil(type.getIntOrFloatBitWidth(), 8);
  if (auto vector = dyn_cast<VectorType>(type);
      vector && !vector.isScalable() && vector.getElementType().isIntOrFloat())
    return vector.getNumElements() *
           llvm::divideCeil(vector.getElementTypeBitWidth(), 8);
  return std::nullopt;
}

void herdflow::mergeContiguousDims(SmallVectorImpl<int64_t> &sizes,
                                   SmallVectorImpl<int64_t> &strides) {
  SmallVector<int64_t> outSizes, outStrides;
  for (auto [size, stride] : llvm::zip_equal(sizes, strides)) {
    if (size == 1)
      continue;
    // Contiguous when the outer stride spans this dim exactly; products
    // that overflow are not merged (the pattern keeps both dims).
    int64_t span, merged;
    if (!outSizes.empty() && !llvm::MulOverflow(size, stride, span) &&
        outStrides.back() == span &&
        !llvm::MulOverflow(outSizes.back(), size, merged)) {
      outSizes.back() = merged;
      outStrides.back() = stride;
      continue;
    }
    outSizes.push_back(size);
    outStrides.push_back(stride);
  }
  sizes.assign(outSizes.begin(), outSizes.end());
  strides.assign(outStrides.begin(), outStrides.end());
}

/// AIE DMAs address 32-bit words: below that width the innermost dimension
/// must be contiguous and a whole number of words.
static LogicalResult checkWords(int64_t innermostElements,
                                int64_t innermostStride, Type elementType,
                                int64_t elementBytes, std::string &whyNot) {
  if (elementBytes >= 4)
    return success();
  llvm::raw_string_ostream os(whyNot);
  if (innermostStride != 1) {
    os << "access pattern's innermost dimension has stride " << innermostStride
       << " on '" << elementType
       << "' elements; AIE DMAs move 32-bit words, so below 32 bits it must "
          "be 1";
    return failure();
  }
  int64_t bytes;
  if (llvm::MulOverflow(innermostElements, elementBytes, bytes)) {
    os << "access pattern's innermost dimension of " << innermostElements
       << " elements has no byte count in 64 bits";
    return failure();
  }
  if (bytes % 4 != 0) {
    os << "access pattern's innermost dimension moves " << bytes
       << " bytes; AIE DMAs move 32-bit words, so it must be a multiple of 4";
    return failure();
  }
  return success();
}

FailureOr<DmaDescriptorShape>
herdflow::fitDmaPattern(ArrayRef<int64_t> sizes, ArrayRef<int64_t> strides,
                        int64_t numElements, Type elementType,
                        const TargetDescription &target, TileKind kind,
                        std::string &whyNot) {
  whyNot.clear();
  std::optional<int64_t> elementBytes = getElementBytes(elementType);
  if (!elementBytes) {
    llvm::raw_string_ostream(whyNot)
        << "'" << elementType << "' has no size in memory";
    return failure();
  }
  DmaDescriptorShape shape;
  if (sizes.empty()) { // The whole buffer: one linear transfer.
    if (failed(checkWords(numElements, 1, elementType, *elementBytes, whyNot)))
      return failure();
    return shape;
  }
  shape.sizes.assign(sizes.begin(), sizes.end());
  shape.strides.assign(strides.begin(), strides.end());
  mergeContiguousDims(shape.sizes, shape.strides);
  if (failed(checkWords(shape.sizes.empty() ? 1 : shape.sizes.back(),
                        shape.strides.empty() ? 1 : shape.strides.back(),
                        elementType, *elementBytes, whyNot)))
    return failure();
  // One contiguous run is the descriptor's length, not an address pattern.
  if (shape.sizes.size() <= 1 &&
      (shape.strides.empty() || shape.strides.back() == 1))
    return shape;

  const DmaEngineDescription &engine = getDmaEngine(target, kind);
  StringRef kindName = stringifyTileKind(kind);
  llvm::raw_string_ostream os(whyNot);
  int64_t numDims = shape.sizes.size();
  // A repeat dimension, where the engine has one, takes the outermost dim.
  shape.usesRepeat =
      engine.maxRepeat.value > 1 && numDims == engine.dims.value + 1;
  if (numDims > engine.dims.value && !shape.usesRepeat) {
    os << "access pattern needs " << numDims
       << " dimensions after merging contiguous ones; a " << target.name << " "
       << kindName << " DMA has " << engine.dims.value << " ("
       << engine.dims.source << ")";
    return failure();
  }
  if (shape.usesRepeat && shape.sizes.front() > engine.maxRepeat.value) {
    os << "access pattern repeats " << shape.sizes.front() << " times; a "
       << target.name << " " << kindName << " DMA repeats at most "
       << engine.maxRepeat.value << " (" << engine.maxRepeat.source << ")";
    return failure();
  }
  for (int64_t d = shape.usesRepeat ? 1 : 0; d < numDims; ++d) {
    bool innermost = d + 1 == numDims && shape.strides[d] == 1;
    // The innermost contiguous dim counts 32-bit words; a product that
    // overflows is past every wrap.
    int64_t wrap = shape.sizes[d], bytes;
    if (innermost)
      wrap = llvm::MulOverflow(wrap, *elementBytes, bytes)
                 ? std::numeric_limits<int64_t>::max()
                 : llvm::divideCeil(bytes, 4);
    if (wrap > engine.maxWrap.value) {
      os << "access pattern dimension of size " << wrap
         << (innermost ? " words" : "") << " exceeds the " << target.name << " "
         << kindName << " DMA wrap of " << engine.maxWrap.value << " ("
         << engine.maxWrap.source << ")";
      return failure();
    }
    int64_t strideBytes;
    int64_t strideWords =
        llvm::MulOverflow(shape.strides[d], *elementBytes, strideBytes)
            ? std::numeric_limits<int64_t>::max()
            : llvm::divideCeil(strideBytes, 4);
    if (strideWords > engine.maxStrideWords.value) {
      os << "access pattern stride of " << strideWords << " words exceeds the "
         << target.name << " " << kindName << " DMA limit of "
         << engine.maxStrideWords.value << " (" << engine.maxStrideWords.source
         << ")";
      return failure();
    }
  }
  return shape;
}
