//===- Passes.td - herdflow passes -------------------------*- tablegen -*-===//

#ifndef HERDFLOW_TRANSFORMS_PASSES_TD
#define HERDFLOW_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def EraseMemorySpacesPass : Pass<"aie-erase-memory-spaces", "::mlir::ModuleOp"> {
  let summary = "Erase the memory spaces of memref types, for CPU execution";
  let description = [{
    L2 (memory space 1) and L1 (memory space 2) buffers mean nothing to a CPU,
    and the LLVM lowering turns them into `!llvm.ptr<N>` that `malloc`/`free`
    calls do not accept. This pass rewrites every memref type in the module
    (values, block arguments, function types, type attributes) to the default
    memory space, and folds `memref.memory_space_cast` ops that become
    identities. The program computes the same values afterwards.

    Before:
    ```mlir
    func.func @f(%a: memref<32x32xi32, 1>) {
      %l1 = memref.alloc() : memref<32x32xi32, 2>
      linalg.copy ins(%a : memref<32x32xi32, 1>) outs(%l1 : memref<32x32xi32, 2>)
      ...
    }
    ```
    After:
    ```mlir
    func.func @f(%a: memref<32x32xi32>) {
      %l1 = memref.alloc() : memref<32x32xi32>
      linalg.copy ins(%a : memref<32x32xi32>) outs(%l1 : memref<32x32xi32>)
      ...
    }
    ```
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def SinkReductionLoopIntoHerdPass : Pass<"aie-sink-reduction-loop-into-herd"> {
  let summary = "Move a reduction loop around a one-core forall into it (pack-peel order to streaming-K)";
  let description = [{
    iree-amd-aie's pack-peel pipeline leaves the K loop outside the core
    forall (#gpu.thread): each K iteration stages A and B in L2 at the block
    level, then the forall packs them into L1 and accumulates into an L1
    buffer that the block allocates, fills before the loop and unpacks after
    it. AIR cannot run that order (L1 belongs to a herd, and a herd launched
    per K iteration cannot keep its accumulator). This pass takes it to the
    streaming-K order: the loop moves into the forall, the forall's body
    inlined in the loop after the staging, and the block-level ops on L1
    buffers (allocation, fill, unpack and their deallocations) move into the
    forall around the loop.

    Implemented for a herd of one core, where the forall's body runs once per
    run of the block, so every op keeps its place in the sequence of memory
    effects; the ops that stay on the host and change places with a moved one
    are checked (from their memory effects) not to touch its buffers. A herd
    of several cores would need the block's L1 buffers split per core: it is
    left unchanged with a remark, as is any other form (the loop or forall
    carrying values, ops with regions in the staging, a value of an L1 op
    used on the host). Loops that are not reductions are passed by without
    a remark: a loop whose iterations each write only buffers allocated in
    its body, or tiles of a loop-invariant buffer whose offset moves with
    the induction variable by at least the tile's size per iteration (L2
    reuse's loop over herd tiles).

    Before:
    ```mlir
    %acc = memref.alloc() : memref<16x16x4x4xi32, 2>
    linalg.fill ins(%c0_i32 : i32) outs(%acc : memref<16x16x4x4xi32, 2>)
    scf.for %k = %c0 to %c4 step %c1 {
      %a_l2 = memref.alloc() : memref<64x32xi32, 1>
      memref.copy %a_slice, %a_l2 : ...
      scf.forall (%i, %j) in (1, 1) {
        ... pack %a_l2 into L1, matmul into %acc ...
      } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
      memref.dealloc %a_l2 : memref<64x32xi32, 1>
    }
    linalg.transpose ins(%acc : ...) outs(%unpacked : ...) permutation = ...
    ```
    After:
    ```mlir
    scf.forall (%i, %j) in (1, 1) {
      %acc = memref.alloc() : memref<16x16x4x4xi32, 2>
      linalg.fill ins(%c0_i32 : i32) outs(%acc : memref<16x16x4x4xi32, 2>)
      scf.for %k = %c0 to %c4 step %c1 {
        %a_l2 = memref.alloc() : memref<64x32xi32, 1>
        memref.copy %a_slice, %a_l2 : ...
        ... pack %a_l2 into L1, matmul into %acc ...
        memref.dealloc %a_l2 : memref<64x32xi32, 1>
      }
      linalg.transpose ins(%acc : ...) outs(%unpacked : ...) permutation = ...
    } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
    ```
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect"];
}

def FuseFillIntoLoopPass : Pass<"aie-fuse-fill-into-loop"> {
  let summary = "Initialize the accumulator in L1 inside the K loops";
  let description = [{
    The front end initializes the accumulator with a `linalg.fill` of its L2
    view before the K loops and packs that view into an L1 buffer on every
    inner K iteration, so the zeros travel L2 -> L1 and the L2 buffer is
    written once for nothing. This pass fills the L1 buffer on the first
    iteration of the K loops instead:

    - `mode=conditional` (default): the pack becomes
      `scf.if (first iteration of every K loop) { fill L1 } else { pack }`;
    - `mode=peel`: the first iteration of each K loop is peeled (upstream
      `scf::peelForLoopFirstIteration`) and, in the part that runs the first
      iteration of all of them, the fill replaces the pack; the one-trip loops
      peeling leaves are inlined. A K loop with one iteration is not peeled.

    The L2 fill is erased when the innermost loop overwrites the whole view
    (the unpack) after the pack, nothing else in the loops reads the view, and
    every loop provably runs at least once: then no later reader sees its
    values. Otherwise it is kept with a remark. The legality comes from the
    shared access-pattern analysis (which elements each copy touches), not
    from op names. A fill the pass cannot handle is left unchanged with a
    remark saying why.

    Before (per core, the discussion's schedule):
    ```mlir
    linalg.fill ins(%c0_i32 : i32) outs(%acc : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>)
    scf.for %k = %c0 to %c2048 step %c256 {
      scf.for %kk = %c0 to %c256 step %c32 {
        ...
        linalg.transpose ins(%acc_expanded : ...) outs(%acc_l1 : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
        linalg.generic ... outs(%acc_l1 : memref<4x8x4x8xi32, 2>)
        ... unpack %acc_l1 into %acc ...
      }
    }
    ```
    After (`mode=conditional`):
    ```mlir
    scf.for %k = %c0 to %c2048 step %c256 {
      scf.for %kk = %c0 to %c256 step %c32 {
        ...
        %first_k = arith.cmpi eq, %k, %c0 : index
        %first_kk = arith.cmpi eq, %kk, %c0 : index
        %first = arith.andi %first_k, %first_kk : i1
        scf.if %first {
          linalg.fill ins(%c0_i32 : i32) outs(%acc_l1 : memref<4x8x4x8xi32, 2>)
        } else {
          linalg.transpose ins(%acc_expanded : ...) outs(%acc_l1 : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
        }
        ...
      }
    }
    ```
  }];
  let options = [
    Option<"mode", "mode", "::herdflow::FillFusionMode",
           "::herdflow::FillFusionMode::Conditional",
           "How the first iteration initializes L1",
           [{::llvm::cl::values(
             clEnumValN(::herdflow::FillFusionMode::Conditional, "conditional",
                        "scf.if on the first iteration of the K loops"),
             clEnumValN(::herdflow::FillFusionMode::Peel, "peel",
                        "peel the first iteration of the K loops"))}]>,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::scf::SCFDialect"];
}

def HoistPackUnpackPass : Pass<"aie-hoist-pack-unpack"> {
  let summary = "Move packs, unpacks and copies to the right loop level";
  let description = [{
    Puts each transfer of the streaming-K schedule at the outermost loop level
    where it stays exact, and removes the round trips the front end leaves.
    Repeated until nothing changes:

    - an unpack through an L1 temporary (transpose into a temporary,
      collapse_shape, copy into the L2 view) becomes one transpose into an
      expand_shape of the L2 view: no second L1 copy of the accumulator;
    - a read and a write of the same loop-invariant view that pair the same
      elements (the accumulator's pack L2 -> L1 and unpack L1 -> L2) leave the
      loop together, the read before it and the write after it, the L1 buffer
      carried across iterations, when nothing else in the loop touches the
      view and the loop runs at least once. A read guarded by
      `scf.if (first iteration)` (aie-fuse-fill-into-loop) is hoisted with its
      guard evaluated at the first iteration;
    - a copy whose source the loop does not change into a buffer the loop
      allocates and only that copy writes (the L3 -> L2 staging of A and B in
      the inner K loop) moves out of the loop with its allocation;
    - "fill V, then pack V into X" becomes "fill X";
    - a fill or copy into a buffer the function allocates whose elements are
      all overwritten before anything reads them is erased.

    Legality comes from the shared access-pattern analysis (which elements
    each transfer touches, which loops it depends on, what the loop writes)
    and static trip counts, never from op names.

    Before (per core, after aie-fuse-fill-into-loop):
    ```mlir
    scf.for %k = %c0 to %c2048 step %c256 {
      scf.for %kk = %c0 to %c256 step %c32 {
        %a_l2 = memref.alloc() : memref<32x256xi32, 1>
        linalg.copy ins(%a_l3_k : ...) outs(%a_l2 : memref<32x256xi32, 1>)
        ... packs of A and B ...
        scf.if %first { linalg.fill ... outs(%acc_l1 ...) } else { pack %acc -> %acc_l1 }
        linalg.generic ... outs(%acc_l1 : memref<4x8x4x8xi32, 2>)
        linalg.transpose ins(%acc_l1 ...) outs(%tmp : memref<8x4x4x8xi32, 2>) ...
        %flat = memref.collapse_shape %tmp ...
        linalg.copy ins(%flat ...) outs(%acc : ...)
      }
    }
    ```
    After:
    ```mlir
    %acc_l1 = memref.alloc() : memref<4x8x4x8xi32, 2>
    linalg.fill ins(%c0_i32 : i32) outs(%acc_l1 : memref<4x8x4x8xi32, 2>)
    scf.for %k = %c0 to %c2048 step %c256 {
      %a_l2 = memref.alloc() : memref<32x256xi32, 1>
      linalg.copy ins(%a_l3_k : ...) outs(%a_l2 : memref<32x256xi32, 1>)
      ...
      scf.for %kk = %c0 to %c256 step %c32 {
        ... packs of A and B ...
        linalg.generic ... outs(%acc_l1 : memref<4x8x4x8xi32, 2>)
      }
    }
    linalg.transpose ins(%acc_l1 ...) outs(%acc_expanded : ...) permutation = [1, 2, 0, 3]
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def FuseEpilogueIntoUnpackPass : Pass<"aie-fuse-epilogue-into-unpack"> {
  let summary = "Apply an elementwise epilogue to the packed L1 accumulator";
  let description = [{
    An elementwise `linalg.generic` (all loops parallel, identity map on its
    output and on the operand it reads the accumulator through) that reads the
    buffer a `linalg.transpose` unpacked the accumulator into (directly, or
    through an `expand_shape` of it) and writes a tile that one copy then moves
    out, is rewritten to run on the packed accumulator: its iteration space
    becomes the packed buffer's, its other operands (a bias per row or per
    column, a full tensor, ...) are read through the unpack's layout composed
    with their maps, it writes a packed tile of its own element type, and the
    unpack's transpose moves that tile to where the copy wrote. The unpacked
    buffer is erased when nothing else reads it.

    The epilogue thus runs in L1 on the accumulator after the last K
    iteration, and what leaves the core is the epilogue's result (half or a
    quarter of the bytes for a narrowing epilogue); the write-back keeps the
    unpack's pattern, which aie-copy-to-dma folds into the DMA.

    Legality is proved from memory effects: nothing between the unpack and
    the epilogue writes either buffer (the packed buffer's dealloc there moves
    after the epilogue), the epilogue's tile is written only by it and read
    only by its copy-out, and the body is free of side effects and does not
    read the iteration index. An epilogue that reads an unpacked accumulator
    but fails these checks is left unchanged with a remark.

    Before (per core, after aie-hoist-pack-unpack):
    ```mlir
    linalg.transpose ins(%acc_l1 : memref<4x8x4x8xi32, 2>)
        outs(%acc_expanded : memref<8x4x4x8xi32, 1>) permutation = [1, 2, 0, 3]
    memref.dealloc %acc_l1 : memref<4x8x4x8xi32, 2>
    %tile = memref.alloc() : memref<32x32xi8, 2>
    linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>,
                                     affine_map<(d0, d1) -> (d1)>,
                                     affine_map<(d0, d1) -> (d0, d1)>], ...}
        ins(%acc, %bias_l1 : memref<32x32xi32, 1>, memref<32xi32, 2>)
        outs(%tile : memref<32x32xi8, 2>) { ... }
    memref.copy %tile, %out_l2 : memref<32x32xi8, 2> to memref<32x32xi8, strided<[64, 1], offset: ?>, 1>
    ```
    After:
    ```mlir
    %packed_tile = memref.alloc() : memref<4x8x4x8xi8, 2>
    linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>,
                                     affine_map<(d0, d1, d2, d3) -> (d0 * 8 + d3)>,
                                     affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], ...}
        ins(%acc_l1, %bias_l1 : memref<4x8x4x8xi32, 2>, memref<32xi32, 2>)
        outs(%packed_tile : memref<4x8x4x8xi8, 2>) { ... }
    memref.dealloc %acc_l1 : memref<4x8x4x8xi32, 2>
    %out_expanded = memref.expand_shape %out_l2 [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] ...
    linalg.transpose ins(%packed_tile : memref<4x8x4x8xi8, 2>)
        outs(%out_expanded : ...) permutation = [1, 2, 0, 3]
    memref.dealloc %packed_tile : memref<4x8x4x8xi8, 2>
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect"];
}

def LegalizeNarrowPacksPass : Pass<"aie-legalize-narrow-packs"> {
  let summary = "Split narrow-type transposing packs into a DMA and a core-side transpose";
  let description = [{
    AIE DMAs move 32-bit words: for elements narrower than 32 bits the
    innermost dimension of a transfer must be contiguous. A pack into L1
    (`linalg.transpose` from L2 or L3 into L1) of i8/i16/bf16 elements whose
    innermost dimension runs across the source's rows, as the pack of a
    transposed A (stored K x M) or B (stored N x K) does, cannot be walked by
    any DMA. Each such pack is split in two: a transpose into a new L1 buffer
    whose innermost dimension is the one along which the source is
    contiguous (the DMA moves whole rows of the stored operand), then a
    transpose within L1 into the pack's destination (the core-side shuffle
    into the layout the compute reads).

    Both steps permute the same elements, so the result is exact; the cost,
    one more L1 buffer and the shuffle's cycles, is what aie-check-resources
    and the performance model count. A pack that has no contiguous source
    dimension, or whose strides or contiguous rows are not whole 32-bit
    words, is left unchanged with a remark (aie-check-resources then names
    the rule it breaks).

    Before (a transposed bf16 B, stored N x K, packed into L1 as
    [K/8][N/4][8][4]):
    ```mlir
    %b = memref.expand_shape %b_l2 [[0, 1], [2, 3]] output_shape [8, 4, 4, 8]
        : memref<32x32xbf16, 1> into memref<8x4x4x8xbf16, 1>
    linalg.transpose ins(%b : memref<8x4x4x8xbf16, 1>)
        outs(%b_l1 : memref<4x8x8x4xbf16, 2>) permutation = [2, 0, 3, 1]
    ```
    After (the DMA moves rows of 8 contiguous K elements; the core swaps the
    inner two dimensions):
    ```mlir
    %staging = memref.alloc() : memref<4x8x4x8xbf16, 2>
    linalg.transpose ins(%b : memref<8x4x4x8xbf16, 1>)
        outs(%staging : memref<4x8x4x8xbf16, 2>) permutation = [2, 0, 1, 3]
    linalg.transpose ins(%staging : memref<4x8x4x8xbf16, 2>)
        outs(%b_l1 : memref<4x8x8x4xbf16, 2>) permutation = [0, 1, 3, 2]
    memref.dealloc %staging : memref<4x8x4x8xbf16, 2>
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect"];
}

def ForallToAIRPass : Pass<"aie-forall-to-air", "::mlir::ModuleOp"> {
  let summary = "Convert scf.forall to air.launch / air.segment / air.herd";
  let description = [{
    An `scf.forall` mapped to `#gpu.block<...>` becomes an `air.launch` over
    the same iteration space whose body is one `air.segment`; an `scf.forall`
    mapped to `#gpu.thread<...>` becomes an `air.herd` (at most 2
    dimensions; more is an error). Induction variables become the
    launch/tile ids: a launch's in the forall's dimension order; a herd's
    with the `#gpu.thread<x>` dimension first, because dimension 0 of an
    AIR herd runs along the array's columns and dimension 1 along its rows
    (mlir-air's `HerdOp::getNumCols()` is size operand 0). The hierarchy ops are
    isolated from above: every value the body uses from outside becomes an
    `args` operand, except constants, which are re-created inside. Ops move
    with their buffers: a buffer allocated per core stays in the herd, one
    allocated per block lands in the segment. Non-normalized foralls are
    normalized first (upstream `scf::normalizeForallOp`). Symbols are
    `<segment-name>_<i>` and `<herd-name>_<i>` in program order of
    conversion. A forall that is not mapped (and not taken by
    `innermost-as-herd`), has tensor results or dynamic bounds is left
    unchanged with a remark.

    Before:
    ```mlir
    scf.forall (%i, %j) in (16, 8) {
      %l2 = memref.alloc() : memref<64x64xi32, 1>
      scf.forall (%ti, %tj) in (2, 2) {
        ... uses %A, %l2, %i, %ti ...
      } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
    } {mapping = [#gpu.block<y>, #gpu.block<x>]}
    ```
    After:
    ```mlir
    air.launch (%i, %j) in (%si=%c16, %sj=%c8) args(%a=%A) : memref<...> {
      air.segment @segment_0 args(%si2=%i, %a2=%a) : index, memref<...> {
        %l2 = memref.alloc() : memref<64x64xi32, 1>
        %c2 = arith.constant 2 : index
        air.herd @herd_0 tile (%tj, %ti) in (%stj=%c2, %sti=%c2)
            args(%i3=%si2, %a3=%a2, %l23=%l2) : index, memref<...>, memref<64x64xi32, 1> {
          ...
        }
      }
    }
    ```
  }];
  let options = [
    Option<"innermostAsHerd", "innermost-as-herd", "bool", "false",
           "Also convert an unmapped innermost scf.forall into a herd">,
    Option<"herdName", "herd-name", "std::string", "\"herd\"",
           "Prefix of the herds' symbol names">,
    Option<"segmentName", "segment-name", "std::string", "\"segment\"",
           "Prefix of the segments' symbol names">,
  ];
  let dependentDialects = ["::herdflow::air::AIRDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::affine::AffineDialect"];
}

def AIRDependencyPass : Pass<"aie-air-dependency", "::mlir::ModuleOp"> {
  let summary = "Give an AIR program mlir-air's async form: tokens with true dependencies";
  let description = [{
    The form mlir-air's toolchain schedules by: every `air.dma_memcpy_nd`,
    `air.channel.put`/`get`, `air.herd`, `air.segment` and `air.launch`
    returns an async token and waits for the tokens of the ops it depends on;
    allocations, deallocations and compute run inside `air.execute`; an
    `scf.for` carries a token (its body starts from it and yields the join of
    its tokens); a hierarchy body ends with `air.wait_all` of its tokens and
    the host waits for the launch. Program order is kept, so running the ops
    one after the other stays a valid schedule (aie-air-to-loops does).

    Dependencies come from memory effects, per block: an op waits for the
    last writer of what it reads, and for the last writer and the readers
    since of what it writes. Resources are base allocations (buffers that are
    not allocations of their own, such as kernel arguments, are one resource:
    they may alias) and channels (puts and gets on one channel in one block
    keep their order; a channel shared with a nested herd is no dependency:
    the put and the get meet in it). A hierarchy op reads and writes its
    memref kernel operands; an op with unknown effects waits for everything
    before it.

    A launch that is already (partly) async, or in which a region other than
    `scf.for` holds transfers or compute, is left unchanged with a remark.

    Before:
    ```mlir
    scf.for %k = %c0 to %c256 step %c32 {
      %a = memref.alloc() : memref<4x8x4x8xi32, 2>
      air.channel.get @a[%x, %y] (%a[] [] []) : (memref<4x8x4x8xi32, 2>)
      linalg.generic ... ins(%a, ...) outs(%acc ...)
      memref.dealloc %a : memref<4x8x4x8xi32, 2>
    }
    ```
    After:
    ```mlir
    %loop = scf.for %k = %c0 to %c256 step %c32 iter_args(%t = %init) -> (!air.async.token) {
      %t0, %a = air.execute [%t] -> (memref<4x8x4x8xi32, 2>) {
        %alloc = memref.alloc() : memref<4x8x4x8xi32, 2>
        air.execute_terminator %alloc : memref<4x8x4x8xi32, 2>
      }
      %t1 = air.channel.get async [%t0] @a[%x, %y] (%a[] [] []) : (memref<4x8x4x8xi32, 2>)
      %t2 = air.execute [%t1, %t] { linalg.generic ... }
      %t3 = air.execute [%t2] { memref.dealloc %a : memref<4x8x4x8xi32, 2> }
      %join = air.wait_all async [%t0, %t1, %t2, %t3]
      scf.yield %join : !air.async.token
    }
    ```
  }];
  let dependentDialects = ["::herdflow::air::AIRDialect",
                           "::mlir::scf::SCFDialect"];
}

def AIRToLoopsPass : Pass<"aie-air-to-loops"> {
  let summary = "Lower AIR to loops and element copies, for CPU execution";
  let description = [{
    Gives an AIR program a sequential meaning the CPU can run: each
    `air.launch`, `air.segment` and `air.herd` runs its body for every point
    of its iteration space (an `scf.for` nest in row-major order, ids bound to
    the induction variables, `args` to their operands); each
    `air.dma_memcpy_nd` becomes a `memref.copy` between strided views of the
    two buffers when its patterns have the same shape, otherwise a loop nest
    over the source pattern that stores element k of the source pattern as
    element k of the destination pattern (both memrefs must have static
    shapes and identity layouts); async tokens are dropped. Each `air.channel`
    becomes FIFOs (one per stream, a read position per broadcast consumer)
    allocated at function entry: `air.channel.put` appends its pattern's
    elements, `air.channel.get` takes the oldest ones, with `cf.assert`s that
    a FIFO never overflows and that no get runs before its put. The FIFO of a
    stream holds all the elements that can be put on the channel within one
    instance of the innermost hierarchy op around its puts and gets, and
    starts over when drained. The programs herdflow builds are race-free
    Kahn networks, so this sequential order computes what the array
    computes.

    Before:
    ```mlir
    air.herd tile (%x, %y) in (%sx=%c2, %sy=%c2) args(%l2=%buf) : memref<64x64xi32, 1> {
      air.dma_memcpy_nd (%l1[] [] [], %l2[%x, %y] [32, 32] [64, 1]) : (...)
    }
    ```
    After:
    ```mlir
    scf.for %x = %c0 to %c2 step %c1 {
      scf.for %y = %c0 to %c2 step %c1 {
        ... loops loading %l2 at (x + i) * 64 + (y + j) and storing %l1 at i * 32 + j ...
      }
    }
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::cf::ControlFlowDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def CopyToDMAPass : Pass<"aie-copy-to-dma"> {
  let summary = "Convert copies between memory levels to air.dma_memcpy_nd";
  let description = [{
    Every copy-like op (linalg.copy, memref.copy, linalg.transpose, a
    permute-only linalg.generic) whose source and destination live at
    different memory levels becomes one `air.dma_memcpy_nd` on the two base
    buffers, with the access patterns of the shared analysis: the views it
    went through are folded away (and erased when dead). A pack is a strided
    pattern on the L2 side and a whole L1 buffer on the other. Each side is
    made as short as it can be: dimensions of size 1 dropped, contiguous
    dimensions merged, and a side that covers its buffer in row-major order
    written `[] [] []`; the linear offset goes to the dimension of stride 1
    (or a leading dimension of size 1). Copies within one level are left
    alone, except copies of a buffer onto itself (bufferization leaves them),
    which do nothing and are erased. A copy the analysis cannot express (non-affine indexing, strides
    that are not constants) is left unchanged with a remark.

    Function-boundary buffers (`bufferization.to_buffer` with a dynamic
    layout) are taken to be contiguous and row-major, herdflow's boundary
    contract: the to_buffer gets the identity layout and a memref.cast.

    Before (the A pack of the discussion's schedule):
    ```mlir
    %s = memref.subview %a_l2[0, %k] [32, 32] [1, 1] : memref<32x256xi32, 1> to memref<32x32xi32, strided<[256, 1], offset: ?>, 1>
    %e = memref.expand_shape %s [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : ... into memref<8x4x4x8xi32, strided<[1024, 256, 8, 1], offset: ?>, 1>
    linalg.transpose ins(%e : ...) outs(%a_l1 : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
    ```
    After:
    ```mlir
    air.dma_memcpy_nd (%a_l1[] [] [], %a_l2[0, 0, %k] [4, 32, 8] [8, 256, 1]) : (memref<4x8x4x8xi32, 2>, memref<32x256xi32, 1>)
    ```
  }];
  let dependentDialects = ["::herdflow::air::AIRDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::memref::MemRefDialect"];
}

#endif // HERDFLOW_TRANSFORMS_PASSES_TD

def DMAToChannelPass : Pass<"aie-dma-to-channel", "::mlir::ModuleOp"> {
  let summary = "Move L3<->L2 staging to the segment and L2<->L1 transfers "
                "onto (broadcast) channels";
  let description = [{
    Makes the per-core AIR of aie-copy-to-dma placeable: afterwards every
    transfer inside a herd has L1 on one side.

    - An L3->L2 DMA into a buffer allocated in the herd moves to the segment,
      once per distinct tile: one instance of the buffer per value of the
      tile ids its transfers depend on (A, indexed by the herd row: one per
      row; B: one per column; herd dimension 0 is the column, dimension 1
      the row, as in mlir-air). Instance i carries `herdflow.memtile = i`
      (its herd column's memtile; a per-row instance takes the row's index
      modulo the columns).
    - An L2->L1 DMA becomes an `air.channel.put` in the segment (from the L2
      instance, with the source pattern) and an `air.channel.get` in the herd
      (into L1). Cores that read the same data share one broadcast stream:
      the channel has extent 1 in the herd dims the data does not depend on
      and `broadcast_shape` = the herd's shape.
    - An L1->L2 DMA into a segment buffer becomes a put in the herd and one
      get per core in the segment after the herd. The segment buffer is split
      into one piece per herd column when each core's write-back lands in
      its column's piece and the segment moves it only as a whole (each
      whole-buffer DMA becomes one DMA per piece).
    - The segment mirrors the herd's loops and conditionals around the moved
      transfers, peeled iterations included, so puts and gets pair up in
      order.

    Herds in other forms (async tokens, loops carrying values around a
    transfer, per-core loop bounds, a segment buffer both read and written
    by the herd) are left unchanged with a remark.

    Before (inside an air.segment, a 2x2 herd):
    ```mlir
    air.herd @herd_0 tile (%tx, %ty) in (%sx=%c2, %sy=%c2) args(%a=%A, ...) {
      scf.for %k = %c0 to %c2048 step %c256 {
        %a2 = memref.alloc() : memref<32x256xi32, 1>
        air.dma_memcpy_nd (%a2[] [] [], %a[0, %off] [32, 256] [2048, 1]) : (...)
        scf.for %kk = %c0 to %c256 step %c32 {
          air.dma_memcpy_nd (%a1[] [] [], %a2[0, 0, %kk] [4, 32, 8] [8, 256, 1]) : (...)
          ...
    ```
    After:
    ```mlir
    air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
    ...
    scf.for %k = %c0 to %c2048 step %c256 {
      %a2_0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<32x256xi32, 1>
      air.dma_memcpy_nd (%a2_0[] [] [], %A[0, %off0] [32, 256] [2048, 1]) : (...)
      %a2_1 = memref.alloc() {herdflow.memtile = 1 : i64} : memref<32x256xi32, 1>
      air.dma_memcpy_nd (%a2_1[] [] [], %A[0, %off1] [32, 256] [2048, 1]) : (...)
      scf.for %kk = %c0 to %c256 step %c32 {
        air.channel.put @channel_0[%c0, %c0] (%a2_0[0, 0, %kk] [4, 32, 8] [8, 256, 1]) : (...)
        air.channel.put @channel_0[%c0, %c1] (%a2_1[0, 0, %kk] [4, 32, 8] [8, 256, 1]) : (...)
    ...
    air.herd @herd_0 tile (%tx, %ty) in (%sx=%c2, %sy=%c2) {
      scf.for %k = %c0 to %c2048 step %c256 {
        scf.for %kk = %c0 to %c256 step %c32 {
          air.channel.get @channel_0[%tx, %ty] (%a1[] [] []) : (...)
    ```
  }];
  let dependentDialects = ["::herdflow::air::AIRDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def CheckResourcesPass : Pass<"aie-check-resources", "::mlir::ModuleOp"> {
  let summary = "Check that an AIR program fits the target's AIE array";
  let description = [{
    Counts what each tile kind must provide and reports every limit exceeded
    as an error at the op responsible, with the numbers and the target
    description's source for the limit:

    - L1 bytes per core: the herd's L1 buffers live at once (allocation to
      deallocation in program order), streamed buffers times the target's
      buffer depth;
    - L2 bytes per memtile: the segment's L2 buffers on each memtile
      (`herdflow.memtile`, default 0), likewise; a memtile outside the herd's
      columns or the array is an error;
    - DMA channels: per core tile, the distinct channels it gets from and
      puts to and its DMAs; per memtile, the distinct streams (channel and
      index: a broadcast stream counts once at its source) and DMAs; per shim
      column, the L3<->L2 DMAs of the pieces in that column's memtile. DMAs
      with equal `herdflow.dma_channel` share a channel;
    - buffer descriptors per tile (transfers times buffer depth);
    - DMA access patterns: dimensions (after merging contiguous ones), wraps
      (the innermost contiguous one in 32-bit words) and strides against the
      tile kind's address generator (a shim's extra repeat dimension);
    - herd shape against the array; herd DMAs without L1 on either side.

    `report` emits the usage table as a remark on the module, `report-file`
    writes it as JSON.

    Example error:
    ```
    error: each core tile of the herd needs 6 input (S2MM) DMA channels; a
    npu1 core tile has 2 (HARDWARE.md [S] core tile DMA: 2 S2MM + 2 MM2S)
    ```
  }];
  let options = [
    Option<"target", "target", "std::string", "\"npu1\"",
           "Target description to check against (npu1, npu4)">,
    Option<"report", "report", "bool", "false",
           "Emit the per-tile usage table as a remark on the module">,
    Option<"reportFile", "report-file", "std::string", "\"\"",
           "Write the usage report as JSON to this file">,
  ];
}

def SplitL2MemrefPass : Pass<"aie-split-l2-memref", "::mlir::ModuleOp"> {
  let summary = "Split segment L2 buffers that a herd writes into one piece "
                "per herd column, and those it only reads into one per herd "
                "row or column";
  let description = [{
    A segment L2 buffer that the cores of a herd write back into through
    per-core channel streams (channel form, as aie-dma-to-channel makes it)
    is split into one piece per herd column, as mlir-air's
    air-split-l2-memref does: piece i lives in column i's memtile
    (`herdflow.memtile = i`), receives the write-backs of column i's cores,
    and the whole-buffer DMAs of the segment to or from L3 become one DMA
    per piece (each on its column's shim). A buffer is split when every
    write-back lands inside its column's piece along one dimension
    divisible by the column count and the segment otherwise only moves it
    whole; else it stays. A segment L2 buffer the segment fills whole and
    the herd reads only through puts (A staged once per block under L2
    reuse) is split along its outer dimension into as many pieces as a herd
    dimension has cores (the largest that works), piece i in memtile i
    modulo the columns, when every put stays within one piece over all
    iterations of its loops (linear offsets in scf.for induction variables
    with constant bounds); each put reads its piece at its pattern shifted
    by the piece's start. Such a 2-D piece read again in each iteration of a
    loop around its read loop is split into its two column halves when the
    read loop reads the first half in its first iterations: the read loop
    is split there, so one half can be refilled while the other is read.
    aie-dma-to-channel already splits the herds it converts; this pass is
    the step on its own, for channel-form input.

    Before (2 columns):
    ```mlir
    %acc = memref.alloc() : memref<64x64xi32, 1>
    air.channel.get @c[%c1, %c0] (%acc[0, 32] [32, 32] [64, 1]) : (memref<64x64xi32, 1>)
    air.dma_memcpy_nd (%C[%i, %j] [64, 64] [1024, 1], %acc[] [] []) : ...
    ```
    After:
    ```mlir
    %p0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64x32xi32, 1>
    %p1 = memref.alloc() {herdflow.memtile = 1 : i64} : memref<64x32xi32, 1>
    air.channel.get @c[%c1, %c0] (%p1[0] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
    air.dma_memcpy_nd (%C[%i, %j] [64, 32] [1024, 1], %p0[] [] []) : ...
    air.dma_memcpy_nd (%C[%i, %j + 32] [64, 32] [1024, 1], %p1[] [] []) : ...
    ```
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def SharePeeledDMAsPass : Pass<"aie-share-peeled-dmas", "::mlir::ModuleOp"> {
  let summary = "Share hardware DMA channels between transfers that never "
                "overlap (peeling-aware DMA sharing)";
  let description = [{
    Peeling the first K iteration (aie-fuse-fill-into-loop `mode=peel`)
    clones the iteration's transfers, and aie-dma-to-channel gives each clone
    its own channel: a core tile would need about three times its 2 input
    channels. Two transfers share one hardware channel when they have the
    same endpoints and control flow runs one strictly before the other (no
    loop inside their hierarchy op repeats both), in the same order on both
    sides of a channel, so every message still meets its get:

    - channels with the same shape, broadcast shape, herd, direction and
      memtile per stream are renamed to the first of them (the later
      declaration is erased); each transfer keeps its buffer and pattern,
      so its own buffer descriptor;
    - the segment's L3<->L2 DMAs with the same direction and memtile (hence
      shim column) get one `herdflow.dma_channel` id; the peeled copy of a
      stream joins its own loop first. A channel serves its phases in
      program order, so streams that run one before the other are first
      merged only where that keeps the order in which their data is needed
      (the next use of the L2 buffer): under L2 reuse, A's second K half
      joins the B slices of the loop that reads it, not those of the first
      half's loop, which would queue behind it. Remaining sequential streams
      merge after that; where merging in plain program order takes fewer
      channels, that merge is kept instead.

    Folding the peeled transfers back into their loop is aie-unpeel-transfers,
    which runs next in the pipeline.

    Before (core side of a peeled schedule):
    ```mlir
    air.channel.get @channel_0[%tx, %ty] (%a_l1[] [] []) : (...)
    scf.for %kk = %c1 to %c8 step %c1 {
      air.channel.get @channel_2[%tx, %ty] (%a_l1[] [] []) : (...)
    }
    ```
    After (@channel_2 renamed to @channel_0, its declaration erased):
    ```mlir
    air.channel.get @channel_0[%tx, %ty] (%a_l1[] [] []) : (...)
    scf.for %kk = %c1 to %c8 step %c1 {
      air.channel.get @channel_0[%tx, %ty] (%a_l1[] [] []) : (...)
    }
    ```
  }];

}
def UnpeelTransfersPass : Pass<"aie-unpeel-transfers", "::mlir::ModuleOp"> {
  let summary = "Fold peeled channel transfers back into their loop when the "
                "DMA can walk the loop as one more dimension";
  let description = [{
    Transfers right before a loop that contains only transfers (and index
    arithmetic), equal to the loop's iteration at `lb - step` (same channel,
    stream and buffer, pattern equal after substituting the induction
    variable), whose buffer the loop does not refill, are erased and the
    loop starts one step earlier; likewise transfers right after it that
    equal the iteration after its last. This saves the peeled transfer's
    buffer descriptor. It happens only when each transfer's pattern with
    the loop as an extra outermost dimension fits the `target`'s address
    generator for its buffer's tile (dimensions, repeat, wraps, strides,
    the 32-bit word rule: the same fit aie-check-resources applies);
    otherwise a remark at the loop says which limit. Transfers of sibling
    loops are never folded together, and never when their buffer is
    refilled in between (mlir-air once lost a phase's data that way,
    Xilinx/mlir-air#1508).

    Before (segment side of a peeled schedule):
    ```mlir
    air.channel.put @channel_0[%c0, %c0] (%a[0, 0, 0] [4, 32, 8] [8, 256, 1]) : (...)
    scf.for %kk = %c32 to %c256 step %c32 {
      air.channel.put @channel_0[%c0, %c0] (%a[0, 0, %kk] [4, 32, 8] [8, 256, 1]) : (...)
    }
    ```
    After:
    ```mlir
    scf.for %kk = %c0 to %c256 step %c32 {
      air.channel.put @channel_0[%c0, %c0] (%a[0, 0, %kk] [4, 32, 8] [8, 256, 1]) : (...)
    }
    ```
  }];
  let options = [
    Option<"target", "target", "std::string", "\"npu1\"",
           "Target description whose DMA limits bound unpeeling">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

