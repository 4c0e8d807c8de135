//===- AccessPattern.h - Access patterns of copy-like ops -------*- C++ -*-===//
//
// The one analysis every herdflow pass reasons with about data movement. A
// copy-like op (linalg.copy, memref.copy, linalg.transpose, a linalg.generic
// that only permutes) reads and writes views built by chains of
// memref.subview / expand_shape / collapse_shape / transpose /
// reinterpret_cast / cast over a base buffer. For each side it computes the
// base, its memory space, and an access pattern in the base's linearized
// element space:
//
//   element (i_0, ..., i_{r-1}) -> offset + sum_d i_d * strides[d]
//
// with the offset and strides affine expressions of the SSA values they
// depend on (loop induction variables, after inlining affine.apply and index
// arithmetic) and the sizes static. Both sides of a transfer are expressed in
// one iteration space, so the pair says exactly which element goes where.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_ANALYSIS_ACCESSPATTERN_H
#define HERDFLOW_ANALYSIS_ACCESSPATTERN_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <utility>

namespace herdflow {

/// A non-constant term of a pattern: an SSA index value, or a dynamic
/// stride/offset of a base buffer's layout.
struct PatternSymbol {
  enum class Kind { Value, BaseStride, BaseOffset };
  Kind kind;
  mlir::Value value;
  unsigned index = 0;

  bool operator==(const PatternSymbol &other) const {
    return kind == other.kind && value == other.value && index == other.index;
  }
};

} // namespace herdflow

namespace llvm {
template <> struct DenseMapInfo<herdflow::PatternSymbol> {
  using Symbol = herdflow::PatternSymbol;
  static Symbol getEmptyKey() {
    return {Symbol::Kind::Value, DenseMapInfo<mlir::Value>::getEmptyKey(), 0};
  }
  static Symbol getTombstoneKey() {
    return {Symbol::Kind::Value, DenseMapInfo<mlir::Value>::getTombstoneKey(),
            0};
  }
  static unsigned getHashValue(const Symbol &symbol) {
    return hash_combine(static_cast<int>(symbol.kind),
                        DenseMapInfo<mlir::Value>::getHashValue(symbol.value),
                        symbol.index);
  }
  static bool isEqual(const Symbol &a, const Symbol &b) { return a == b; }
};
} // namespace llvm

namespace herdflow {

/// Numbers the symbols of all patterns computed with it, so that patterns
/// from one context compare as affine expressions.
class AccessPatternContext {
public:
  explicit AccessPatternContext(mlir::MLIRContext *context)
      : context(context) {}

  mlir::MLIRContext *getContext() const { return context; }
  mlir::AffineExpr getSymbolExpr(const PatternSymbol &symbol);
  llvm::ArrayRef<PatternSymbol> getSymbols() const { return symbols; }

  /// The affine expression of an index value: constants fold, affine.apply
  /// and arith add/sub/mul by constants are inlined, anything else is a
  /// symbol.
  mlir::AffineExpr getIndexExpr(mlir::Value value);
  mlir::AffineExpr getIndexExpr(mlir::OpFoldResult value);

private:
  mlir::MLIRContext *context;
  llvm::SmallVector<PatternSymbol> symbols;
  llvm::DenseMap<PatternSymbol, unsigned> positions;
};

/// `expr` simplified with just the symbols it uses (flattening is linear in
/// the number of symbols): the canonical form patterns are compared in.
mlir::AffineExpr simplifyPatternExpr(mlir::AffineExpr expr);

/// The constant c with `expr` = c * s + (terms without s) for the symbol s
/// at `position`, or nullopt when s appears under a division, a modulo or a
/// product with a non-constant (or c overflows).
std::optional<int64_t> getLinearCoefficient(mlir::AffineExpr expr,
                                            unsigned position);

/// Where a view's elements live in its base buffer.
struct AccessPattern {
  /// The buffer the view chain starts from (an allocation, a function or
  /// block argument, or the result of an op that is not a view).
  mlir::Value base;
  mlir::Attribute memorySpace;
  mlir::AffineExpr offset;
  llvm::SmallVector<int64_t> sizes;
  llvm::SmallVector<mlir::AffineExpr> strides;

  unsigned getRank() const { return sizes.size(); }
  int64_t getNumElements() const;

  /// The smallest and largest element index the pattern touches in its
  /// base's linearized space, when the offset and strides are constants (and
  /// the extent fits in int64_t).
  std::optional<std::pair<int64_t, int64_t>> getStaticElementRange() const;

  /// Fails, with the reason, when constants prove the pattern leaves its base
  /// buffer: a negative stride, a negative offset, or an extent beyond the
  /// base's elements. Patterns the constants do not decide pass.
  mlir::LogicalResult checkStaticBounds(std::string *reason = nullptr) const;

  /// Memory level: 0 = L3 (no or 0 memory space), 1 = L2, 2 = L1; -1 for a
  /// memory space herdflow does not know.
  std::optional<air::MemoryLevel> getMemoryLevel() const;

  /// The SSA values the offset and strides depend on.
  llvm::SmallVector<mlir::Value>
  getDependencies(const AccessPatternContext &context) const;

  /// True if the pattern does not change across iterations of `loop`: its
  /// base and every value it depends on are defined outside the loop.
  bool isInvariantIn(mlir::LoopLikeOpInterface loop,
                     const AccessPatternContext &context) const;

  /// True if the pattern depends on the induction variable `iv`.
  bool dependsOn(mlir::Value iv, const AccessPatternContext &context) const;

  /// This pattern with the symbols that stand for `values` replaced by their
  /// constants (e.g. a herd's tile ids at one core).
  AccessPattern
  withValues(const AccessPatternContext &context,
             const llvm::DenseMap<mlir::Value, int64_t> &values) const;

  /// Same base, sizes, offset and strides.
  bool operator==(const AccessPattern &other) const;

  /// True if this pattern touches every element of its base exactly once in
  /// row-major order (the whole buffer, contiguously).
  bool coversWholeBase() const;

  void print(llvm::raw_ostream &os, const AccessPatternContext &context,
             mlir::AsmState &state) const;
};

/// The pattern of `view` (a memref value) in its base buffer, or failure
/// with the reason in `reason`.
mlir::FailureOr<AccessPattern>
computeAccessPattern(mlir::Value view, AccessPatternContext &context,
                     std::string *reason = nullptr);

/// The pattern of one side of an AIR transfer (a DMA side, a put or a get):
/// the memref's own pattern (through its views) walked by the side's
/// offsets, sizes and strides. Failure, with the reason, when the lists are
/// not static sizes or the result provably leaves the buffer.
mlir::FailureOr<AccessPattern>
computeAccessPattern(const air::TransferSide &side,
                     AccessPatternContext &context,
                     std::string *reason = nullptr);

/// True if `a` and `b` touch the same set of elements of the same base, in
/// any order and any iteration space (e.g. a 32x32 view and the 4x8x4x8
/// blocked reading of it that a pack does). Decided by sorting the
/// dimensions by stride and merging contiguous ones; needs constant strides
/// unless the patterns are equal.
bool touchSameElements(const AccessPattern &a, const AccessPattern &b);

/// What a copy-like op does.
enum class TransferKind {
  /// Elements keep their order (a strided block copy).
  Copy,
  /// Blocked permutation towards the core (L3 -> L2, L2 -> L1).
  Pack,
  /// Blocked permutation away from the core.
  Unpack,
  /// Permutation within one memory level.
  LocalPermutation,
};
llvm::StringRef stringifyTransferKind(TransferKind kind);

/// Both sides of a copy-like op in one iteration space (the target's
/// dimensions): iteration point i reads source(i) and writes target(i).
struct Transfer {
  mlir::Operation *op;
  AccessPattern source;
  AccessPattern target;
  TransferKind kind;
};

/// True for linalg.copy, memref.copy, linalg.transpose and a linalg.generic
/// with one input and one output whose body only yields the input and whose
/// indexing maps are permutations.
bool isCopyLike(mlir::Operation *op);

/// The transfer of a copy-like op, or failure with the reason.
mlir::FailureOr<Transfer> analyzeTransfer(mlir::Operation *op,
                                          AccessPatternContext &context,
                                          std::string *reason = nullptr);

/// True if transfers `a` and `b` move between the same two buffers (in
/// either direction) and pair every element of one with the same element of
/// the other: e.g. a pack and the unpack that undoes it. Needs constant
/// strides.
bool pairSameElements(const Transfer &a, const Transfer &b);

/// True if `a` moves X -> V and `b` moves V -> Y (X and Y may differ) and
/// `b` puts every element of V where `a` took it from: Y ends up equal to X
/// (an unpack followed by the pack that undoes it). Needs constant strides.
bool undoesTransfer(const Transfer &a, const Transfer &b);

/// True if `a` and `b` have the same base, sizes and strides and their
/// offsets differ only by a multiple of the induction variable `iv` (the
/// same stream at different iterations of its loop, e.g. a peeled copy and
/// the copy in the loop).
bool equalUpToInductionVariable(const AccessPattern &a, const AccessPattern &b,
                                mlir::Value iv, AccessPatternContext &context);

} // namespace herdflow

#endif // HERDFLOW_ANALYSIS_ACCESSPATTERN_H
