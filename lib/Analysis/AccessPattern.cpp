//===- AccessPattern.cpp - Access patterns of copy-like ops ---------------===//

#include "herdflow/Analysis/AccessPattern.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/AffineExprVisitor.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"


using namespace mlir;
using namespace herdflow;

static AffineExpr simplify(AffineExpr expr) {
  return simplifyPatternExpr(expr);
}

//===----------------------------------------------------------------------===//
// Symbols and index expressions
//===----------------------------------------------------------------------===//

AffineExpr AccessPatternContext::getSymbolExpr(const PatternSymbol &symbol) {
  auto [it, inserted] = positions.try_emplace(symbol, symbols.size());
  if (inserted)
    symbols.push_back(symbol);
  return getAffineSymbolExpr(it->second, context);
}

AffineExpr AccessPatternContext::getIndexExpr(OpFoldResult value) {
  if (std::optional<int64_t> constant = getConstantIntValue(value))
    return getAffineConstantExpr(*constant, context);
  return getIndexExpr(cast<Value>(value));
}

AffineExpr AccessPatternContext::getIndexExpr(Value value) {
  if (std::optional<int64_t> constant = getConstantIntValue(value))
    return getAffineConstantExpr(*constant, context);
  Operation *def = value.getDefiningOp();
  if (auto apply = dyn_cast_or_null<affine::AffineApplyOp>(def)) {
    AffineMap map = apply.getAffineMap();
    SmallVector<AffineExpr> dims, syms;
    for (Value operand : apply.getDimOperands())
      dims.push_back(getIndexExpr(operand));
    for (Value operand : apply.getSymbolOperands())
      syms.push_back(getIndexExpr(operand));
    return simplifyAffineExpr(
        map.getResult(0).replaceDimsAndSymbols(dims, syms), 0, symbols.size());
  }
  if (isa_and_nonnull<arith::AddIOp, arith::SubIOp, arith::MulIOp>(def) &&
      def->getResult(0).getType().isIndex()) {
    AffineExpr lhs = getIndexExpr(def->getOperand(0));
    AffineExpr rhs = getIndexExpr(def->getOperand(1));
    if (isa<arith::AddIOp>(def))
      return lhs + rhs;
    if (isa<arith::SubIOp>(def))
      return lhs - rhs;
    // A product stays affine only with a constant factor.
    if (isa<AffineConstantExpr>(lhs) || isa<AffineConstantExpr>(rhs))
      return lhs * rhs;
  }
  return getSymbolExpr({PatternSymbol::Kind::Value, value, 0});
}

//===----------------------------------------------------------------------===//
// AccessPattern
//===----------------------------------------------------------------------===//

AffineExpr herdflow::simplifyPatternExpr(AffineExpr expr) {
  // The flattening behind simplification is linear in the number of
  // symbols: pass just enough.
  unsigned numSymbols = 0;
  expr.walk([&](AffineExpr sub) {
    if (auto symbol = dyn_cast<AffineSymbolExpr>(sub))
      numSymbols = std::max(numSymbols, symbol.getPosition() + 1);
  });
  return simplifyAffineExpr(expr, 0, numSymbols);
}

int64_t AccessPattern::getNumElements() const {
  int64_t count = 1;
  for (int64_t size : sizes)
    count *= size;
  return count;
}

/// The smallest and largest linear index of `offset + sum i_d * strides[d]`
/// over 0 <= i_d < sizes[d]; nullopt if it does not fit in int64_t.
static std::optional<std::pair<int64_t, int64_t>>
getLinearRange(int64_t offset, ArrayRef<int64_t> sizes,
               ArrayRef<int64_t> strides) {
  __int128 low = offset, high = offset;
  for (auto [size, stride] : llvm::zip_equal(sizes, strides)) {
    if (size <= 0)
      return std::nullopt;
    __int128 reach = static_cast<__int128>(size - 1) * stride;
    (reach < 0 ? low : high) += reach;
    if (low < INT64_MIN || high > INT64_MAX)
      return std::nullopt;
  }
  return std::make_pair(static_cast<int64_t>(low), static_cast<int64_t>(high));
}

std::optional<std::pair<int64_t, int64_t>>
AccessPattern::getStaticElementRange() const {
  auto constantOffset = dyn_cast<AffineConstantExpr>(simplify(offset));
  if (!constantOffset)
    return std::nullopt;
  SmallVector<int64_t> constantStrides;
  for (AffineExpr stride : strides) {
    auto constant = dyn_cast<AffineConstantExpr>(simplify(stride));
    if (!constant)
      return std::nullopt;
    constantStrides.push_back(constant.getValue());
  }
  return getLinearRange(constantOffset.getValue(), sizes, constantStrides);
}

LogicalResult AccessPattern::checkStaticBounds(std::string *reason) const {
  auto fail = [&](const Twine &message) {
    if (reason)
      *reason = message.str();
    return failure();
  };
  // No element is accessed: nothing can be out of bounds.
  if (llvm::is_contained(sizes, 0))
    return success();
  for (AffineExpr stride : strides)
    if (auto constant = dyn_cast<AffineConstantExpr>(simplify(stride));
        constant && constant.getValue() < 0)
      return fail("a stride is negative");
  if (auto constant = dyn_cast<AffineConstantExpr>(simplify(offset));
      constant && constant.getValue() < 0)
    return fail(Twine("the access starts at element ") +
                Twine(constant.getValue()) + ", before its buffer");
  std::optional<std::pair<int64_t, int64_t>> range = getStaticElementRange();
  bool constantPattern = isa<AffineConstantExpr>(simplify(offset)) &&
                         llvm::all_of(strides, [](AffineExpr stride) {
                           return isa<AffineConstantExpr>(simplify(stride));
                         });
  if (!range)
    return constantPattern
               ? fail("the access's extent overflows a 64-bit index")
               : success();
  auto type = dyn_cast<MemRefType>(base.getType());
  SmallVector<int64_t> baseStrides;
  int64_t baseOffset;
  if (!type || !type.hasStaticShape() ||
      failed(type.getStridesAndOffset(baseStrides, baseOffset)) ||
      ShapedType::isDynamic(baseOffset) ||
      llvm::any_of(baseStrides, ShapedType::isDynamic))
    return success();
  std::optional<std::pair<int64_t, int64_t>> baseRange =
      getLinearRange(baseOffset, type.getShape(), baseStrides);
  if (!baseRange)
    return success();
  if (range->first < baseRange->first || range->second > baseRange->second)
    return fail(Twine("the access reaches elements ") + Twine(range->first) +
                " to " + Twine(range->second) + " of a buffer of elements " +
                Twine(baseRange->first) + " to " + Twine(baseRange->second));
  return success();
}

std::optional<air::MemoryLevel> AccessPattern::getMemoryLevel() const {
  return air::getMemoryLevel(memorySpace);
}

SmallVector<Value>
AccessPattern::getDependencies(const AccessPatternContext &context) const {
  llvm::SetVector<Value> values;
  auto collect = [&](AffineExpr expr) {
    expr.walk([&](AffineExpr sub) {
      if (auto symbol = dyn_cast<AffineSymbolExpr>(sub))
        values.insert(context.getSymbols()[symbol.getPosition()].value);
    });
  };
  collect(offset);
  for (AffineExpr stride : strides)
    collect(stride);
  return values.takeVector();
}

AccessPattern
AccessPattern::withValues(const AccessPatternContext &context,
                          const llvm::DenseMap<Value, int64_t> &values) const {
  MLIRContext *ctx = offset.getContext();
  SmallVector<AffineExpr> replacements;
  for (auto [position, symbol] : llvm::enumerate(context.getSymbols())) {
    auto it = symbol.kind == PatternSymbol::Kind::Value
                  ? values.find(symbol.value)
                  : values.end();
    replacements.push_back(it != values.end()
                               ? getAffineConstantExpr(it->second, ctx)
                               : getAffineSymbolExpr(position, ctx));
  }
  AccessPattern result = *this;
  result.offset = simplify(offset.replaceSymbols(replacements));
  for (AffineExpr &stride : result.strides)
    stride = simplify(stride.replaceSymbols(replacements));
  return result;
}

bool AccessPattern::isInvariantIn(LoopLikeOpInterface loop,
                                  const AccessPatternContext &context) const {
  if (!loop.isDefinedOutsideOfLoop(base))
    return false;
  return llvm::all_of(getDependencies(context), [&](Value value) {
    return loop.isDefinedOutsideOfLoop(value);
  });
}

bool AccessPattern::dependsOn(Value iv,
                              const AccessPatternContext &context) const {
  return llvm::is_contained(getDependencies(context), iv);
}

std::optional<int64_t> herdflow::getLinearCoefficient(AffineExpr expr,
                                                      unsigned position) {
  if (!expr.isFunctionOfSymbol(position))
    return 0;
  if (isa<AffineSymbolExpr>(expr))
    return 1; // the symbol itself: the check above saw it
  auto binary = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!binary)
    return std::nullopt;
  std::optional<int64_t> lhs = getLinearCoefficient(binary.getLHS(), position);
  std::optional<int64_t> rhs = getLinearCoefficient(binary.getRHS(), position);
  if (!lhs || !rhs)
    return std::nullopt;
  int64_t result;
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    if (llvm::AddOverflow(*lhs, *rhs, result))
      return std::nullopt;
    return result;
  case AffineExprKind::Mul: {
    // Affine: one side is a constant (the other holds the symbol).
    auto constant = dyn_cast<AffineConstantExpr>(binary.getRHS());
    int64_t coefficient = *lhs;
    if (!constant) {
      constant = dyn_cast<AffineConstantExpr>(binary.getLHS());
      coefficient = *rhs;
    }
    if (!constant ||
        llvm::MulOverflow(coefficient, constant.getValue(), result))
      return std::nullopt;
    return result;
  }
  default:
    return std::nullopt;
  }
}

bool AccessPattern::operator==(const AccessPattern &other) const {
  return base == other.base && sizes == other.sizes &&
         simplify(offset) == simplify(other.offset) &&
         llvm::equal(strides, other.strides, [](AffineExpr a, AffineExpr b) {
           return simplify(a) == simplify(b);
         });
}

bool AccessPattern::coversWholeBase() const {
  auto type = dyn_cast<MemRefType>(base.getType());
  if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity())
    return false;
  if (simplify(offset) != getAffineConstantExpr(0, offset.getContext()) ||
      getNumElements() != type.getNumElements())
    return false;
  // Row-major contiguous: each stride is the product of the sizes after it
  // (dimensions of size 1 may have any stride).
  int64_t expected = 1;
  for (int64_t d = static_cast<int64_t>(getRank()) - 1; d >= 0; --d) {
    if (sizes[d] == 1)
      continue;
    auto stride = dyn_cast<AffineConstantExpr>(simplify(strides[d]));
    if (!stride || stride.getValue() != expected)
      return false;
    expected *= sizes[d];
  }
  return true;
}

void AccessPattern::print(raw_ostream &os, const AccessPatternContext &context,
                          AsmState &state) const {
  // Symbols print as the SSA names of what they stand for.
  auto printExpr = [&](AffineExpr expr) {
    std::string text;
    llvm::raw_string_ostream exprOs(text);
    simplify(expr).print(exprOs);
    std::string result;
    for (size_t i = 0; i < text.size();) {
      if (text[i] == 's' && i + 1 < text.size() && isdigit(text[i + 1])) {
        size_t j = i + 1;
        while (j < text.size() && isdigit(text[j]))
          ++j;
        unsigned position = std::stoul(text.substr(i + 1, j - i - 1));
        const PatternSymbol &symbol = context.getSymbols()[position];
        std::string name;
        llvm::raw_string_ostream nameOs(name);
        symbol.value.printAsOperand(nameOs, state);
        if (symbol.kind == PatternSymbol::Kind::BaseStride)
          nameOs << ".stride" << symbol.index;
        else if (symbol.kind == PatternSymbol::Kind::BaseOffset)
          nameOs << ".offset";
        result += name;
        i = j;
        continue;
      }
      result += text[i++];
    }
    os << result;
  };
  base.printAsOperand(os, state);
  std::optional<air::MemoryLevel> level = getMemoryLevel();
  os << " " << (level ? air::stringifyMemoryLevel(*level) : "L?");
  os << " offset ";
  printExpr(offset);
  os << " sizes [";
  llvm::interleaveComma(sizes, os);
  os << "] strides [";
  llvm::interleaveComma(strides, os, printExpr);
  os << "]";
}

//===----------------------------------------------------------------------===//
// View chains
//===----------------------------------------------------------------------===//

static LogicalResult fail(std::string *reason, const Twine &message) {
  if (reason)
    *reason = message.str();
  return failure();
}

/// The pattern of a base buffer: its own layout.
static FailureOr<AccessPattern>
basePattern(Value base, AccessPatternContext &context, std::string *reason) {
  auto type = dyn_cast<MemRefType>(base.getType());
  if (!type)
    return fail(reason, "the base is not a ranked memref");
  if (!type.hasStaticShape())
    return fail(reason, "the base has a dynamic shape");
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(type.getStridesAndOffset(strides, offset)))
    return fail(reason, "the base's layout is not strided");
  MLIRContext *ctx = context.getContext();
  AccessPattern pattern;
  pattern.base = base;
  pattern.memorySpace = type.getMemorySpace();
  pattern.sizes = llvm::to_vector(type.getShape());
  pattern.offset =
      ShapedType::isDynamic(offset)
          ? context.getSymbolExpr({PatternSymbol::Kind::BaseOffset, base, 0})
          : getAffineConstantExpr(offset, ctx);
  for (auto [d, stride] : llvm::enumerate(strides))
    pattern.strides.push_back(
        ShapedType::isDynamic(stride)
            ? context.getSymbolExpr({PatternSymbol::Kind::BaseStride, base,
                                     static_cast<unsigned>(d)})
            : getAffineConstantExpr(stride, ctx));
  return pattern;
}

static LogicalResult applySubview(memref::SubViewOp subview,
                                  AccessPattern &pattern,
                                  AccessPatternContext &context,
                                  std::string *reason) {
  if (!subview.getType().hasStaticShape())
    return fail(reason, "a subview has dynamic sizes");
  SmallVector<OpFoldResult> offsets = subview.getMixedOffsets();
  SmallVector<OpFoldResult> steps = subview.getMixedStrides();
  llvm::SmallBitVector dropped = subview.getDroppedDims();
  AffineExpr offset = pattern.offset;
  SmallVector<int64_t> sizes;
  SmallVector<AffineExpr> strides;
  ArrayRef<int64_t> staticSizes = subview.getStaticSizes();
  for (unsigned d = 0, e = offsets.size(); d < e; ++d) {
    offset = offset + context.getIndexExpr(offsets[d]) * pattern.strides[d];
    if (dropped.test(d))
      continue;
    sizes.push_back(staticSizes[d]);
    strides.push_back(pattern.strides[d] * context.getIndexExpr(steps[d]));
  }
  pattern.offset = offset;
  pattern.sizes = std::move(sizes);
  pattern.strides = std::move(strides);
  return success();
}

static LogicalResult applyExpandShape(memref::ExpandShapeOp expand,
                                      AccessPattern &pattern,
                                      std::string *reason) {
  if (!expand.getResultType().hasStaticShape())
    return fail(reason, "an expand_shape has a dynamic result shape");
  ArrayRef<int64_t> shape = expand.getResultType().getShape();
  SmallVector<AffineExpr> strides(shape.size());
  for (auto [source, group] :
       llvm::enumerate(expand.getReassociationIndices())) {
    AffineExpr stride = pattern.strides[source];
    for (int64_t dim : llvm::reverse(group)) {
      strides[dim] = stride;
      stride = stride * shape[dim];
    }
  }
  pattern.sizes = llvm::to_vector(shape);
  pattern.strides = std::move(strides);
  return success();
}

static LogicalResult applyCollapseShape(memref::CollapseShapeOp collapse,
                                        AccessPattern &pattern,
                                        std::string *reason) {
  SmallVector<int64_t> sizes;
  SmallVector<AffineExpr> strides;
  for (ReassociationIndices group : collapse.getReassociationIndices()) {
    int64_t size = 1;
    AffineExpr stride;
    // Dims of size 1 do not constrain contiguity.
    SmallVector<int64_t> dims;
    for (int64_t dim : group) {
      size *= pattern.sizes[dim];
      if (pattern.sizes[dim] != 1)
        dims.push_back(dim);
    }
    if (dims.empty()) {
      stride = getAffineConstantExpr(1, collapse.getContext());
    } else {
      stride = pattern.strides[dims.back()];
      for (unsigned i = 0; i + 1 < dims.size(); ++i) {
        AffineExpr expected =
            pattern.strides[dims[i + 1]] * pattern.sizes[dims[i + 1]];
        if (simplify(pattern.strides[dims[i]]) != simplify(expected))
          return fail(reason, "a collapse_shape merges dimensions that are not "
                              "contiguous");
      }
    }
    sizes.push_back(size);
    strides.push_back(stride);
  }
  pattern.sizes = std::move(sizes);
  pattern.strides = std::move(strides);
  return success();
}

FailureOr<AccessPattern>
herdflow::computeAccessPattern(Value view, AccessPatternContext &context,
                               std::string *reason) {
  // Walk to the base, remembering the views to apply from the base outward.
  SmallVector<Operation *> chain;
  Value current = view;
  while (Operation *def = current.getDefiningOp()) {
    if (isa<memref::SubViewOp, memref::ExpandShapeOp, memref::CollapseShapeOp,
            memref::TransposeOp, memref::CastOp>(def)) {
      chain.push_back(def);
      current = def->getOperand(0);
      continue;
    }
    if (auto cast = dyn_cast<memref::ReinterpretCastOp>(def)) {
      chain.push_back(def);
      current = cast.getSource();
      break;
    }
    break;
  }

  FailureOr<AccessPattern> pattern;
  if (!chain.empty() && isa<memref::ReinterpretCastOp>(chain.back())) {
    // The cast's offset and strides are relative to the source's base
    // pointer: they replace, not compose with, the source's layout.
    auto reinterpret = cast<memref::ReinterpretCastOp>(chain.pop_back_val());
    if (!reinterpret.getType().hasStaticShape())
      return fail(reason, "a reinterpret_cast has dynamic sizes");
    // Its offset and strides address the source's elements from the start
    // of its allocation: only meaningful on a static, identity-layout buffer.
    auto sourceType = dyn_cast<MemRefType>(current.getType());
    if (!sourceType || !sourceType.hasStaticShape() ||
        !sourceType.getLayout().isIdentity())
      return fail(reason, "a reinterpret_cast of a buffer that is not a "
                          "static, identity-layout memref");
    AccessPattern fromCast;
    fromCast.base = current;
    fromCast.memorySpace = reinterpret.getType().getMemorySpace();
    fromCast.offset =
        context.getIndexExpr(reinterpret.getMixedOffsets().front());
    fromCast.sizes = llvm::to_vector(reinterpret.getType().getShape());
    for (OpFoldResult stride : reinterpret.getMixedStrides())
      fromCast.strides.push_back(context.getIndexExpr(stride));
    pattern = fromCast;
  } else {
    pattern = basePattern(current, context, reason);
  }
  if (failed(pattern))
    return failure();

  for (Operation *op : llvm::reverse(chain)) {
    LogicalResult applied =
        TypeSwitch<Operation *, LogicalResult>(op)
            .Case([&](memref::SubViewOp subview) {
              return applySubview(subview, *pattern, context, reason);
            })
            .Case([&](memref::ExpandShapeOp expand) {
              return applyExpandShape(expand, *pattern, reason);
            })
            .Case([&](memref::CollapseShapeOp collapse) {
              return applyCollapseShape(collapse, *pattern, reason);
            })
            .Case([&](memref::TransposeOp transpose) {
              AffineMap permutation = transpose.getPermutation();
              SmallVector<int64_t> sizes;
              SmallVector<AffineExpr> strides;
              for (unsigned d = 0; d < permutation.getNumResults(); ++d) {
                unsigned source = permutation.getDimPosition(d);
                sizes.push_back(pattern->sizes[source]);
                strides.push_back(pattern->strides[source]);
              }
              pattern->sizes = std::move(sizes);
              pattern->strides = std::move(strides);
              return success();
            })
            .Case([&](memref::CastOp) { return success(); })
            .Default([&](Operation *) { return failure(); });
    if (failed(applied))
      return failure();
  }
  pattern->offset = simplify(pattern->offset);
  for (AffineExpr &stride : pattern->strides)
    stride = simplify(stride);
  // A view that provably leaves its buffer is undefined to access: no pass
  // may fold it into a transfer (a DMA would fail its own verifier).
  std::string outOfBounds;
  if (failed(pattern->checkStaticBounds(&outOfBounds)))
    return fail(reason, "the view is out of bounds: " + outOfBounds);
  return pattern;
}

FailureOr<AccessPattern>
herdflow::computeAccessPattern(const air::TransferSide &side,
                               AccessPatternContext &context,
                               std::string *reason) {
  FailureOr<AccessPattern> memref =
      computeAccessPattern(side.memref, context, reason);
  if (failed(memref) || side.isWholeMemref())
    return memref;
  // AIR lists count elements from the memref's first element in the
  // underlying buffer: sum (offset_d + i_d) * stride_d.
  AccessPattern pattern;
  pattern.base = memref->base;
  pattern.memorySpace = memref->memorySpace;
  AffineExpr offset = memref->offset;
  for (auto [offsetEntry, size, stride] :
       llvm::zip_equal(side.offsets, side.sizes, side.strides)) {
    std::optional<int64_t> staticSize = getConstantIntValue(size);
    if (!staticSize) {
      if (reason)
        *reason = "a size is not static";
      return failure();
    }
    AffineExpr strideExpr = context.getIndexExpr(stride);
    offset = offset + context.getIndexExpr(offsetEntry) * strideExpr;
    pattern.sizes.push_back(*staticSize);
    pattern.strides.push_back(simplify(strideExpr));
  }
  pattern.offset = simplify(offset);
  std::string outOfBounds;
  if (failed(pattern.checkStaticBounds(&outOfBounds)))
    return fail(reason, "the pattern is out of bounds: " + outOfBounds);
  return pattern;
}
