//===- Transforms.h - herdflow rewrites as functions ------------*- C++ -*-===//
//
// The rewrites behind herdflow's passes, reusable from other passes and from
// transform-dialect ops. Each returns failure, with the reason, when its
// input is not in the form it handles, and then leaves the IR unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TRANSFORMS_TRANSFORMS_H
#define HERDFLOW_TRANSFORMS_TRANSFORMS_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"

#include <string>

namespace herdflow {

/// How aie-fuse-fill-into-loop initializes the L1 accumulator.
enum class FillFusionMode {
  /// scf.if (first iteration of every K loop) { fill L1 } else { pack }.
  Conditional,
  /// Peel the first iteration of the K loops and fill L1 there.
  Peel,
};

/// Moves the accumulator initialization `fill` (of an L2 or L3 view, before
/// a K loop nest that packs that view into L1) into the nest, as a fill of
/// the L1 buffer on the first iteration; erases `fill` when the nest provably
/// overwrites the view before anything else reads it (otherwise remarks why
/// it is kept).
mlir::LogicalResult fuseFillIntoLoop(mlir::RewriterBase &rewriter,
                                     mlir::linalg::FillOp fill,
                                     FillFusionMode mode, std::string &whyNot);

/// Moves copies out of the loops under `root` to the outermost level where
/// they stay exact, and removes the round trips the front end leaves (see
/// aie-hoist-pack-unpack); repeats until nothing changes.
void hoistPackUnpack(mlir::RewriterBase &rewriter, mlir::Operation *root);

/// Applies the elementwise `epilogue`, which reads the unpacked accumulator
/// a linalg.transpose wrote, to the packed accumulator instead, and lets the
/// unpack move the epilogue's result to where the epilogue's copy-out wrote
/// it (see aie-fuse-epilogue-into-unpack). Erases the unpacked buffer when
/// nothing else reads it. Fails with the reason in `whyNot`, changing
/// nothing, when memory effects do not prove the rewrite exact.
mlir::LogicalResult fuseEpilogueIntoUnpack(mlir::RewriterBase &rewriter,
                                           mlir::linalg::GenericOp epilogue,
                                           std::string &whyNot);

/// Moves `loop`, a reduction loop whose body stages data for one core
/// forall (#gpu.thread) of a single core, into that forall, together with
/// the block-level ops on L1 buffers before and after it (the accumulator's
/// allocation, fill and unpack): iree-amd-aie's pack-peel loop order to the
/// streaming-K order (see aie-sink-reduction-loop-into-herd). Fails with the
/// reason in `whyNot`, changing nothing, for any other form (a herd of
/// several cores among them).
mlir::LogicalResult sinkReductionLoopIntoHerd(mlir::RewriterBase &rewriter,
                                              mlir::scf::ForOp loop,
                                              std::string &whyNot);

/// Splits `pack`, a linalg.transpose into L1 of elements narrower than 32
/// bits whose innermost dimension is not contiguous in the source (no DMA
/// can walk it), into a transpose into a new L1 buffer with the source's
/// contiguous dimension innermost (the DMA) and a transpose within L1 into
/// `pack`'s destination (the core-side shuffle); see
/// aie-legalize-narrow-packs. Returns false, changing nothing, for a
/// transpose that is not such a pack; fails with the reason in `whyNot`,
/// changing nothing, for one that cannot be split (no contiguous source
/// dimension, strides or rows that are not whole 32-bit words).
mlir::FailureOr<bool> legalizeNarrowPack(mlir::RewriterBase &rewriter,
                                         mlir::linalg::TransposeOp pack,
                                         std::string &whyNot);

/// The folds of aie-hoist-pack-unpack as patterns: an unpack through an L1
/// temporary into one transpose, a fill then pack into a fill of the packed
/// buffer, a repeated copy or a pack undoing an unpack into buffer reuse, a
/// write overwritten before it is read erased. Apply them to ops isolated
/// from above (a function), e.g. through
/// `transform.apply_patterns.aie.pack_unpack_folds`.
void populatePackUnpackFoldPatterns(mlir::RewritePatternSet &patterns);

/// How aie-forall-to-air maps foralls (see its pass options).
struct ForallToAIROptions {
  /// An unmapped innermost forall becomes a herd.
  bool innermostAsHerd = false;
  /// Symbols are `<herdName>_N` and `<segmentName>_N`.
  std::string herdName = "herd";
  std::string segmentName = "segment";
};

/// Converts the `scf.forall`s of `module` mapped to `#gpu.block` into
/// `air.launch` + `air.segment` and those mapped to `#gpu.thread` into
/// `air.herd` (see aie-forall-to-air); remarks for foralls left unchanged.
/// Fails, with an error at the forall and nothing changed, when a mapped
/// forall has more dimensions than its hierarchy op can have.
mlir::LogicalResult convertForallsToAIR(mlir::RewriterBase &rewriter,
                                        mlir::ModuleOp module,
                                        const ForallToAIROptions &options);

/// Converts every copy-like op under `root` between memory levels into an
/// `air.dma_memcpy_nd` (see aie-copy-to-dma); remarks for the ones it
/// cannot express.
void convertCopiesToDMA(mlir::RewriterBase &rewriter, mlir::Operation *root);

/// Makes `herd` placeable (see aie-dma-to-channel): L3->L2 staging moves to
/// the segment once per distinct tile, L2<->L1 transfers become channel
/// put/get pairs declared in `symbols`' module, segment buffers the herd
/// writes are split per herd column. Channels are named `channel_N` from
/// `nextChannelId` on (skipping names in use; advanced past the ones taken,
/// so converting many herds stays linear). Fails with the reason in
/// `whyNot`, changing nothing, when the herd is not in a form it handles.
mlir::LogicalResult convertHerdToChannels(mlir::RewriterBase &rewriter,
                                          air::HerdOp herd,
                                          mlir::SymbolTable &symbols,
                                          unsigned &nextChannelId,
                                          std::string &whyNot);

/// A segment-side get of a herd's write-back into L2 and the herd column of
/// the core it receives from.
struct WriteBack {
  air::ChannelGetOp get;
  int64_t column;
};

/// The write-backs of `herd` in channel form: segment gets on channels on
/// which every core puts to its own stream (indexed by its tile ids), with
/// constant indices.
llvm::SmallVector<WriteBack> findWriteBacks(air::HerdOp herd);

/// Splits each segment L2 buffer that `writeBacks` write into one piece per
/// herd column (see aie-split-l2-memref); leaves a buffer whole unless every
/// write-back lands in its column's piece and the segment otherwise only
/// moves it whole.
void splitL2BuffersPerColumn(mlir::RewriterBase &rewriter,
                             llvm::ArrayRef<WriteBack> writeBacks,
                             int64_t columns);

/// Splits each L2 buffer allocated in `segment` (outside its herd) that the
/// segment only fills whole and reads through channel puts into as many
/// pieces along its outer dimension as a herd dimension has cores (the
/// largest that works), piece i in memtile i modulo the herd's columns, when
/// every put stays within one piece over all iterations of its loops; leaves
/// it whole otherwise. Then splitL2BuffersAlongReadLoops.
void splitL2BuffersPerReader(mlir::RewriterBase &rewriter,
                             air::SegmentOp segment,
                             llvm::ArrayRef<int64_t> herdShape);

/// Splits each 2-D L2 buffer allocated in `segment` (outside its herd) that
/// the segment only fills whole and reads through channel puts into its two
/// column halves, when one loop around the puts reads the first half in its
/// first iterations and the second half in the rest: the loop is split
/// there (a copy of it runs the first iterations), so each half can be
/// refilled while the other is read (A staged once per block under L2
/// reuse: the next block's first half loads during this block's last reads
/// of the second).
void splitL2BuffersAlongReadLoops(mlir::RewriterBase &rewriter,
                                  air::SegmentOp segment);

/// Lets transfers with the same endpoints that run one after the other share
/// a hardware channel (see aie-share-peeled-dmas).
void sharePeeledDmas(mlir::RewriterBase &rewriter, mlir::ModuleOp module);

/// Folds peeled transfers back into their loop when `target`'s DMAs can
/// walk the loop as one more dimension (see aie-unpeel-transfers).
void unpeelTransfers(mlir::RewriterBase &rewriter, mlir::ModuleOp module,
                     const TargetDescription &target);

/// Gives `launch` and everything in it mlir-air's async form (see
/// aie-air-dependency): tokens with the true dependencies from memory
/// effects, allocations and compute in `air.execute`, loops carrying a
/// token; the host waits for the launch. Fails with the reason, changing
/// nothing, when the launch is already (partly) async or a region other than
/// scf.for holds transfers or compute.
mlir::LogicalResult makeAIRAsync(mlir::RewriterBase &rewriter,
                                 air::LaunchOp launch, std::string &whyNot);

/// Removes the `args` of a launch, segment or herd that its body does not
/// use.
void pruneUnusedKernelArguments(mlir::RewriterBase &rewriter,
                                air::HierarchyInterface op);

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_TRANSFORMS_H
