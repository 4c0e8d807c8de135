// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-air-dependency | FileCheck %s

// A segment stages a tile in L2 and streams it to a herd that computes on
// it: allocations and compute in air.execute, every transfer and hierarchy
// op async with the tokens of what it touches, the loop carrying a token,
// each body ending in a wait for its tokens, the host waiting for the
// launch.
// CHECK-LABEL: func.func @stream(
// CHECK:         %[[LAUNCH:.*]] = air.launch async args(
// CHECK:           %[[SEG:.*]] = air.segment @s async
// CHECK:             %[[TA:.*]], %[[L2:.*]] = air.execute -> (memref<64xi32, 1>) {
// CHECK-NEXT:          memref.alloc()
// CHECK-NEXT:          air.execute_terminator
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[DMA:.*]] = air.dma_memcpy_nd async [%[[TA]]] (%[[L2]][] [] [], %{{.*}}[] [] [])
// CHECK-NEXT:        %[[LOOP:.*]] = scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[T:.*]] = %[[DMA]]) -> (!air.async.token) {
// CHECK-NEXT:          %[[P0:.*]] = air.channel.put async [%[[T]]] @c[] (%[[L2]][%[[I]]] [16] [1])
// CHECK-NEXT:          scf.yield %[[P0]] : !air.async.token
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[FREE:.*]] = air.execute [%[[DMA]], %[[LOOP]]] {
// CHECK-NEXT:          memref.dealloc %[[L2]]
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[HERD:.*]] = air.herd @h async tile
// CHECK:               %[[TB:.*]], %[[L1:.*]] = air.execute -> (memref<16xi32, 2>) {
// CHECK:               %[[HLOOP:.*]] = scf.for {{.*}} iter_args(%[[HT:.*]] = %[[TB]]) -> (!air.async.token) {
// CHECK-NEXT:            %[[GET:.*]] = air.channel.get async [%[[HT]]] @c[] (%[[L1]][] [] [])
// CHECK-NEXT:            %[[ADD:.*]] = air.execute [%[[GET]]] {
// CHECK-NEXT:              linalg.add
// CHECK-NEXT:            }
// CHECK-NEXT:            %[[JOIN:.*]] = air.wait_all async [%[[GET]], %[[ADD]]]
// CHECK-NEXT:            scf.yield %[[JOIN]] : !air.async.token
// CHECK-NEXT:          }
// CHECK-NEXT:          %[[HFREE:.*]] = air.execute [%[[HLOOP]]] {
// CHECK-NEXT:            memref.dealloc %[[L1]]
// CHECK-NEXT:          }
// CHECK-NEXT:          air.wait_all [%[[TB]], %[[HLOOP]], %[[HFREE]]]
// CHECK-NEXT:        }
// CHECK-NEXT:        air.wait_all [%[[TA]], %[[DMA]], %[[LOOP]], %[[FREE]], %[[HERD]]]
// CHECK-NEXT:      }
// CHECK:         }
// CHECK-NEXT:    air.wait_all [%[[LAUNCH]]]
// CHECK-NEXT:    return
air.channel @c []
func.func @stream(%in: memref<64xi32>) {
  air.launch args(%l3=%in) : memref<64xi32> {
    air.segment @s args(%sl3=%l3) : memref<64xi32> {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %l2 = memref.alloc() : memref<64xi32, 1>
      air.dma_memcpy_nd (%l2[] [] [], %sl3[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
      scf.for %i = %c0 to %c4 step %c1 {
        air.channel.put @c[] (%l2[%i] [16] [1]) : (memref<64xi32, 1>)
      }
      memref.dealloc %l2 : memref<64xi32, 1>
      air.herd @h tile (%x) in (%sx=%c1) {
        %z = arith.constant 0 : index
        %one = arith.constant 1 : index
        %four = arith.constant 4 : index
        %l1 = memref.alloc() : memref<16xi32, 2>
        scf.for %i = %z to %four step %one {
          air.channel.get @c[] (%l1[] [] []) : (memref<16xi32, 2>)
          linalg.add ins(%l1, %l1 : memref<16xi32, 2>, memref<16xi32, 2>) outs(%l1 : memref<16xi32, 2>)
        }
        memref.dealloc %l1 : memref<16xi32, 2>
      }
    }
  }
  return
}

// -----

// Reads of one buffer do not wait for each other; a write waits for them.
// CHECK-LABEL: func.func @readers_then_writer(
// CHECK:         %[[T:.*]], %[[B:.*]] = air.execute -> (memref<16xi32, 1>)
// CHECK:         %[[R0:.*]] = air.channel.put async [%[[T]]] @a[] (%[[B]]
// CHECK-NEXT:    %[[R1:.*]] = air.channel.put async [%[[T]]] @b[] (%[[B]]
// CHECK-NEXT:    %[[W:.*]] = air.dma_memcpy_nd async [%[[T]], %[[R0]], %[[R1]]] (%[[B]]
air.channel @a []
air.channel @b []
func.func @readers_then_writer(%x: memref<16xi32>) {
  air.launch args(%lx=%x) : memref<16xi32> {
    air.segment args(%sx=%lx) : memref<16xi32> {
      %b = memref.alloc() : memref<16xi32, 1>
      air.channel.put @a[] (%b[] [] []) : (memref<16xi32, 1>)
      air.channel.put @b[] (%b[] [] []) : (memref<16xi32, 1>)
      air.dma_memcpy_nd (%b[] [] [], %sx[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
    }
  }
  return
}

// -----

// An op with unknown effects (a call) waits for everything before it, and
// everything after it waits for it, even buffers first touched later.
// CHECK-LABEL: func.func @after_a_call(
// CHECK:         %[[CALL:.*]] = air.execute [%{{.*}}] {
// CHECK-NEXT:      func.call @opaque
// CHECK:         air.channel.put async [%[[CALL]]] @p[]
func.func private @opaque()
air.channel @p []
func.func @after_a_call(%x: memref<16xi32>) {
  air.launch args(%lx=%x) : memref<16xi32> {
    air.segment args(%sx=%lx) : memref<16xi32> {
      %b = memref.alloc() : memref<16xi32, 1>
      func.call @opaque() : () -> ()
      air.channel.put @p[] (%sx[] [] []) : (memref<16xi32>)
    }
  }
  return
}

// -----

// A buffer of unknown origin (a select between two allocations) may be
// either: writing it waits for every earlier access, later accesses wait
// for it.
// CHECK-LABEL: func.func @selected_buffer(
// CHECK:         %[[TA:.*]], %[[A:.*]] = air.execute -> (memref<16xi32, 1>)
// CHECK:         %[[R:.*]] = air.channel.put async [%[[TA]]] @q[] (%[[A]]
// CHECK:         %[[W:.*]] = air.dma_memcpy_nd async [{{.*}}%[[R]]{{.*}}] (%{{.*}}[] [] [], %{{.*}}[] [] [])
// CHECK-NEXT:    %{{.*}} = air.channel.put async [%[[W]]] @q[] (%[[A]]
air.channel @q []
func.func @selected_buffer(%x: memref<16xi32>, %f: i1) {
  air.launch args(%lx=%x, %lf=%f) : memref<16xi32>, i1 {
    air.segment args(%sx=%lx, %sf=%lf) : memref<16xi32>, i1 {
      %a = memref.alloc() : memref<16xi32, 1>
      %b = memref.alloc() : memref<16xi32, 1>
      air.channel.put @q[] (%a[] [] []) : (memref<16xi32, 1>)
      %s = arith.select %sf, %a, %b : memref<16xi32, 1>
      air.dma_memcpy_nd (%s[] [] [], %sx[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
      air.channel.put @q[] (%a[] [] []) : (memref<16xi32, 1>)
    }
  }
  return
}

// -----

// A value an execute computes (a loaded offset) is ready with its token;
// an unsigned loop stays unsigned.
// CHECK-LABEL: func.func @loaded_offset(
// CHECK:         %[[TL:.*]], %[[OFF:.*]] = air.execute -> (index) {
// CHECK-NEXT:      memref.load
// CHECK:         air.dma_memcpy_nd async [{{.*}}%[[TL]]{{.*}}] (%{{.*}}[] [] [], %{{.*}}[%[[OFF]]] [16] [1])
// CHECK:         scf.for unsigned
func.func @loaded_offset(%x: memref<64xi32>, %offsets: memref<1xindex>) {
  air.launch args(%lx=%x, %lo=%offsets) : memref<64xi32>, memref<1xindex> {
    air.segment args(%sx=%lx, %so=%lo) : memref<64xi32>, memref<1xindex> {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %b = memref.alloc() : memref<16xi32, 1>
      %off = memref.load %so[%c0] : memref<1xindex>
      air.dma_memcpy_nd (%b[] [] [], %sx[%off] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
      scf.for unsigned %i = %c0 to %c4 step %c1 {
        air.dma_memcpy_nd (%b[] [] [], %sx[%i] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
      }
    }
  }
  return
}
