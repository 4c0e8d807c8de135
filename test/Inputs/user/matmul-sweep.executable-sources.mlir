module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #hal.device.target<"local", [#hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>]> : !hal.device
  hal.executable private @mm_named_i8_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<64x64xi8>, tensor<64x64xi8>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i8_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i8_64x64x64(%input0: tensor<64x64xi8>, %input1: tensor<64x64xi8>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c4096 = arith.constant 4096 : index
    %c64 = arith.constant 64 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4096}, %1 as %arg3: !stream.resource<external>{%c4096}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_named_i8_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_named_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c4096] : !stream.resource<external>{%c4096},
        ro %arg3[%c0 for %c4096] : !stream.resource<external>{%c4096},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i8_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi8>, tensor<64x64xi8>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i8_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i8_64x64x64(%input0: tensor<64x64xi8>, %input1: tensor<64x64xi8>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c4096 = arith.constant 4096 : index
    %c64 = arith.constant 64 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4096}, %1 as %arg3: !stream.resource<external>{%c4096}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_i8_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c4096] : !stream.resource<external>{%c4096},
        ro %arg3[%c0 for %c4096] : !stream.resource<external>{%c4096},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i8_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>> -> tensor<100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>> -> tensor<200x70xi8>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<100x200xi8>, tensor<200x70xi8>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i8_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i8_100x70x200(%input0: tensor<100x200xi8>, %input1: tensor<200x70xi8>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c14000 = arith.constant 14000 : index
    %c20000 = arith.constant 20000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi8> in !stream.resource<external>{%c20000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi8> in !stream.resource<external>{%c14000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c20000}, %1 as %arg3: !stream.resource<external>{%c14000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_named_i8_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_named_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c20000] : !stream.resource<external>{%c20000},
        ro %arg3[%c0 for %c14000] : !stream.resource<external>{%c14000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i8_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>> -> tensor<100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>> -> tensor<200x70xi8>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi8>, tensor<200x70xi8>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i8_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i8_100x70x200(%input0: tensor<100x200xi8>, %input1: tensor<200x70xi8>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c14000 = arith.constant 14000 : index
    %c20000 = arith.constant 20000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi8> in !stream.resource<external>{%c20000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi8> in !stream.resource<external>{%c14000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c20000}, %1 as %arg3: !stream.resource<external>{%c14000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_i8_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c20000] : !stream.resource<external>{%c20000},
        ro %arg3[%c0 for %c14000] : !stream.resource<external>{%c14000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i8_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i8_33x130x65_dispatch_0_matmul_33x130x65_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i8_33x130x65_dispatch_0_matmul_33x130x65_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi8>> -> tensor<33x65xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi8>> -> tensor<65x130xi8>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<33x65xi8>, tensor<65x130xi8>) outs(%6 : tensor<33x130xi32>) -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i8_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i8_33x130x65(%input0: tensor<33x65xi8>, %input1: tensor<65x130xi8>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c8450 = arith.constant 8450 : index
    %c2145 = arith.constant 2145 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi8> in !stream.resource<external>{%c2145}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi8> in !stream.resource<external>{%c8450}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c2145}, %1 as %arg3: !stream.resource<external>{%c8450}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_named_i8_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_named_i8_33x130x65_dispatch_0_matmul_33x130x65_i8xi8xi32 {
        ro %arg2[%c0 for %c2145] : !stream.resource<external>{%c2145},
        ro %arg3[%c0 for %c8450] : !stream.resource<external>{%c8450},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i8_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i8_33x130x65_dispatch_0_matmul_like_33x130x65_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i8_33x130x65_dispatch_0_matmul_like_33x130x65_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi8>> -> tensor<33x65xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi8>> -> tensor<65x130xi8>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<33x65xi8>, tensor<65x130xi8>) outs(%6 : tensor<33x130xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i8_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i8_33x130x65(%input0: tensor<33x65xi8>, %input1: tensor<65x130xi8>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c8450 = arith.constant 8450 : index
    %c2145 = arith.constant 2145 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi8> in !stream.resource<external>{%c2145}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi8> in !stream.resource<external>{%c8450}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c2145}, %1 as %arg3: !stream.resource<external>{%c8450}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_generic_i8_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_generic_i8_33x130x65_dispatch_0_matmul_like_33x130x65_i8xi8xi32 {
        ro %arg2[%c0 for %c2145] : !stream.resource<external>{%c2145},
        ro %arg3[%c0 for %c8450] : !stream.resource<external>{%c8450},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<64x64xi16>, tensor<64x64xi16>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i16_64x64x64(%input0: tensor<64x64xi16>, %input1: tensor<64x64xi16>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_named_i16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_named_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi16>, tensor<64x64xi16>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i16_64x64x64(%input0: tensor<64x64xi16>, %input1: tensor<64x64xi16>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_i16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>> -> tensor<100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>> -> tensor<200x70xi16>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<100x200xi16>, tensor<200x70xi16>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i16_100x70x200(%input0: tensor<100x200xi16>, %input1: tensor<200x70xi16>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_named_i16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_named_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>> -> tensor<100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>> -> tensor<200x70xi16>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi16>, tensor<200x70xi16>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i16_100x70x200(%input0: tensor<100x200xi16>, %input1: tensor<200x70xi16>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_i16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i16_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i16_33x130x65_dispatch_0_matmul_33x130x65_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i16_33x130x65_dispatch_0_matmul_33x130x65_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi16>> -> tensor<33x65xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi16>> -> tensor<65x130xi16>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<33x65xi16>, tensor<65x130xi16>) outs(%6 : tensor<33x130xi32>) -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i16_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i16_33x130x65(%input0: tensor<33x65xi16>, %input1: tensor<65x130xi16>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c16900 = arith.constant 16900 : index
    %c4290 = arith.constant 4290 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi16> in !stream.resource<external>{%c4290}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi16> in !stream.resource<external>{%c16900}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4290}, %1 as %arg3: !stream.resource<external>{%c16900}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_named_i16_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_named_i16_33x130x65_dispatch_0_matmul_33x130x65_i16xi16xi32 {
        ro %arg2[%c0 for %c4290] : !stream.resource<external>{%c4290},
        ro %arg3[%c0 for %c16900] : !stream.resource<external>{%c16900},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i16_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i16_33x130x65_dispatch_0_matmul_like_33x130x65_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i16_33x130x65_dispatch_0_matmul_like_33x130x65_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi16>> -> tensor<33x65xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi16>> -> tensor<65x130xi16>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<33x65xi16>, tensor<65x130xi16>) outs(%6 : tensor<33x130xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i16_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i16_33x130x65(%input0: tensor<33x65xi16>, %input1: tensor<65x130xi16>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c16900 = arith.constant 16900 : index
    %c4290 = arith.constant 4290 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi16> in !stream.resource<external>{%c4290}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi16> in !stream.resource<external>{%c16900}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4290}, %1 as %arg3: !stream.resource<external>{%c16900}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_generic_i16_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_generic_i16_33x130x65_dispatch_0_matmul_like_33x130x65_i16xi16xi32 {
        ro %arg2[%c0 for %c4290] : !stream.resource<external>{%c4290},
        ro %arg3[%c0 for %c16900] : !stream.resource<external>{%c16900},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i32_64x64x64_dispatch_0_matmul_64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<64x64xi32>, tensor<64x64xi32>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i32_64x64x64(%input0: tensor<64x64xi32>, %input1: tensor<64x64xi32>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_named_i32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_named_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi32>, tensor<64x64xi32>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i32_64x64x64(%input0: tensor<64x64xi32>, %input1: tensor<64x64xi32>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_i32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i32_100x70x200_dispatch_0_matmul_100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>> -> tensor<100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>> -> tensor<200x70xi32>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<100x200xi32>, tensor<200x70xi32>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i32_100x70x200(%input0: tensor<100x200xi32>, %input1: tensor<200x70xi32>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_named_i32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_named_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>> -> tensor<100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>> -> tensor<200x70xi32>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi32>, tensor<200x70xi32>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i32_100x70x200(%input0: tensor<100x200xi32>, %input1: tensor<200x70xi32>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_i32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_i32_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_i32_33x130x65_dispatch_0_matmul_33x130x65_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_i32_33x130x65_dispatch_0_matmul_33x130x65_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi32>> -> tensor<33x65xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi32>> -> tensor<65x130xi32>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.matmul ins(%3, %4 : tensor<33x65xi32>, tensor<65x130xi32>) outs(%6 : tensor<33x130xi32>) -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_i32_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_i32_33x130x65(%input0: tensor<33x65xi32>, %input1: tensor<65x130xi32>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c33800 = arith.constant 33800 : index
    %c8580 = arith.constant 8580 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi32> in !stream.resource<external>{%c8580}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi32> in !stream.resource<external>{%c33800}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8580}, %1 as %arg3: !stream.resource<external>{%c33800}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_named_i32_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_named_i32_33x130x65_dispatch_0_matmul_33x130x65_i32 {
        ro %arg2[%c0 for %c8580] : !stream.resource<external>{%c8580},
        ro %arg3[%c0 for %c33800] : !stream.resource<external>{%c33800},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_i32_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_i32_33x130x65_dispatch_0_matmul_like_33x130x65_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_i32_33x130x65_dispatch_0_matmul_like_33x130x65_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xi32>> -> tensor<33x65xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xi32>> -> tensor<65x130xi32>
          %5 = tensor.empty() : tensor<33x130xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<33x130xi32>) -> tensor<33x130xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<33x65xi32>, tensor<65x130xi32>) outs(%6 : tensor<33x130xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<33x130xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_i32_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_i32_33x130x65(%input0: tensor<33x65xi32>, %input1: tensor<65x130xi32>) -> (%output0: tensor<33x130xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c33800 = arith.constant 33800 : index
    %c8580 = arith.constant 8580 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xi32> in !stream.resource<external>{%c8580}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xi32> in !stream.resource<external>{%c33800}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8580}, %1 as %arg3: !stream.resource<external>{%c33800}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_generic_i32_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_generic_i32_33x130x65_dispatch_0_matmul_like_33x130x65_i32 {
        ro %arg2[%c0 for %c8580] : !stream.resource<external>{%c8580},
        ro %arg3[%c0 for %c33800] : !stream.resource<external>{%c33800},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xi32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_bf16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<64x64xbf16>, tensor<64x64xbf16>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_bf16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_bf16_64x64x64(%input0: tensor<64x64xbf16>, %input1: tensor<64x64xbf16>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_named_bf16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_named_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_bf16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xbf16>, tensor<64x64xbf16>) outs(%6 : tensor<64x64xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_bf16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_bf16_64x64x64(%input0: tensor<64x64xbf16>, %input1: tensor<64x64xbf16>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_bf16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_bf16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>> -> tensor<100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>> -> tensor<200x70xbf16>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<100x200xbf16>, tensor<200x70xbf16>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_bf16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_bf16_100x70x200(%input0: tensor<100x200xbf16>, %input1: tensor<200x70xbf16>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xbf16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xbf16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_named_bf16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_named_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_bf16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>> -> tensor<100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>> -> tensor<200x70xbf16>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xbf16>, tensor<200x70xbf16>) outs(%6 : tensor<100x70xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_bf16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_bf16_100x70x200(%input0: tensor<100x200xbf16>, %input1: tensor<200x70xbf16>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xbf16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xbf16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_bf16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_bf16_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_bf16_33x130x65_dispatch_0_matmul_33x130x65_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_bf16_33x130x65_dispatch_0_matmul_33x130x65_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xbf16>> -> tensor<33x65xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xbf16>> -> tensor<65x130xbf16>
          %5 = tensor.empty() : tensor<33x130xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<33x130xf32>) -> tensor<33x130xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<33x65xbf16>, tensor<65x130xbf16>) outs(%6 : tensor<33x130xf32>) -> tensor<33x130xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_bf16_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_bf16_33x130x65(%input0: tensor<33x65xbf16>, %input1: tensor<65x130xbf16>) -> (%output0: tensor<33x130xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c16900 = arith.constant 16900 : index
    %c4290 = arith.constant 4290 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xbf16> in !stream.resource<external>{%c4290}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xbf16> in !stream.resource<external>{%c16900}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4290}, %1 as %arg3: !stream.resource<external>{%c16900}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_named_bf16_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_named_bf16_33x130x65_dispatch_0_matmul_33x130x65_bf16xbf16xf32 {
        ro %arg2[%c0 for %c4290] : !stream.resource<external>{%c4290},
        ro %arg3[%c0 for %c16900] : !stream.resource<external>{%c16900},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xf32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_bf16_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_bf16_33x130x65_dispatch_0_matmul_like_33x130x65_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_bf16_33x130x65_dispatch_0_matmul_like_33x130x65_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xbf16>> -> tensor<33x65xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xbf16>> -> tensor<65x130xbf16>
          %5 = tensor.empty() : tensor<33x130xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<33x130xf32>) -> tensor<33x130xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<33x65xbf16>, tensor<65x130xbf16>) outs(%6 : tensor<33x130xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<33x130xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_bf16_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_bf16_33x130x65(%input0: tensor<33x65xbf16>, %input1: tensor<65x130xbf16>) -> (%output0: tensor<33x130xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c16900 = arith.constant 16900 : index
    %c4290 = arith.constant 4290 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xbf16> in !stream.resource<external>{%c4290}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xbf16> in !stream.resource<external>{%c16900}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4290}, %1 as %arg3: !stream.resource<external>{%c16900}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_generic_bf16_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_generic_bf16_33x130x65_dispatch_0_matmul_like_33x130x65_bf16xbf16xf32 {
        ro %arg2[%c0 for %c4290] : !stream.resource<external>{%c4290},
        ro %arg3[%c0 for %c16900] : !stream.resource<external>{%c16900},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xf32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_f32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_f32_64x64x64_dispatch_0_matmul_64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_f32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_f32_64x64x64(%input0: tensor<64x64xf32>, %input1: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_named_f32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_named_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_f32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%6 : tensor<64x64xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_f32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_f32_64x64x64(%input0: tensor<64x64xf32>, %input1: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_f32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_f32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_f32_100x70x200_dispatch_0_matmul_100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>> -> tensor<100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>> -> tensor<200x70xf32>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<100x200xf32>, tensor<200x70xf32>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_f32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_f32_100x70x200(%input0: tensor<100x200xf32>, %input1: tensor<200x70xf32>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xf32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xf32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_named_f32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_named_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_f32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>> -> tensor<100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>> -> tensor<200x70xf32>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xf32>, tensor<200x70xf32>) outs(%6 : tensor<100x70xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_f32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_f32_100x70x200(%input0: tensor<100x200xf32>, %input1: tensor<200x70xf32>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xf32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xf32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_f32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_named_f32_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_named_f32_33x130x65_dispatch_0_matmul_33x130x65_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_named_f32_33x130x65_dispatch_0_matmul_33x130x65_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xf32>> -> tensor<33x65xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xf32>> -> tensor<65x130xf32>
          %5 = tensor.empty() : tensor<33x130xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<33x130xf32>) -> tensor<33x130xf32>
          %7 = linalg.matmul ins(%3, %4 : tensor<33x65xf32>, tensor<65x130xf32>) outs(%6 : tensor<33x130xf32>) -> tensor<33x130xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_named_f32_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_named_f32_33x130x65(%input0: tensor<33x65xf32>, %input1: tensor<65x130xf32>) -> (%output0: tensor<33x130xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c33800 = arith.constant 33800 : index
    %c8580 = arith.constant 8580 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xf32> in !stream.resource<external>{%c8580}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xf32> in !stream.resource<external>{%c33800}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8580}, %1 as %arg3: !stream.resource<external>{%c33800}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_named_f32_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_named_f32_33x130x65_dispatch_0_matmul_33x130x65_f32 {
        ro %arg2[%c0 for %c8580] : !stream.resource<external>{%c8580},
        ro %arg3[%c0 for %c33800] : !stream.resource<external>{%c33800},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xf32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_f32_33x130x65_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_f32_33x130x65_dispatch_0_matmul_like_33x130x65_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_f32_33x130x65_dispatch_0_matmul_like_33x130x65_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [33, 65], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<33x65xf32>> -> tensor<33x65xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [65, 130], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<65x130xf32>> -> tensor<65x130xf32>
          %5 = tensor.empty() : tensor<33x130xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<33x130xf32>) -> tensor<33x130xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<33x65xf32>, tensor<65x130xf32>) outs(%6 : tensor<33x130xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<33x130xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [33, 130], strides = [1, 1] : tensor<33x130xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<33x130xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_f32_33x130x65(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_f32_33x130x65(%input0: tensor<33x65xf32>, %input1: tensor<65x130xf32>) -> (%output0: tensor<33x130xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c17160 = arith.constant 17160 : index
    %c33800 = arith.constant 33800 : index
    %c8580 = arith.constant 8580 : index
    %c130 = arith.constant 130 : index
    %c65 = arith.constant 65 : index
    %c33 = arith.constant 33 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c33, %c65]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<33x65xf32> in !stream.resource<external>{%c8580}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c65, %c130]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<65x130xf32> in !stream.resource<external>{%c33800}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c17160} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8580}, %1 as %arg3: !stream.resource<external>{%c33800}, %result as %arg4: !stream.resource<external>{%c17160}) {
      stream.cmd.dispatch @mm_generic_f32_33x130x65_dispatch_0::@embedded_elf_x86_64::@mm_generic_f32_33x130x65_dispatch_0_matmul_like_33x130x65_f32 {
        ro %arg2[%c0 for %c8580] : !stream.resource<external>{%c8580},
        ro %arg3[%c0 for %c33800] : !stream.resource<external>{%c33800},
        wo %arg4[%c0 for %c17160] : !stream.resource<external>{%c17160}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c17160}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<33x130xf32> in !stream.resource<external>{%c17160} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i8_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi8>, tensor<64x64xi8>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i8_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i8_64x64x64(%input0: tensor<64x64xi8>, %input1: tensor<64x64xi8>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c4096 = arith.constant 4096 : index
    %c64 = arith.constant 64 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4096}, %1 as %arg3: !stream.resource<external>{%c4096}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_a_i8_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c4096] : !stream.resource<external>{%c4096},
        ro %arg3[%c0 for %c4096] : !stream.resource<external>{%c4096},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i8_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi8>, tensor<64x64xi8>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i8_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i8_64x64x64(%input0: tensor<64x64xi8>, %input1: tensor<64x64xi8>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c4096 = arith.constant 4096 : index
    %c64 = arith.constant 64 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4096}, %1 as %arg3: !stream.resource<external>{%c4096}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_b_i8_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i8_64x64x64_dispatch_0_matmul_64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c4096] : !stream.resource<external>{%c4096},
        ro %arg3[%c0 for %c4096] : !stream.resource<external>{%c4096},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i8_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi8>> -> tensor<64x64xi8>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi8>, tensor<64x64xi8>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i8_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i8_64x64x64(%input0: tensor<64x64xi8>, %input1: tensor<64x64xi8>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c4096 = arith.constant 4096 : index
    %c64 = arith.constant 64 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi8> in !stream.resource<external>{%c4096}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c4096}, %1 as %arg3: !stream.resource<external>{%c4096}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i8_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i8_64x64x64_dispatch_0_matmul_like_64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c4096] : !stream.resource<external>{%c4096},
        ro %arg3[%c0 for %c4096] : !stream.resource<external>{%c4096},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i8_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [200, 100], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi8>> -> tensor<200x100xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi8>> -> tensor<200x70xi8>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<200x100xi8>, tensor<200x70xi8>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i8_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i8_100x70x200(%input0: tensor<200x100xi8>, %input1: tensor<200x70xi8>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c14000 = arith.constant 14000 : index
    %c20000 = arith.constant 20000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c200, %c100]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<200x100xi8> in !stream.resource<external>{%c20000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi8> in !stream.resource<external>{%c14000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c20000}, %1 as %arg3: !stream.resource<external>{%c14000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_a_i8_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c20000] : !stream.resource<external>{%c20000},
        ro %arg3[%c0 for %c14000] : !stream.resource<external>{%c14000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i8_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>> -> tensor<100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi8>> -> tensor<70x200xi8>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<100x200xi8>, tensor<70x200xi8>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i8_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i8_100x70x200(%input0: tensor<100x200xi8>, %input1: tensor<70x200xi8>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c14000 = arith.constant 14000 : index
    %c20000 = arith.constant 20000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi8> in !stream.resource<external>{%c20000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi8> in !stream.resource<external>{%c14000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c20000}, %1 as %arg3: !stream.resource<external>{%c14000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_b_i8_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i8_100x70x200_dispatch_0_matmul_100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c20000] : !stream.resource<external>{%c20000},
        ro %arg3[%c0 for %c14000] : !stream.resource<external>{%c14000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i8_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi8>> -> tensor<100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi8>> -> tensor<70x200xi8>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi8>, tensor<70x200xi8>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i8_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i8_100x70x200(%input0: tensor<100x200xi8>, %input1: tensor<70x200xi8>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c14000 = arith.constant 14000 : index
    %c20000 = arith.constant 20000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi8> in !stream.resource<external>{%c20000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi8> in !stream.resource<external>{%c14000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c20000}, %1 as %arg3: !stream.resource<external>{%c14000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i8_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i8_100x70x200_dispatch_0_matmul_like_100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c20000] : !stream.resource<external>{%c20000},
        ro %arg3[%c0 for %c14000] : !stream.resource<external>{%c14000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi16>, tensor<64x64xi16>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i16_64x64x64(%input0: tensor<64x64xi16>, %input1: tensor<64x64xi16>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_a_i16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi16>, tensor<64x64xi16>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i16_64x64x64(%input0: tensor<64x64xi16>, %input1: tensor<64x64xi16>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_b_i16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i16_64x64x64_dispatch_0_matmul_64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi16>> -> tensor<64x64xi16>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi16>, tensor<64x64xi16>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i16_64x64x64(%input0: tensor<64x64xi16>, %input1: tensor<64x64xi16>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i16_64x64x64_dispatch_0_matmul_like_64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [200, 100], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi16>> -> tensor<200x100xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi16>> -> tensor<200x70xi16>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<200x100xi16>, tensor<200x70xi16>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i16_100x70x200(%input0: tensor<200x100xi16>, %input1: tensor<200x70xi16>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c200, %c100]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<200x100xi16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_a_i16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>> -> tensor<100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi16>> -> tensor<70x200xi16>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<100x200xi16>, tensor<70x200xi16>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i16_100x70x200(%input0: tensor<100x200xi16>, %input1: tensor<70x200xi16>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_b_i16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i16_100x70x200_dispatch_0_matmul_100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi16>> -> tensor<100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi16>> -> tensor<70x200xi16>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi16>, tensor<70x200xi16>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i16_100x70x200(%input0: tensor<100x200xi16>, %input1: tensor<70x200xi16>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i16_100x70x200_dispatch_0_matmul_like_100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i32_64x64x64_dispatch_0_matmul_64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi32>, tensor<64x64xi32>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i32_64x64x64(%input0: tensor<64x64xi32>, %input1: tensor<64x64xi32>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_a_i32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i32_64x64x64_dispatch_0_matmul_64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xi32>, tensor<64x64xi32>) outs(%6 : tensor<64x64xi32>) -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i32_64x64x64(%input0: tensor<64x64xi32>, %input1: tensor<64x64xi32>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_b_i32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i32_64x64x64_dispatch_0_matmul_64x64x64_i32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xi32>> -> tensor<64x64xi32>
          %5 = tensor.empty() : tensor<64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<64x64xi32>) -> tensor<64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xi32>, tensor<64x64xi32>) outs(%6 : tensor<64x64xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i32_64x64x64(%input0: tensor<64x64xi32>, %input1: tensor<64x64xi32>) -> (%output0: tensor<64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xi32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i32_64x64x64_dispatch_0_matmul_like_64x64x64_i32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xi32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_i32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_i32_100x70x200_dispatch_0_matmul_100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [200, 100], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xi32>> -> tensor<200x100xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xi32>> -> tensor<200x70xi32>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<200x100xi32>, tensor<200x70xi32>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_i32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_i32_100x70x200(%input0: tensor<200x100xi32>, %input1: tensor<200x70xi32>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c200, %c100]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<200x100xi32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xi32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_a_i32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_i32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_i32_100x70x200_dispatch_0_matmul_100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>> -> tensor<100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi32>> -> tensor<70x200xi32>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<100x200xi32>, tensor<70x200xi32>) outs(%6 : tensor<100x70xi32>) -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_i32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_i32_100x70x200(%input0: tensor<100x200xi32>, %input1: tensor<70x200xi32>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_b_i32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_i32_100x70x200_dispatch_0_matmul_100x70x200_i32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_i32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xi32>> -> tensor<100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xi32>> -> tensor<70x200xi32>
          %5 = tensor.empty() : tensor<100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<100x70xi32>) -> tensor<100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xi32>, tensor<70x200xi32>) outs(%6 : tensor<100x70xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_i32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_i32_100x70x200(%input0: tensor<100x200xi32>, %input1: tensor<70x200xi32>) -> (%output0: tensor<100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xi32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xi32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_transpose_b_i32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_i32_100x70x200_dispatch_0_matmul_like_100x70x200_i32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xi32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_bf16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xbf16>, tensor<64x64xbf16>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_bf16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_bf16_64x64x64(%input0: tensor<64x64xbf16>, %input1: tensor<64x64xbf16>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_a_bf16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_bf16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xbf16>, tensor<64x64xbf16>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_bf16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_bf16_64x64x64(%input0: tensor<64x64xbf16>, %input1: tensor<64x64xbf16>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_b_bf16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_bf16_64x64x64_dispatch_0_matmul_64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_bf16_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xbf16>> -> tensor<64x64xbf16>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xbf16>, tensor<64x64xbf16>) outs(%6 : tensor<64x64xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_bf16_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_bf16_64x64x64(%input0: tensor<64x64xbf16>, %input1: tensor<64x64xbf16>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xbf16> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_transpose_b_bf16_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_bf16_64x64x64_dispatch_0_matmul_like_64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_bf16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [200, 100], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xbf16>> -> tensor<200x100xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xbf16>> -> tensor<200x70xbf16>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<200x100xbf16>, tensor<200x70xbf16>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_bf16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_bf16_100x70x200(%input0: tensor<200x100xbf16>, %input1: tensor<200x70xbf16>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c200, %c100]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<200x100xbf16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xbf16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_a_bf16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_bf16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>> -> tensor<100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xbf16>> -> tensor<70x200xbf16>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<100x200xbf16>, tensor<70x200xbf16>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_bf16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_bf16_100x70x200(%input0: tensor<100x200xbf16>, %input1: tensor<70x200xbf16>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xbf16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xbf16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_b_bf16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_bf16_100x70x200_dispatch_0_matmul_100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_bf16_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xbf16>> -> tensor<100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xbf16>> -> tensor<70x200xbf16>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xbf16>, tensor<70x200xbf16>) outs(%6 : tensor<100x70xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_bf16_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_bf16_100x70x200(%input0: tensor<100x200xbf16>, %input1: tensor<70x200xbf16>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c40000 = arith.constant 40000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xbf16> in !stream.resource<external>{%c40000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xbf16> in !stream.resource<external>{%c28000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c40000}, %1 as %arg3: !stream.resource<external>{%c28000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_transpose_b_bf16_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_bf16_100x70x200_dispatch_0_matmul_like_100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c40000] : !stream.resource<external>{%c40000},
        ro %arg3[%c0 for %c28000] : !stream.resource<external>{%c28000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_f32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_f32_64x64x64_dispatch_0_matmul_64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_f32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_f32_64x64x64(%input0: tensor<64x64xf32>, %input1: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_a_f32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_f32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_f32_64x64x64_dispatch_0_matmul_64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%6 : tensor<64x64xf32>) -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_f32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_f32_64x64x64(%input0: tensor<64x64xf32>, %input1: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_transpose_b_f32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_f32_64x64x64_dispatch_0_matmul_64x64x64_f32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_f32_64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<64x64xf32>> -> tensor<64x64xf32>
          %5 = tensor.empty() : tensor<64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<64x64xf32>) -> tensor<64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%6 : tensor<64x64xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [64, 64], strides = [1, 1] : tensor<64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_f32_64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_f32_64x64x64(%input0: tensor<64x64xf32>, %input1: tensor<64x64xf32>) -> (%output0: tensor<64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<64x64xf32> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @mm_generic_transpose_b_f32_64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_f32_64x64x64_dispatch_0_matmul_like_64x64x64_f32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<64x64xf32> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_a_f32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_a_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_a_f32_100x70x200_dispatch_0_matmul_100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [200, 100], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x100xf32>> -> tensor<200x100xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [200, 70], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<200x70xf32>> -> tensor<200x70xf32>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<200x100xf32>, tensor<200x70xf32>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_a_f32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_a_f32_100x70x200(%input0: tensor<200x100xf32>, %input1: tensor<200x70xf32>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c200, %c100]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<200x100xf32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<200x70xf32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_a_f32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_a_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_transpose_b_f32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_transpose_b_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_transpose_b_f32_100x70x200_dispatch_0_matmul_100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>> -> tensor<100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xf32>> -> tensor<70x200xf32>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%3, %4 : tensor<100x200xf32>, tensor<70x200xf32>) outs(%6 : tensor<100x70xf32>) -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_transpose_b_f32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_transpose_b_f32_100x70x200(%input0: tensor<100x200xf32>, %input1: tensor<70x200xf32>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xf32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xf32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_transpose_b_f32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_transpose_b_f32_100x70x200_dispatch_0_matmul_100x70x200_f32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_transpose_b_f32_100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_transpose_b_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_transpose_b_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [100, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<100x200xf32>> -> tensor<100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [70, 200], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<70x200xf32>> -> tensor<70x200xf32>
          %5 = tensor.empty() : tensor<100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<100x70xf32>) -> tensor<100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<100x200xf32>, tensor<70x200xf32>) outs(%6 : tensor<100x70xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0], sizes = [100, 70], strides = [1, 1] : tensor<100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_transpose_b_f32_100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_transpose_b_f32_100x70x200(%input0: tensor<100x200xf32>, %input1: tensor<70x200xf32>) -> (%output0: tensor<100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c28000 = arith.constant 28000 : index
    %c56000 = arith.constant 56000 : index
    %c80000 = arith.constant 80000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<100x200xf32> in !stream.resource<external>{%c80000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c70, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<70x200xf32> in !stream.resource<external>{%c56000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c28000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c80000}, %1 as %arg3: !stream.resource<external>{%c56000}, %result as %arg4: !stream.resource<external>{%c28000}) {
      stream.cmd.dispatch @mm_generic_transpose_b_f32_100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_transpose_b_f32_100x70x200_dispatch_0_matmul_like_100x70x200_f32 {
        ro %arg2[%c0 for %c80000] : !stream.resource<external>{%c80000},
        ro %arg3[%c0 for %c56000] : !stream.resource<external>{%c56000},
        wo %arg4[%c0 for %c28000] : !stream.resource<external>{%c28000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c28000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<100x70xf32> in !stream.resource<external>{%c28000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i8_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i8_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i8_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>> -> tensor<2x64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>> -> tensor<2x64x64xi8>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xi8>, tensor<2x64x64xi8>) outs(%6 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i8_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i8_2x64x64x64(%input0: tensor<2x64x64xi8>, %input1: tensor<2x64x64xi8>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi8> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi8> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_batch_i8_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_batch_i8_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i8_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i8_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i8_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>> -> tensor<2x64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>> -> tensor<2x64x64xi8>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<2x64x64xi8>, tensor<2x64x64xi8>) outs(%6 : tensor<2x64x64xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i8_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i8_2x64x64x64(%input0: tensor<2x64x64xi8>, %input1: tensor<2x64x64xi8>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c8192 = arith.constant 8192 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi8> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi8> in !stream.resource<external>{%c8192}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c8192}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_generic_batch_i8_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i8_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i8xi8xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c8192] : !stream.resource<external>{%c8192},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i8_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>> -> tensor<3x100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>> -> tensor<3x200x70xi8>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<3x100x200xi8>, tensor<3x200x70xi8>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i8_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i8_3x100x70x200(%input0: tensor<3x100x200xi8>, %input1: tensor<3x200x70xi8>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c42000 = arith.constant 42000 : index
    %c60000 = arith.constant 60000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi8> in !stream.resource<external>{%c60000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi8> in !stream.resource<external>{%c42000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c60000}, %1 as %arg3: !stream.resource<external>{%c42000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_i8_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c60000] : !stream.resource<external>{%c60000},
        ro %arg3[%c0 for %c42000] : !stream.resource<external>{%c42000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i8_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i8_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i8_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>> -> tensor<3x100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>> -> tensor<3x200x70xi8>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<3x100x200xi8>, tensor<3x200x70xi8>) outs(%6 : tensor<3x100x70xi32>) {
          ^bb0(%in: i8, %in_0: i8, %out: i32):
            %8 = arith.extsi %in : i8 to i32
            %9 = arith.extsi %in_0 : i8 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i8_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i8_3x100x70x200(%input0: tensor<3x100x200xi8>, %input1: tensor<3x200x70xi8>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c42000 = arith.constant 42000 : index
    %c60000 = arith.constant 60000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi8> in !stream.resource<external>{%c60000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi8> in !stream.resource<external>{%c42000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c60000}, %1 as %arg3: !stream.resource<external>{%c42000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_generic_batch_i8_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i8_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c60000] : !stream.resource<external>{%c60000},
        ro %arg3[%c0 for %c42000] : !stream.resource<external>{%c42000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i16_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>> -> tensor<2x64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>> -> tensor<2x64x64xi16>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xi16>, tensor<2x64x64xi16>) outs(%6 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i16_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i16_2x64x64x64(%input0: tensor<2x64x64xi16>, %input1: tensor<2x64x64xi16>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi16> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi16> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_batch_i16_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_batch_i16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i16_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>> -> tensor<2x64x64xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi16>> -> tensor<2x64x64xi16>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<2x64x64xi16>, tensor<2x64x64xi16>) outs(%6 : tensor<2x64x64xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i16_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i16_2x64x64x64(%input0: tensor<2x64x64xi16>, %input1: tensor<2x64x64xi16>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi16> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi16> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_generic_batch_i16_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i16xi16xi32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>> -> tensor<3x100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>> -> tensor<3x200x70xi16>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<3x100x200xi16>, tensor<3x200x70xi16>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i16_3x100x70x200(%input0: tensor<3x100x200xi16>, %input1: tensor<3x200x70xi16>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_i16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>> -> tensor<3x100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>> -> tensor<3x200x70xi16>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<3x100x200xi16>, tensor<3x200x70xi16>) outs(%6 : tensor<3x100x70xi32>) {
          ^bb0(%in: i16, %in_0: i16, %out: i32):
            %8 = arith.extsi %in : i16 to i32
            %9 = arith.extsi %in_0 : i16 to i32
            %10 = arith.muli %8, %9 : i32
            %11 = arith.addi %out, %10 : i32
            linalg.yield %11 : i32
          } -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i16_3x100x70x200(%input0: tensor<3x100x200xi16>, %input1: tensor<3x200x70xi16>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_generic_batch_i16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i32_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xi32>, tensor<2x64x64xi32>) outs(%6 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i32_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i32_2x64x64x64(%input0: tensor<2x64x64xi32>, %input1: tensor<2x64x64xi32>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c32768}, %1 as %arg3: !stream.resource<external>{%c32768}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_batch_i32_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_batch_i32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_i32 {
        ro %arg2[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i32_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %5 = tensor.empty() : tensor<2x64x64xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<2x64x64xi32>) -> tensor<2x64x64xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<2x64x64xi32>, tensor<2x64x64xi32>) outs(%6 : tensor<2x64x64xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<2x64x64xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i32_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i32_2x64x64x64(%input0: tensor<2x64x64xi32>, %input1: tensor<2x64x64xi32>) -> (%output0: tensor<2x64x64xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c32768}, %1 as %arg3: !stream.resource<external>{%c32768}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_generic_batch_i32_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_i32 {
        ro %arg2[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xi32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_i32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>> -> tensor<3x100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>> -> tensor<3x200x70xi32>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<3x100x200xi32>, tensor<3x200x70xi32>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_i32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_i32_3x100x70x200(%input0: tensor<3x100x200xi32>, %input1: tensor<3x200x70xi32>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_i32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_i32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_i32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_i32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>> -> tensor<3x100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>> -> tensor<3x200x70xi32>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<3x100x200xi32>, tensor<3x200x70xi32>) outs(%6 : tensor<3x100x70xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %8 = arith.muli %in, %in_0 : i32
            %9 = arith.addi %out, %8 : i32
            linalg.yield %9 : i32
          } -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_i32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_i32_3x100x70x200(%input0: tensor<3x100x200xi32>, %input1: tensor<3x200x70xi32>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_generic_batch_i32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_i32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_i32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_bf16_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_bf16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_bf16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>> -> tensor<2x64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>> -> tensor<2x64x64xbf16>
          %5 = tensor.empty() : tensor<2x64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xbf16>, tensor<2x64x64xbf16>) outs(%6 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_bf16_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_bf16_2x64x64x64(%input0: tensor<2x64x64xbf16>, %input1: tensor<2x64x64xbf16>) -> (%output0: tensor<2x64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xbf16> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xbf16> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_batch_bf16_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_batch_bf16_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xf32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_bf16_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_bf16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_bf16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>> -> tensor<2x64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>> -> tensor<2x64x64xbf16>
          %5 = tensor.empty() : tensor<2x64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<2x64x64xbf16>, tensor<2x64x64xbf16>) outs(%6 : tensor<2x64x64xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<2x64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_bf16_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_bf16_2x64x64x64(%input0: tensor<2x64x64xbf16>, %input1: tensor<2x64x64xbf16>) -> (%output0: tensor<2x64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c16384 = arith.constant 16384 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xbf16> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xbf16> in !stream.resource<external>{%c16384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c16384}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_generic_batch_bf16_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_bf16_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c16384] : !stream.resource<external>{%c16384},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xf32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_bf16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>> -> tensor<3x100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>> -> tensor<3x200x70xbf16>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<3x100x200xbf16>, tensor<3x200x70xbf16>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_bf16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_bf16_3x100x70x200(%input0: tensor<3x100x200xbf16>, %input1: tensor<3x200x70xbf16>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xbf16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xbf16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_bf16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_bf16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_bf16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_bf16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>> -> tensor<3x100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>> -> tensor<3x200x70xbf16>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<3x100x200xbf16>, tensor<3x200x70xbf16>) outs(%6 : tensor<3x100x70xf32>) {
          ^bb0(%in: bf16, %in_0: bf16, %out: f32):
            %8 = arith.extf %in : bf16 to f32
            %9 = arith.extf %in_0 : bf16 to f32
            %10 = arith.mulf %8, %9 : f32
            %11 = arith.addf %out, %10 : f32
            linalg.yield %11 : f32
          } -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_bf16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_bf16_3x100x70x200(%input0: tensor<3x100x200xbf16>, %input1: tensor<3x200x70xbf16>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xbf16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xbf16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_generic_batch_bf16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_bf16_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_f32_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_f32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_f32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>> -> tensor<2x64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>> -> tensor<2x64x64xf32>
          %5 = tensor.empty() : tensor<2x64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xf32>, tensor<2x64x64xf32>) outs(%6 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_f32_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_f32_2x64x64x64(%input0: tensor<2x64x64xf32>, %input1: tensor<2x64x64xf32>) -> (%output0: tensor<2x64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xf32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xf32> in !stream.resource<external>{%c32768}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c32768}, %1 as %arg3: !stream.resource<external>{%c32768}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_batch_f32_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_batch_f32_2x64x64x64_dispatch_0_batch_matmul_2x64x64x64_f32 {
        ro %arg2[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xf32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_f32_2x64x64x64_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_f32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_f32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>> -> tensor<2x64x64xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>> -> tensor<2x64x64xf32>
          %5 = tensor.empty() : tensor<2x64x64xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<2x64x64xf32>, tensor<2x64x64xf32>) outs(%6 : tensor<2x64x64xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<2x64x64xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : tensor<2x64x64xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x64xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_f32_2x64x64x64(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_f32_2x64x64x64(%input0: tensor<2x64x64xf32>, %input1: tensor<2x64x64xf32>) -> (%output0: tensor<2x64x64xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xf32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x64xf32> in !stream.resource<external>{%c32768}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c32768}, %1 as %arg3: !stream.resource<external>{%c32768}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @mm_generic_batch_f32_2x64x64x64_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_f32_2x64x64x64_dispatch_0_matmul_like_2x64x64x64_f32 {
        ro %arg2[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x64xf32> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_f32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>> -> tensor<3x100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>> -> tensor<3x200x70xf32>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul ins(%3, %4 : tensor<3x100x200xf32>, tensor<3x200x70xf32>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_f32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_f32_3x100x70x200(%input0: tensor<3x100x200xf32>, %input1: tensor<3x200x70xf32>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xf32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xf32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_f32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_generic_batch_f32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_generic_batch_f32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_generic_batch_f32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>> -> tensor<3x100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>> -> tensor<3x200x70xf32>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<3x100x200xf32>, tensor<3x200x70xf32>) outs(%6 : tensor<3x100x70xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %8 = arith.mulf %in, %in_0 : f32
            %9 = arith.addf %out, %8 : f32
            linalg.yield %9 : f32
          } -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_generic_batch_f32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_generic_batch_f32_3x100x70x200(%input0: tensor<3x100x200xf32>, %input1: tensor<3x200x70xf32>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xf32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xf32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_generic_batch_f32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_generic_batch_f32_3x100x70x200_dispatch_0_matmul_like_3x100x70x200_f32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_a_i8_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_a_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_a_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 200, 100], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi8>> -> tensor<3x200x100xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi8>> -> tensor<3x200x70xi8>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x200x100xi8>, tensor<3x200x70xi8>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_a_i8_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_a_i8_3x100x70x200(%input0: tensor<3x200x100xi8>, %input1: tensor<3x200x70xi8>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c42000 = arith.constant 42000 : index
    %c60000 = arith.constant 60000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %c3 = arith.constant 3 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c200, %c100]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x200x100xi8> in !stream.resource<external>{%c60000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi8> in !stream.resource<external>{%c42000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c60000}, %1 as %arg3: !stream.resource<external>{%c42000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_a_i8_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_a_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c60000] : !stream.resource<external>{%c60000},
        ro %arg3[%c0 for %c42000] : !stream.resource<external>{%c42000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_b_i8_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_b_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_b_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi8>> -> tensor<3x100x200xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 70, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi8>> -> tensor<3x70x200xi8>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x100x200xi8>, tensor<3x70x200xi8>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_b_i8_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_b_i8_3x100x70x200(%input0: tensor<3x100x200xi8>, %input1: tensor<3x70x200xi8>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c42000 = arith.constant 42000 : index
    %c60000 = arith.constant 60000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi8> in !stream.resource<external>{%c60000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c70, %c200]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x70x200xi8> in !stream.resource<external>{%c42000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c60000}, %1 as %arg3: !stream.resource<external>{%c42000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_b_i8_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_b_i8_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i8xi8xi32 {
        ro %arg2[%c0 for %c60000] : !stream.resource<external>{%c60000},
        ro %arg3[%c0 for %c42000] : !stream.resource<external>{%c42000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_a_i16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_a_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_a_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 200, 100], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi16>> -> tensor<3x200x100xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi16>> -> tensor<3x200x70xi16>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x200x100xi16>, tensor<3x200x70xi16>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_a_i16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_a_i16_3x100x70x200(%input0: tensor<3x200x100xi16>, %input1: tensor<3x200x70xi16>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %c3 = arith.constant 3 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c200, %c100]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x200x100xi16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_a_i16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_a_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_b_i16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_b_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_b_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi16>> -> tensor<3x100x200xi16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 70, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi16>> -> tensor<3x70x200xi16>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x100x200xi16>, tensor<3x70x200xi16>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_b_i16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_b_i16_3x100x70x200(%input0: tensor<3x100x200xi16>, %input1: tensor<3x70x200xi16>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i16 = hal.element_type<i16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c70, %c200]) type(%element_type_i16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x70x200xi16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_b_i16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_b_i16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i16xi16xi32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_a_i32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_a_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_a_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 200, 100], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xi32>> -> tensor<3x200x100xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xi32>> -> tensor<3x200x70xi32>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x200x100xi32>, tensor<3x200x70xi32>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_a_i32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_a_i32_3x100x70x200(%input0: tensor<3x200x100xi32>, %input1: tensor<3x200x70xi32>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %c3 = arith.constant 3 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c200, %c100]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x200x100xi32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xi32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_a_i32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_a_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_b_i32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_b_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_b_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xi32>> -> tensor<3x100x200xi32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 70, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xi32>> -> tensor<3x70x200xi32>
          %5 = tensor.empty() : tensor<3x100x70xi32>
          %6 = linalg.fill ins(%c0_i32 : i32) outs(%5 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x100x200xi32>, tensor<3x70x200xi32>) outs(%6 : tensor<3x100x70xi32>) -> tensor<3x100x70xi32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xi32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_b_i32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_b_i32_3x100x70x200(%input0: tensor<3x100x200xi32>, %input1: tensor<3x70x200xi32>) -> (%output0: tensor<3x100x70xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xi32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c70, %c200]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x70x200xi32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_b_i32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_b_i32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_i32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xi32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_a_bf16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_a_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_a_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 200, 100], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xbf16>> -> tensor<3x200x100xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xbf16>> -> tensor<3x200x70xbf16>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x200x100xbf16>, tensor<3x200x70xbf16>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_a_bf16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_a_bf16_3x100x70x200(%input0: tensor<3x200x100xbf16>, %input1: tensor<3x200x70xbf16>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %c3 = arith.constant 3 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c200, %c100]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x200x100xbf16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xbf16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_a_bf16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_a_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_b_bf16_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_b_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_b_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xbf16>> -> tensor<3x100x200xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 70, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xbf16>> -> tensor<3x70x200xbf16>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x100x200xbf16>, tensor<3x70x200xbf16>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_b_bf16_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_b_bf16_3x100x70x200(%input0: tensor<3x100x200xbf16>, %input1: tensor<3x70x200xbf16>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c120000 = arith.constant 120000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xbf16> in !stream.resource<external>{%c120000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c70, %c200]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x70x200xbf16> in !stream.resource<external>{%c84000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c120000}, %1 as %arg3: !stream.resource<external>{%c84000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_b_bf16_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_b_bf16_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_bf16xbf16xf32 {
        ro %arg2[%c0 for %c120000] : !stream.resource<external>{%c120000},
        ro %arg3[%c0 for %c84000] : !stream.resource<external>{%c84000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_a_f32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_a_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_a_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 200, 100], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x100xf32>> -> tensor<3x200x100xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 200, 70], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x200x70xf32>> -> tensor<3x200x70xf32>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x200x100xf32>, tensor<3x200x70xf32>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_a_f32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_a_f32_3x100x70x200(%input0: tensor<3x200x100xf32>, %input1: tensor<3x200x70xf32>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c100 = arith.constant 100 : index
    %c200 = arith.constant 200 : index
    %c3 = arith.constant 3 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c200, %c100]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x200x100xf32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c200, %c70]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x200x70xf32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_a_f32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_a_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @mm_batch_transpose_b_f32_3x100x70x200_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @mm_batch_transpose_b_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @mm_batch_transpose_b_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [3, 100, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x100x200xf32>> -> tensor<3x100x200xf32>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [3, 70, 200], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<3x70x200xf32>> -> tensor<3x70x200xf32>
          %5 = tensor.empty() : tensor<3x100x70xf32>
          %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          %7 = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%3, %4 : tensor<3x100x200xf32>, tensor<3x70x200xf32>) outs(%6 : tensor<3x100x70xf32>) -> tensor<3x100x70xf32>
          iree_tensor_ext.dispatch.tensor.store %7, %2, offsets = [0, 0, 0], sizes = [3, 100, 70], strides = [1, 1, 1] : tensor<3x100x70xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3x100x70xf32>>
          return
        }
      }
    }
  }
  util.func public @mm_batch_transpose_b_f32_3x100x70x200(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @mm_batch_transpose_b_f32_3x100x70x200(%input0: tensor<3x100x200xf32>, %input1: tensor<3x70x200xf32>) -> (%output0: tensor<3x100x70xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c84000 = arith.constant 84000 : index
    %c168000 = arith.constant 168000 : index
    %c240000 = arith.constant 240000 : index
    %c70 = arith.constant 70 : index
    %c200 = arith.constant 200 : index
    %c100 = arith.constant 100 : index
    %c3 = arith.constant 3 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c3, %c100, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<3x100x200xf32> in !stream.resource<external>{%c240000}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c3, %c70, %c200]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<3x70x200xf32> in !stream.resource<external>{%c168000}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c84000} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c240000}, %1 as %arg3: !stream.resource<external>{%c168000}, %result as %arg4: !stream.resource<external>{%c84000}) {
      stream.cmd.dispatch @mm_batch_transpose_b_f32_3x100x70x200_dispatch_0::@embedded_elf_x86_64::@mm_batch_transpose_b_f32_3x100x70x200_dispatch_0_batch_matmul_3x100x70x200_f32 {
        ro %arg2[%c0 for %c240000] : !stream.resource<external>{%c240000},
        ro %arg3[%c0 for %c168000] : !stream.resource<external>{%c168000},
        wo %arg4[%c0 for %c84000] : !stream.resource<external>{%c84000}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c84000}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3x100x70xf32> in !stream.resource<external>{%c84000} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @elementwise_on_host_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @elementwise_on_host_dispatch_0_elementwise_16_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @elementwise_on_host_dispatch_0_elementwise_16_f32() {
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<16xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<16xf32>>
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0], sizes = [16], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<16xf32>> -> tensor<16xf32>
          %3 = tensor.empty() : tensor<16xf32>
          %4 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%2 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
          ^bb0(%in: f32, %out: f32):
            %5 = arith.negf %in : f32
            linalg.yield %5 : f32
          } -> tensor<16xf32>
          iree_tensor_ext.dispatch.tensor.store %4, %1, offsets = [0], sizes = [16], strides = [1] : tensor<16xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<16xf32>>
          return
        }
      }
    }
  }
  util.func public @elementwise_on_host(%arg0: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @elementwise_on_host(%input0: tensor<16xf32>) -> (%output0: tensor<16xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c16]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<16xf32> in !stream.resource<external>{%c64}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c64} => !stream.timepoint
    %1 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg1: !stream.resource<external>{%c64}, %result as %arg2: !stream.resource<external>{%c64}) {
      stream.cmd.dispatch @elementwise_on_host_dispatch_0::@embedded_elf_x86_64::@elementwise_on_host_dispatch_0_elementwise_16_f32 {
        ro %arg1[%c0 for %c64] : !stream.resource<external>{%c64},
        wo %arg2[%c0 for %c64] : !stream.resource<external>{%c64}
      }
    } => !stream.timepoint
    %2 = stream.timepoint.await %1 => %result : !stream.resource<external>{%c64}
    %3 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<16xf32> in !stream.resource<external>{%c64} -> !hal.buffer_view
    util.return %3 : !hal.buffer_view
  }
}