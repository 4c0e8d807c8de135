//===- AIROps.cpp - AIR operations ----------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace herdflow::air;

//===----------------------------------------------------------------------===//
// `async [deps]`: the optional async marker and dependency list shared by all
// AIR ops, in mlir-air's syntax.
//===----------------------------------------------------------------------===//

static ParseResult
parseAsyncDependencies(OpAsmParser &parser, Type &asyncTokenType,
                       SmallVectorImpl<OpAsmParser::UnresolvedOperand> &deps) {
  if (succeeded(parser.parseOptionalKeyword("async")))
    asyncTokenType = AsyncTokenType::get(parser.getContext());
  // An empty `[]` is accepted: mlir-air prints it for async ops without deps.
  if (failed(parser.parseOptionalLSquare()))
    return success();
  if (succeeded(parser.parseOptionalRSquare()))
    return success();
  return failure(parser.parseOperandList(deps) || parser.parseRSquare());
}

/// Prints ` async [deps]`, each part only when present and each with its
/// leading space, so that a synchronous op prints no stray whitespace.
static void printAsyncDependencies(OpAsmPrinter &printer, Operation *,
                                   Type asyncTokenType, OperandRange deps) {
  if (asyncTokenType)
    printer << " async";
  if (deps.empty())
    return;
  printer << " [";
  llvm::interleaveComma(deps, printer);
  printer << ']';
}

//===----------------------------------------------------------------------===//
// Hierarchy ops: air.launch, air.segment, air.herd
//===----------------------------------------------------------------------===//

namespace {
/// What distinguishes the three hierarchy ops' syntax and rules.
struct HierarchyTraits {
  /// Keyword before the iteration space ("" for launch).
  StringRef dimsKeyword;
  unsigned minDims;
  unsigned maxDims;
  /// Nesting depth: a hierarchy op may only contain deeper ones.
  unsigned level;
};
} // namespace

static HierarchyTraits getHierarchyTraits(HierarchyLevel level) {
  switch (level) {
  case HierarchyLevel::Launch:
    return {"", 0, 4, 0};
  case HierarchyLevel::Segment:
    return {"unroll", 0, 2, 1};
  case HierarchyLevel::Herd:
    return {"tile", 1, 2, 2};
  }
  llvm_unreachable("unknown hierarchy level");
}

HierarchyLevel herdflow::air::getHierarchyLevel(HierarchyInterface op) {
  if (isa<LaunchOp>(op))
    return HierarchyLevel::Launch;
  if (isa<SegmentOp>(op))
    return HierarchyLevel::Segment;
  return HierarchyLevel::Herd;
}

unsigned herdflow::air::getMaxHierarchyDims(HierarchyLevel level) {
  return getHierarchyTraits(level).maxDims;
}

static HierarchyTraits getHierarchyTraits(Operation *op) {
  return getHierarchyTraits(getHierarchyLevel(cast<HierarchyInterface>(op)));
}

template <typename OpTy>
static void buildHierarchyOp(OpBuilder &builder, OperationState &result,
                             ValueRange asyncDependencies, ValueRange sizes,
                             ValueRange kernelOperands, bool isAsync,
                             ArrayRef<NamedAttribute> attrs) {
  result.addOperands(asyncDependencies);
  result.addOperands(sizes);
  result.addOperands(kernelOperands);
  if (isAsync)
    result.addTypes(AsyncTokenType::get(builder.getContext()));
  result.addAttribute(OpTy::getOperandSegmentSizesAttrName(result.name),
                      builder.getDenseI32ArrayAttr(
                          {static_cast<int32_t>(asyncDependencies.size()),
                           static_cast<int32_t>(sizes.size()),
                           static_cast<int32_t>(kernelOperands.size())}));
  result.addAttributes(attrs);
  Region *region = result.addRegion();
  Block *body = new Block();
  region->push_back(body);
  for (unsigned i = 0, e = 2 * sizes.size(); i < e; ++i)
    body->addArgument(builder.getIndexType(), result.location);
  for (Value operand : kernelOperands)
    body->addArgument(operand.getType(), operand.getLoc());
  OpTy::ensureTerminator(*region, builder, result.location);
}

void LaunchOp::build(OpBuilder &builder, OperationState &result,
                     ValueRange asyncDependencies, ValueRange sizes,
                     ValueRange kernelOperands, bool isAsync,
                     ArrayRef<NamedAttribute> attrs) {
  buildHierarchyOp<LaunchOp>(builder, result, asyncDependencies, sizes,
                             kernelOperands, isAsync, attrs);
}

void SegmentOp::build(OpBuilder &builder, OperationState &result,
                      ValueRange asyncDependencies, ValueRange sizes,
                      ValueRange kernelOperands, bool isAsync,
                      ArrayRef<NamedAttribute> attrs) {
  buildHierarchyOp<SegmentOp>(builder, result, asyncDependencies, sizes,
                              kernelOperands, isAsync, attrs);
}

void HerdOp::build(OpBuilder &builder, OperationState &result,
                   ValueRange asyncDependencies, ValueRange sizes,
                   ValueRange kernelOperands, bool isAsync,
                   ArrayRef<NamedAttribute> attrs) {
  buildHierarchyOp<HerdOp>(builder, result, asyncDependencies, sizes,
                           kernelOperands, isAsync, attrs);
}

/// Parses `[@name] [async [deps]] [kw (%i, ...) in (%s=%v, ...)]
/// [args(%a=%v, ...) : types] [attributes {...}] region`.
template <typename OpTy>
static ParseResult parseHierarchyOp(OpAsmParser &parser, OperationState &result,
                                    StringRef dimsKeyword, bool dimsRequired) {
  MLIRContext *context = parser.getContext();
  Builder &builder = parser.getBuilder();
  Type indexType = builder.getIndexType();

  StringAttr name;
  if (succeeded(parser.parseOptionalSymbolName(name)))
    result.addAttribute(SymbolTable::getSymbolAttrName(), name);

  Type asyncTokenType;
  SmallVector<OpAsmParser::UnresolvedOperand> deps;
  if (parseAsyncDependencies(parser, asyncTokenType, deps))
    return failure();
  if (asyncTokenType)
    result.addTypes(asyncTokenType);

  SmallVector<OpAsmParser::Argument> ids, sizeArgs;
  SmallVector<OpAsmParser::UnresolvedOperand> sizeOperands;
  bool hasDims;
  if (dimsKeyword.empty()) {
    hasDims = succeeded(parser.parseOptionalLParen());
    if (hasDims && (parser.parseArgumentList(ids) || parser.parseRParen()))
      return failure();
  } else if (dimsRequired) {
    hasDims = true;
    if (parser.parseKeyword(dimsKeyword) ||
        parser.parseArgumentList(ids, OpAsmParser::Delimiter::Paren))
      return failure();
  } else {
    hasDims = succeeded(parser.parseOptionalKeyword(dimsKeyword));
    if (hasDims && parser.parseArgumentList(ids, OpAsmParser::Delimiter::Paren))
      return failure();
  }
  if (hasDims) {
    SMLoc sizesLoc = parser.getCurrentLocation();
    if (parser.parseKeyword("in") ||
        parser.parseCommaSeparatedList(
            OpAsmParser::Delimiter::Paren, [&]() -> ParseResult {
              OpAsmParser::Argument &arg = sizeArgs.emplace_back();
              return failure(parser.parseArgument(arg) || parser.parseEqual() ||
                             parser.parseOperand(sizeOperands.emplace_back()));
            }))
      return failure();
    if (ids.size() != sizeArgs.size())
      return parser.emitError(sizesLoc)
             << "expected " << ids.size() << " sizes to match the ids, got "
             << sizeArgs.size();
  }
  for (OpAsmParser::Argument &arg :
       llvm::concat<OpAsmParser::Argument>(ids, sizeArgs))
    arg.type = indexType;

  SmallVector<OpAsmParser::Argument> kernelArgs;
  SmallVector<OpAsmParser::UnresolvedOperand> kernelOperands;
  SmallVector<Type> kernelTypes;
  if (succeeded(parser.parseOptionalKeyword("args"))) {
    if (parser.parseCommaSeparatedList(
            OpAsmParser::Delimiter::Paren, [&]() -> ParseResult {
              return failure(
                  parser.parseArgument(kernelArgs.emplace_back()) ||
                  parser.parseEqual() ||
                  parser.parseOperand(kernelOperands.emplace_back()));
            }))
      return failure();
    SMLoc typesLoc = parser.getCurrentLocation();
    if (!kernelArgs.empty() &&
        (parser.parseColon() || parser.parseTypeList(kernelTypes)))
      return failure();
    if (kernelTypes.size() != kernelArgs.size())
      return parser.emitError(typesLoc)
             << "expected " << kernelArgs.size() << " types for the args, got "
             << kernelTypes.size();
    for (auto [arg, type] : llvm::zip_equal(kernelArgs, kernelTypes))
      arg.type = type;
  }

  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();

  SmallVector<OpAsmParser::Argument> regionArgs;
  llvm::append_range(regionArgs, ids);
  llvm::append_range(regionArgs, sizeArgs);
  llvm::append_range(regionArgs, kernelArgs);
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, regionArgs))
    return failure();
  OpTy::ensureTerminator(*body, builder, result.location);

  Type tokenType = AsyncTokenType::get(context);
  if (parser.resolveOperands(deps, tokenType, result.operands) ||
      parser.resolveOperands(sizeOperands, indexType, result.operands) ||
      parser.resolveOperands(kernelOperands, kernelTypes, parser.getNameLoc(),
                             result.operands))
    return failure();
  result.addAttribute(OpTy::getOperandSegmentSizesAttrName(result.name),
                      builder.getDenseI32ArrayAttr(
                          {static_cast<int32_t>(deps.size()),
                           static_cast<int32_t>(sizeOperands.size()),
                           static_cast<int32_t>(kernelOperands.size())}));
  return success();
}

template <typename OpTy>
static void printHierarchyOp(OpAsmPrinter &p, OpTy op) {
  HierarchyTraits traits = getHierarchyTraits(op);
  if (StringAttr name = op.getSymNameAttr()) {
    p << ' ';
    p.printSymbolName(name.getValue());
  }
  printAsyncDependencies(
      p, op, op.getAsyncToken() ? op.getAsyncToken().getType() : Type(),
      op.getAsyncDependencies());
  if (op.getNumDims() != 0) {
    p << ' ';
    if (!traits.dimsKeyword.empty())
      p << traits.dimsKeyword << ' ';
    p << '(';
    llvm::interleaveComma(op.getIds(), p,
                          [&](BlockArgument id) { p.printOperand(id); });
    p << ") in (";
    llvm::interleaveComma(llvm::zip_equal(op.getSize(), op.getSizes()), p,
                          [&](auto pair) {
                            p.printOperand(std::get<0>(pair));
                            p << '=';
                            p.printOperand(std::get<1>(pair));
                          });
    p << ')';
  }
  if (!op.getKernelOperands().empty()) {
    p << " args(";
    llvm::interleaveComma(
        llvm::zip_equal(op.getKernelArguments(), op.getKernelOperands()), p,
        [&](auto pair) {
          p.printOperand(std::get<0>(pair));
          p << '=';
          p.printOperand(std::get<1>(pair));
        });
    p << ") : ";
    llvm::interleaveComma(op.getKernelOperands().getTypes(), p);
  }
  p.printOptionalAttrDictWithKeyword(
      op->getAttrs(), {SymbolTable::getSymbolAttrName(),
                       OpTy::getOperandSegmentSizesAttrName(op->getName())});
  p << ' ';
  p.printRegion(op.getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/false);
}

static LogicalResult verifyHierarchyOp(HierarchyInterface op) {
  HierarchyTraits traits = getHierarchyTraits(op);
  unsigned numDims = op.getNumDims();
  if (numDims < traits.minDims || numDims > traits.maxDims) {
    if (traits.minDims == traits.maxDims - 1)
      return op->emitOpError("expects ")
             << traits.minDims << " or " << traits.maxDims
             << " dimensions, got " << numDims;
    return op->emitOpError("expects ")
           << traits.minDims << " to " << traits.maxDims << " dimensions, got "
           << numDims;
  }
  for (auto [i, size] : llvm::enumerate(op.getSizeOperands())) {
    std::optional<int64_t> constant = getConstantIntValue(size);
    if (constant && *constant <= 0)
      return op->emitOpError("expects positive sizes, but size #")
             << i << " is " << *constant;
  }

  Block &body = op->getRegion(0).front();
  unsigned numKernelOperands = op.getKernelOperands().size();
  if (body.getNumArguments() != 2 * numDims + numKernelOperands)
    return op->emitOpError("expects its body to have ")
           << 2 * numDims + numKernelOperands << " arguments (" << numDims
           << " ids, " << numDims << " sizes, " << numKernelOperands
           << " kernel arguments), got " << body.getNumArguments();
  for (BlockArgument arg : body.getArguments().take_front(2 * numDims))
    if (!arg.getType().isIndex())
      return op->emitOpError("expects id and size arguments of type index, "
                             "got ")
             << arg.getType();
  for (auto [i, arg, operand] :
       llvm::enumerate(op.getKernelArguments(), op.getKernelOperands()))
    if (arg.getType() != operand.getType())
      return op->emitOpError("kernel argument #")
             << i << " has type " << arg.getType()
             << " but its operand has type " << operand.getType();

  // A hierarchy op only contains deeper levels: launch > segment > herd.
  Operation *misplaced = nullptr;
  op->getRegion(0).walk([&](HierarchyInterface nested) {
    if (getHierarchyTraits(nested).level <= traits.level) {
      misplaced = nested;
      return WalkResult::interrupt();
    }
    return WalkResult::skip();
  });
  if (misplaced) {
    InFlightDiagnostic diag = op->emitOpError("may not contain '")
                              << misplaced->getName()
                              << "': the hierarchy is launch > segment > herd";
    diag.attachNote(misplaced->getLoc()) << "nested op is here";
    return diag;
  }
  return success();
}

ParseResult LaunchOp::parse(OpAsmParser &parser, OperationState &result) {
  return parseHierarchyOp<LaunchOp>(parser, result, "", false);
}
void LaunchOp::print(OpAsmPrinter &p) { printHierarchyOp(p, *this); }
LogicalResult LaunchOp::verify() { return verifyHierarchyOp(*this); }

ParseResult SegmentOp::parse(OpAsmParser &parser, OperationState &result) {
  return parseHierarchyOp<SegmentOp>(parser, result, "unroll", false);
}
void SegmentOp::print(OpAsmPrinter &p) { printHierarchyOp(p, *this); }
LogicalResult SegmentOp::verify() { return verifyHierarchyOp(*this); }

ParseResult HerdOp::parse(OpAsmParser &parser, OperationState &result) {
  return parseHierarchyOp<HerdOp>(parser, result, "tile", true);
}
void HerdOp::print(OpAsmPrinter &p) { printHierarchyOp(p, *this); }
LogicalResult HerdOp::verify() { return verifyHierarchyOp(*this); }

//===----------------------------------------------------------------------===//
// Access patterns (dma_memcpy_nd, channel.put, channel.get)
//===----------------------------------------------------------------------===//

namespace {
/// One side of a transfer: a memref and its offsets/sizes/strides lists.
struct AccessPattern {
  StringRef role; // "source" or "destination", for diagnostics.
  Value memref;
  OperandRange dynamicOffsets, dynamicSizes, dynamicStrides;
  ArrayRef<int64_t> staticOffsets, staticSizes, staticStrides;
};
} // namespace

/// Number of elements the pattern moves, if every size is static.
static std::optional<int64_t> getStaticElementCount(const AccessPattern &ap) {
  if (ap.staticSizes.empty()) {
    auto type = cast<MemRefType>(ap.memref.getType());
    if (!type.hasStaticShape())
      return std::nullopt;
    return type.getNumElements();
  }
  int64_t count = 1;
  for (int64_t size : ap.staticSizes) {
    if (ShapedType::isDynamic(size))
      return std::nullopt;
    count *= size;
  }
  return count;
}

static LogicalResult verifyAccessPattern(Operation *op,
                                         const AccessPattern &ap) {
  size_t rank = ap.staticOffsets.size();
  if (ap.staticSizes.size() != rank || ap.staticStrides.size() != rank)
    return op->emitOpError("expects the ")
           << ap.role << " offsets, sizes and strides to have the same length, "
           << "got " << rank << ", " << ap.staticSizes.size() << " and "
           << ap.staticStrides.size();

  // The static lists mark each SSA entry with kDynamic; the generic form can
  // disagree with the operand count, which would break every accessor.
  auto checkDynamicCount = [&](StringRef list, ArrayRef<int64_t> statics,
                               OperandRange values) -> LogicalResult {
    size_t expected = llvm::count_if(statics, ShapedType::isDynamic);
    if (expected == values.size())
      return success();
    return op->emitOpError("expects ")
           << expected << " SSA values for the " << ap.role << " " << list
           << ", got " << values.size();
  };
  if (failed(
          checkDynamicCount("offsets", ap.staticOffsets, ap.dynamicOffsets)) ||
      failed(checkDynamicCount("sizes", ap.staticSizes, ap.dynamicSizes)) ||
      failed(checkDynamicCount("strides", ap.staticStrides, ap.dynamicStrides)))
    return failure();

  for (auto [i, offset, size, stride] :
       llvm::enumerate(ap.staticOffsets, ap.staticSizes, ap.staticStrides)) {
    if (!ShapedType::isDynamic(offset) && offset < 0)
      return op->emitOpError("expects non-negative ")
             << ap.role << " offsets, but offset #" << i << " is " << offset;
    if (!ShapedType::isDynamic(size) && size <= 0)
      return op->emitOpError("expects positive ")
             << ap.role << " sizes, but size #" << i << " is " << size;
    if (!ShapedType::isDynamic(stride) && stride < 0)
      return op->emitOpError("expects non-negative ")
             << ap.role << " strides, but stride #" << i << " is " << stride;
  }

  // Bounds: only decidable for a fully static pattern on a static memref
  // whose elements are contiguous in row-major order.
  auto type = cast<MemRefType>(ap.memref.getType());
  bool fullyStatic =
      !llvm::any_of(llvm::concat<const int64_t>(
                        ap.staticOffsets, ap.staticSizes, ap.staticStrides),
                    ShapedType::isDynamic);
  if (rank == 0 || !fullyStatic || !type.hasStaticShape() ||
      !type.getLayout().isIdentity())
    return success();
  int64_t lastElement = 0;
  for (auto [offset, size, stride] :
       llvm::zip_equal(ap.staticOffsets, ap.staticSizes, ap.staticStrides))
    lastElement += (offset + size - 1) * stride;
  if (lastElement >= type.getNumElements())
    return op->emitOpError("has a ")
           << ap.role << " access pattern that reaches element " << lastElement
           << " of " << type << ", which has " << type.getNumElements()
           << " elements";
  return success();
}

namespace {
/// Accessors of one offsets/sizes/strides list of `OpTy`. `minValue` is the
/// smallest constant the fold may turn into a literal: folding an invalid
/// constant would make the verifier reject what canonicalization produced.
template <typename OpTy> struct AccessList {
  MutableOperandRange (OpTy::*getDynamic)();
  ArrayRef<int64_t> (OpTy::*getStatic)();
  void (OpTy::*setStatic)(ArrayRef<int64_t>);
  int64_t minValue;
};
} // namespace

static std::optional<int64_t> getFoldableConstant(Value value,
                                                  int64_t minValue) {
  std::optional<int64_t> constant = getConstantIntValue(value);
  if (constant && *constant >= minValue)
    return constant;
  return std::nullopt;
}

/// Replaces the constant SSA entries of `list` by literals.
template <typename OpTy>
static void foldConstantEntries(OpTy op, const AccessList<OpTy> &list) {
  MutableOperandRange dynamic = (op.*list.getDynamic)();
  OperandRange values = static_cast<OperandRange>(dynamic);
  SmallVector<Value> newDynamic;
  SmallVector<int64_t> newStatic;
  unsigned next = 0;
  for (int64_t entry : (op.*list.getStatic)()) {
    if (!ShapedType::isDynamic(entry)) {
      newStatic.push_back(entry);
      continue;
    }
    Value value = values[next++];
    if (std::optional<int64_t> constant =
            getFoldableConstant(value, list.minValue)) {
      newStatic.push_back(*constant);
      continue;
    }
    newStatic.push_back(ShapedType::kDynamic);
    newDynamic.push_back(value);
  }
  dynamic.assign(newDynamic);
  (op.*list.setStatic)(newStatic);
}

namespace {
/// Folds constant SSA offsets, sizes and strides into literals: the canonical
/// form of an access pattern.
template <typename OpTy>
struct FoldConstantAccessPattern : public OpRewritePattern<OpTy> {
  FoldConstantAccessPattern(MLIRContext *context,
                            SmallVector<AccessList<OpTy>> lists)
      : OpRewritePattern<OpTy>(context), lists(std::move(lists)) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    bool foldable = llvm::any_of(lists, [&](const AccessList<OpTy> &list) {
      OperandRange values = static_cast<OperandRange>((op.*list.getDynamic)());
      return llvm::any_of(values, [&](Value value) {
        return getFoldableConstant(value, list.minValue).has_value();
      });
    });
    if (!foldable)
      return failure();
    // Each list is re-read after the previous one is folded, since folding
    // shifts the operands of the lists after it.
    rewriter.modifyOpInPlace(op, [&] {
      for (const AccessList<OpTy> &list : lists)
        foldConstantEntries(op, list);
    });
    return success();
  }

  SmallVector<AccessList<OpTy>> lists;
};
} // namespace

//===----------------------------------------------------------------------===//
// DmaMemcpyNdOp
//===----------------------------------------------------------------------===//

void DmaMemcpyNdOp::build(OpBuilder &builder, OperationState &result,
                          Type asyncTokenType, ValueRange asyncDependencies,
                          Value dst, ArrayRef<OpFoldResult> dstOffsets,
                          ArrayRef<OpFoldResult> dstSizes,
                          ArrayRef<OpFoldResult> dstStrides, Value src,
                          ArrayRef<OpFoldResult> srcOffsets,
                          ArrayRef<OpFoldResult> srcSizes,
                          ArrayRef<OpFoldResult> srcStrides) {
  SmallVector<Value> dynamic[6];
  SmallVector<int64_t> statics[6];
  ArrayRef<OpFoldResult> lists[6] = {dstOffsets, dstSizes, dstStrides,
                                     srcOffsets, srcSizes, srcStrides};
  for (unsigned i = 0; i < 6; ++i)
    dispatchIndexOpFoldResults(lists[i], dynamic[i], statics[i]);
  build(builder, result, asyncTokenType, asyncDependencies, dst, dynamic[0],
        dynamic[1], dynamic[2], builder.getDenseI64ArrayAttr(statics[0]),
        builder.getDenseI64ArrayAttr(statics[1]),
        builder.getDenseI64ArrayAttr(statics[2]), src, dynamic[3], dynamic[4],
        dynamic[5], builder.getDenseI64ArrayAttr(statics[3]),
        builder.getDenseI64ArrayAttr(statics[4]),
        builder.getDenseI64ArrayAttr(statics[5]));
}

SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstOffsets() {
  return getMixedValues(getStaticDstOffsets(), getDstOffsets(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstSizes() {
  return getMixedValues(getStaticDstSizes(), getDstSizes(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstStrides() {
  return getMixedValues(getStaticDstStrides(), getDstStrides(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcOffsets() {
  return getMixedValues(getStaticSrcOffsets(), getSrcOffsets(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcSizes() {
  return getMixedValues(getStaticSrcSizes(), getSrcSizes(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcStrides() {
  return getMixedValues(getStaticSrcStrides(), getSrcStrides(), getContext());
}

void DmaMemcpyNdOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                MLIRContext *context) {
  using Op = DmaMemcpyNdOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessList<Op>>{
                   {&Op::getDstOffsetsMutable, &Op::getStaticDstOffsets,
                    &Op::setStaticDstOffsets, 0},
                   {&Op::getDstSizesMutable, &Op::getStaticDstSizes,
                    &Op::setStaticDstSizes, 1},
                   {&Op::getDstStridesMutable, &Op::getStaticDstStrides,
                    &Op::setStaticDstStrides, 0},
                   {&Op::getSrcOffsetsMutable, &Op::getStaticSrcOffsets,
                    &Op::setStaticSrcOffsets, 0},
                   {&Op::getSrcSizesMutable, &Op::getStaticSrcSizes,
                    &Op::setStaticSrcSizes, 1},
                   {&Op::getSrcStridesMutable, &Op::getStaticSrcStrides,
                    &Op::setStaticSrcStrides, 0}});
}

LogicalResult DmaMemcpyNdOp::verify() {
  AccessPattern dst{"destination",       getDst(),
                    getDstOffsets(),     getDstSizes(),
                    getDstStrides(),     getStaticDstOffsets(),
                    getStaticDstSizes(), getStaticDstStrides()};
  AccessPattern src{"source",
                    getSrc(),
                    getSrcOffsets(),
                    getSrcSizes(),
                    getSrcStrides(),
                    getStaticSrcOffsets(),
                    getStaticSrcSizes(),
                    getStaticSrcStrides()};
  if (failed(verifyAccessPattern(*this, dst)) ||
      failed(verifyAccessPattern(*this, src)))
    return failure();
  Type dstElement = getDst().getType().getElementType();
  Type srcElement = getSrc().getType().getElementType();
  if (dstElement != srcElement)
    return emitOpError("expects source and destination element types to "
                       "match, got ")
           << srcElement << " and " << dstElement;
  std::optional<int64_t> dstCount = getStaticElementCount(dst);
  std::optional<int64_t> srcCount = getStaticElementCount(src);
  if (dstCount && srcCount && *dstCount != *srcCount)
    return emitOpError("reads ")
           << *srcCount << " elements from the source but writes " << *dstCount
           << " to the destination";
  return success();
}

//===----------------------------------------------------------------------===//
// ChannelOp
//===----------------------------------------------------------------------===//

SmallVector<int64_t> ChannelOp::getShape() {
  return llvm::map_to_vector(getSize().getAsValueRange<IntegerAttr>(),
                             [](const APInt &v) { return v.getSExtValue(); });
}

LogicalResult ChannelOp::verify() {
  SmallVector<int64_t> shape = getShape();
  if (shape.empty())
    return emitOpError("expects at least one dimension");
  for (auto [i, extent] : llvm::enumerate(shape))
    if (extent <= 0)
      return emitOpError("expects positive sizes, but size #")
             << i << " is " << extent;
  std::optional<ArrayAttr> broadcast = getBroadcastShape();
  if (!broadcast)
    return success();
  if (broadcast->size() != shape.size())
    return emitOpError("expects broadcast_shape to have rank ")
           << shape.size() << ", got " << broadcast->size();
  for (auto [i, attr] : llvm::enumerate(*broadcast)) {
    int64_t extent = cast<IntegerAttr>(attr).getInt();
    if (extent <= 0)
      return emitOpError("expects positive broadcast_shape entries, but "
                         "entry #")
             << i << " is " << extent;
    if (shape[i] != 1 && shape[i] != extent)
      return emitOpError("broadcast_shape dimension #")
             << i << " (" << extent << ") must equal the size (" << shape[i]
             << ") or the size must be 1";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ChannelPutOp / ChannelGetOp
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult verifyChannelSymbolUse(OpTy op,
                                            SymbolTableCollection &tables) {
  auto channel =
      tables.lookupNearestSymbolFrom<ChannelOp>(op, op.getChanNameAttr());
  if (!channel)
    return op.emitOpError("'@")
           << op.getChanName() << "' does not reference an 'air.channel'";
  size_t numIndices = op.getIndices().size();
  if (numIndices != 0 && numIndices != channel.getRank())
    return op.emitOpError("expects 0 or ")
           << channel.getRank() << " indices for channel '@" << op.getChanName()
           << "', got " << numIndices;
  return success();
}

SmallVector<OpFoldResult> ChannelPutOp::getMixedOffsets() {
  return getMixedValues(getStaticSrcOffsets(), getSrcOffsets(), getContext());
}
SmallVector<OpFoldResult> ChannelPutOp::getMixedSizes() {
  return getMixedValues(getStaticSrcSizes(), getSrcSizes(), getContext());
}
SmallVector<OpFoldResult> ChannelPutOp::getMixedStrides() {
  return getMixedValues(getStaticSrcStrides(), getSrcStrides(), getContext());
}

void ChannelPutOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  using Op = ChannelPutOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessList<Op>>{
                   {&Op::getSrcOffsetsMutable, &Op::getStaticSrcOffsets,
                    &Op::setStaticSrcOffsets, 0},
                   {&Op::getSrcSizesMutable, &Op::getStaticSrcSizes,
                    &Op::setStaticSrcSizes, 1},
                   {&Op::getSrcStridesMutable, &Op::getStaticSrcStrides,
                    &Op::setStaticSrcStrides, 0}});
}

LogicalResult ChannelPutOp::verify() {
  return verifyAccessPattern(*this, {"source", getSrc(), getSrcOffsets(),
                                     getSrcSizes(), getSrcStrides(),
                                     getStaticSrcOffsets(), getStaticSrcSizes(),
                                     getStaticSrcStrides()});
}

LogicalResult
ChannelPutOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  return verifyChannelSymbolUse(*this, symbolTable);
}

SmallVector<OpFoldResult> ChannelGetOp::getMixedOffsets() {
  return getMixedValues(getStaticDstOffsets(), getDstOffsets(), getContext());
}
SmallVector<OpFoldResult> ChannelGetOp::getMixedSizes() {
  return getMixedValues(getStaticDstSizes(), getDstSizes(), getContext());
}
SmallVector<OpFoldResult> ChannelGetOp::getMixedStrides() {
  return getMixedValues(getStaticDstStrides(), getDstStrides(), getContext());
}

void ChannelGetOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  using Op = ChannelGetOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessList<Op>>{
                   {&Op::getDstOffsetsMutable, &Op::getStaticDstOffsets,
                    &Op::setStaticDstOffsets, 0},
                   {&Op::getDstSizesMutable, &Op::getStaticDstSizes,
                    &Op::setStaticDstSizes, 1},
                   {&Op::getDstStridesMutable, &Op::getStaticDstStrides,
                    &Op::setStaticDstStrides, 0}});
}

LogicalResult ChannelGetOp::verify() {
  return verifyAccessPattern(*this, {"destination", getDst(), getDstOffsets(),
                                     getDstSizes(), getDstStrides(),
                                     getStaticDstOffsets(), getStaticDstSizes(),
                                     getStaticDstStrides()});
}

LogicalResult
ChannelGetOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  return verifyChannelSymbolUse(*this, symbolTable);
}

#define GET_OP_CLASSES
#include "herdflow/Dialect/AIR/IR/AIROps.cpp.inc"

//===----------------------------------------------------------------------===//
// TransferOpInterface
//===----------------------------------------------------------------------===//

unsigned DmaMemcpyNdOp::getNumSides() { return 2; }
TransferSide DmaMemcpyNdOp::getSide(unsigned index) {
  if (index == 0)
    return {TransferSide::Access::Read, getSrc(), getMixedSrcOffsets(),
            getMixedSrcSizes(), getMixedSrcStrides()};
  return {TransferSide::Access::Write, getDst(), getMixedDstOffsets(),
          getMixedDstSizes(), getMixedDstStrides()};
}

unsigned ChannelPutOp::getNumSides() { return 1; }
TransferSide ChannelPutOp::getSide(unsigned) {
  return {TransferSide::Access::Read, getSrc(), getMixedOffsets(),
          getMixedSizes(), getMixedStrides()};
}

unsigned ChannelGetOp::getNumSides() { return 1; }
TransferSide ChannelGetOp::getSide(unsigned) {
  return {TransferSide::Access::Write, getDst(), getMixedOffsets(),
          getMixedSizes(), getMixedStrides()};
}

//===----------------------------------------------------------------------===//
// Memory levels
//===----------------------------------------------------------------------===//

std::optional<MemoryLevel> herdflow::air::getMemoryLevel(Attribute space) {
  if (!space)
    return MemoryLevel::L3;
  auto integer = dyn_cast<IntegerAttr>(space);
  if (!integer)
    return std::nullopt;
  switch (integer.getInt()) {
  case 0:
    return MemoryLevel::L3;
  case 1:
    return MemoryLevel::L2;
  case 2:
    return MemoryLevel::L1;
  default:
    return std::nullopt;
  }
}

std::optional<MemoryLevel> herdflow::air::getMemoryLevel(Value memref) {
  auto type = dyn_cast<BaseMemRefType>(memref.getType());
  if (!type)
    return std::nullopt;
  return getMemoryLevel(type.getMemorySpace());
}

StringRef herdflow::air::stringifyMemoryLevel(MemoryLevel level) {
  switch (level) {
  case MemoryLevel::L3:
    return "L3";
  case MemoryLevel::L2:
    return "L2";
  case MemoryLevel::L1:
    return "L1";
  }
  llvm_unreachable("unknown memory level");
}
