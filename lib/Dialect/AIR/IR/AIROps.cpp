//===- AIROps.cpp - AIR operations: hierarchy, syntax, op classes ---------===//
//
// The hierarchy ops (launch, segment, herd) and what all AIR ops share; the
// transfer ops (dma_memcpy_nd, channels) are in AIRTransferOps.cpp.

#include "AIRAsmHelpers.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace herdflow::air;
using namespace herdflow::air::detail;

//===----------------------------------------------------------------------===//
// `async [deps]`: the optional async marker and dependency list shared by all
// AIR ops, in mlir-air's syntax.
//===----------------------------------------------------------------------===//

ParseResult herdflow::air::detail::parseAsyncDependencies(
    OpAsmParser &parser, Type &asyncTokenType,
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
void herdflow::air::detail::printAsyncDependencies(OpAsmPrinter &printer,
                                                   Operation *,
                                                   Type asyncTokenType,
                                                   OperandRange deps) {
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

#define GET_OP_CLASSES
#include "herdflow/Dialect/AIR/IR/AIROps.cpp.inc"

//===----------------------------------------------------------------------===//
// ExecuteOp: `air.execute [deps] -> (types) { ... } attr-dict`, as mlir-air
// prints it (always async, so no `async` keyword).
//===----------------------------------------------------------------------===//

void ExecuteOp::build(OpBuilder &builder, OperationState &result,
                      TypeRange resultTypes, ValueRange asyncDependencies) {
  result.addOperands(asyncDependencies);
  result.addTypes(AsyncTokenType::get(builder.getContext()));
  result.addTypes(resultTypes);
  Region *body = result.addRegion();
  ExecuteOp::ensureTerminator(*body, builder, result.location);
}

ParseResult ExecuteOp::parse(OpAsmParser &parser, OperationState &result) {
  SmallVector<OpAsmParser::UnresolvedOperand> deps;
  if (succeeded(parser.parseOptionalLSquare()) &&
      failed(parser.parseOptionalRSquare()) &&
      (parser.parseOperandList(deps) || parser.parseRSquare()))
    return failure();
  Type tokenType = AsyncTokenType::get(parser.getContext());
  if (parser.resolveOperands(deps, tokenType, result.operands))
    return failure();
  SmallVector<Type> types;
  if (succeeded(parser.parseOptionalArrow()) &&
      (parser.parseLParen() || parser.parseTypeList(types) ||
       parser.parseRParen()))
    return failure();
  result.addTypes(tokenType);
  result.addTypes(types);
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, /*arguments=*/{}) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  ExecuteOp::ensureTerminator(*body, parser.getBuilder(), result.location);
  return success();
}

void ExecuteOp::print(OpAsmPrinter &printer) {
  if (!getAsyncDependencies().empty()) {
    printer << " [";
    llvm::interleaveComma(getAsyncDependencies(), printer);
    printer << ']';
  }
  if (!getResults().empty()) {
    printer << " -> (";
    llvm::interleaveComma(getResults().getTypes(), printer);
    printer << ')';
  }
  printer << ' ';
  printer.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                      /*printBlockTerminators=*/!getResults().empty());
  printer.printOptionalAttrDict((*this)->getAttrs());
}

LogicalResult ExecuteOp::verify() {
  auto terminator =
      cast<ExecuteTerminatorOp>(getBody().front().getTerminator());
  if (terminator.getResults().getTypes() != getResults().getTypes())
    return emitOpError("yields ")
           << terminator.getResults().size()
           << " value(s) whose types do not match its result types";
  return success();
}
