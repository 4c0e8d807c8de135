module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #hal.device.target<"local", [#hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>]> : !hal.device
  hal.executable private @epilogue_bias_relu_i32_i32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_bias_relu_i32_i32_dispatch_0_matmul_128x128x96_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_bias_relu_i32_i32_dispatch_0_matmul_128x128x96_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xi32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi32>> -> tensor<128x96xi32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi32>> -> tensor<96x128xi32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [0], sizes = [128], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xi32>> -> tensor<128xi32>
          %7 = tensor.empty() : tensor<128x128xi32>
          %8 = linalg.fill ins(%c0_i32 : i32) outs(%7 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %9 = linalg.matmul ins(%4, %5 : tensor<128x96xi32>, tensor<96x128xi32>) outs(%8 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%9, %6 : tensor<128x128xi32>, tensor<128xi32>) outs(%7 : tensor<128x128xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %11 = arith.addi %in, %in_0 : i32
            %12 = arith.maxsi %11, %c0_i32 : i32
            linalg.yield %12 : i32
          } -> tensor<128x128xi32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_bias_relu_i32_i32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_bias_relu_i32_i32(%input0: tensor<128x96xi32>, %input1: tensor<96x128xi32>, %input2: tensor<128xi32>) -> (%output0: tensor<128x128xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c65536 = arith.constant 65536 : index
    %c512 = arith.constant 512 : index
    %c49152 = arith.constant 49152 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([%c128]) type(%element_type_i32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<128xi32> in !stream.resource<external>{%c512}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c65536} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c49152}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c512}, %result as %arg6: !stream.resource<external>{%c65536}) {
      stream.cmd.dispatch @epilogue_bias_relu_i32_i32_dispatch_0::@embedded_elf_x86_64::@epilogue_bias_relu_i32_i32_dispatch_0_matmul_128x128x96_i32 {
        ro %arg3[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c512] : !stream.resource<external>{%c512},
        wo %arg6[%c0 for %c65536] : !stream.resource<external>{%c65536}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c65536}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<128x128xi32> in !stream.resource<external>{%c65536} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_bias_relu_f32_f32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_bias_relu_f32_f32_dispatch_0_matmul_128x128x96_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_bias_relu_f32_f32_dispatch_0_matmul_128x128x96_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xf32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xf32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xf32>> -> tensor<128x96xf32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xf32>> -> tensor<96x128xf32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [0], sizes = [128], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xf32>> -> tensor<128xf32>
          %7 = tensor.empty() : tensor<128x128xf32>
          %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %9 = linalg.matmul ins(%4, %5 : tensor<128x96xf32>, tensor<96x128xf32>) outs(%8 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%9, %6 : tensor<128x128xf32>, tensor<128xf32>) outs(%7 : tensor<128x128xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %11 = arith.addf %in, %in_0 : f32
            %12 = arith.maximumf %11, %cst : f32
            linalg.yield %12 : f32
          } -> tensor<128x128xf32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xf32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_bias_relu_f32_f32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_bias_relu_f32_f32(%input0: tensor<128x96xf32>, %input1: tensor<96x128xf32>, %input2: tensor<128xf32>) -> (%output0: tensor<128x128xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c65536 = arith.constant 65536 : index
    %c512 = arith.constant 512 : index
    %c49152 = arith.constant 49152 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xf32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xf32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([%c128]) type(%element_type_f32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<128xf32> in !stream.resource<external>{%c512}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c65536} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c49152}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c512}, %result as %arg6: !stream.resource<external>{%c65536}) {
      stream.cmd.dispatch @epilogue_bias_relu_f32_f32_dispatch_0::@embedded_elf_x86_64::@epilogue_bias_relu_f32_f32_dispatch_0_matmul_128x128x96_f32 {
        ro %arg3[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c512] : !stream.resource<external>{%c512},
        wo %arg6[%c0 for %c65536] : !stream.resource<external>{%c65536}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c65536}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<128x128xf32> in !stream.resource<external>{%c65536} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_row_bias_i32_i32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_row_bias_i32_i32_dispatch_0_matmul_128x128x96_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_row_bias_i32_i32_dispatch_0_matmul_128x128x96_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xi32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi32>> -> tensor<128x96xi32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi32>> -> tensor<96x128xi32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [0], sizes = [128], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128xi32>> -> tensor<128xi32>
          %7 = tensor.empty() : tensor<128x128xi32>
          %8 = linalg.fill ins(%c0_i32 : i32) outs(%7 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %9 = linalg.matmul ins(%4, %5 : tensor<128x96xi32>, tensor<96x128xi32>) outs(%8 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%9, %6 : tensor<128x128xi32>, tensor<128xi32>) outs(%7 : tensor<128x128xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %11 = arith.addi %in, %in_0 : i32
            %12 = arith.maxsi %11, %c0_i32 : i32
            linalg.yield %12 : i32
          } -> tensor<128x128xi32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_row_bias_i32_i32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_row_bias_i32_i32(%input0: tensor<128x96xi32>, %input1: tensor<96x128xi32>, %input2: tensor<128xi32>) -> (%output0: tensor<128x128xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c65536 = arith.constant 65536 : index
    %c512 = arith.constant 512 : index
    %c49152 = arith.constant 49152 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([%c128]) type(%element_type_i32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<128xi32> in !stream.resource<external>{%c512}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c65536} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c49152}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c512}, %result as %arg6: !stream.resource<external>{%c65536}) {
      stream.cmd.dispatch @epilogue_row_bias_i32_i32_dispatch_0::@embedded_elf_x86_64::@epilogue_row_bias_i32_i32_dispatch_0_matmul_128x128x96_i32 {
        ro %arg3[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c512] : !stream.resource<external>{%c512},
        wo %arg6[%c0 for %c65536] : !stream.resource<external>{%c65536}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c65536}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<128x128xi32> in !stream.resource<external>{%c65536} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_truncf_bf16_bf16_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_truncf_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_truncf_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xbf16>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xbf16>> -> tensor<128x96xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xbf16>> -> tensor<96x128xbf16>
          %5 = tensor.empty() : tensor<128x128xbf16>
          %6 = tensor.empty() : tensor<128x128xf32>
          %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %8 = linalg.matmul ins(%3, %4 : tensor<128x96xbf16>, tensor<96x128xbf16>) outs(%7 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<128x128xf32>) outs(%5 : tensor<128x128xbf16>) {
          ^bb0(%in: f32, %out: bf16):
            %10 = arith.truncf %in : f32 to bf16
            linalg.yield %10 : bf16
          } -> tensor<128x128xbf16>
          iree_tensor_ext.dispatch.tensor.store %9, %2, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xbf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xbf16>>
          return
        }
      }
    }
  }
  util.func public @epilogue_truncf_bf16_bf16(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_truncf_bf16_bf16(%input0: tensor<128x96xbf16>, %input1: tensor<96x128xbf16>) -> (%output0: tensor<128x128xbf16>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c24576 = arith.constant 24576 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xbf16> in !stream.resource<external>{%c24576}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xbf16> in !stream.resource<external>{%c24576}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c24576}, %1 as %arg3: !stream.resource<external>{%c24576}, %result as %arg4: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @epilogue_truncf_bf16_bf16_dispatch_0::@embedded_elf_x86_64::@epilogue_truncf_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32 {
        ro %arg2[%c0 for %c24576] : !stream.resource<external>{%c24576},
        ro %arg3[%c0 for %c24576] : !stream.resource<external>{%c24576},
        wo %arg4[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c32768}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<128x128xbf16> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @epilogue_requant_i8_i8_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_requant_i8_i8_dispatch_0_matmul_128x128x96_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_requant_i8_i8_dispatch_0_matmul_128x128x96_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c3_i32 = arith.constant 3 : i32
          %c7_i32 = arith.constant 7 : i32
          %c-128_i32 = arith.constant -128 : i32
          %c127_i32 = arith.constant 127 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi8>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xi8>> -> tensor<128x96xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xi8>> -> tensor<96x128xi8>
          %5 = tensor.empty() : tensor<128x128xi8>
          %6 = tensor.empty() : tensor<128x128xi32>
          %7 = linalg.fill ins(%c0_i32 : i32) outs(%6 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %8 = linalg.matmul ins(%3, %4 : tensor<128x96xi8>, tensor<96x128xi8>) outs(%7 : tensor<128x128xi32>) -> tensor<128x128xi32>
          %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<128x128xi32>) outs(%5 : tensor<128x128xi8>) {
          ^bb0(%in: i32, %out: i8):
            %10 = arith.muli %in, %c3_i32 : i32
            %11 = arith.shrsi %10, %c7_i32 : i32
            %12 = arith.maxsi %11, %c-128_i32 : i32
            %13 = arith.minsi %12, %c127_i32 : i32
            %14 = arith.trunci %13 : i32 to i8
            linalg.yield %14 : i8
          } -> tensor<128x128xi8>
          iree_tensor_ext.dispatch.tensor.store %9, %2, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xi8> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xi8>>
          return
        }
      }
    }
  }
  util.func public @epilogue_requant_i8_i8(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_requant_i8_i8(%input0: tensor<128x96xi8>, %input1: tensor<96x128xi8>) -> (%output0: tensor<128x128xi8>)"}} {
    %c0 = arith.constant 0 : index
    %c16384 = arith.constant 16384 : index
    %c12288 = arith.constant 12288 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xi8> in !stream.resource<external>{%c12288}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xi8> in !stream.resource<external>{%c12288}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c16384} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c12288}, %1 as %arg3: !stream.resource<external>{%c12288}, %result as %arg4: !stream.resource<external>{%c16384}) {
      stream.cmd.dispatch @epilogue_requant_i8_i8_dispatch_0::@embedded_elf_x86_64::@epilogue_requant_i8_i8_dispatch_0_matmul_128x128x96_i8xi8xi32 {
        ro %arg2[%c0 for %c12288] : !stream.resource<external>{%c12288},
        ro %arg3[%c0 for %c12288] : !stream.resource<external>{%c12288},
        wo %arg4[%c0 for %c16384] : !stream.resource<external>{%c16384}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c16384}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<128x128xi8> in !stream.resource<external>{%c16384} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @epilogue_scale_bf16_bf16_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_scale_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_scale_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xbf16>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0], sizes = [128, 96], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<128x96xbf16>> -> tensor<128x96xbf16>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [96, 128], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96x128xbf16>> -> tensor<96x128xbf16>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f32>> -> tensor<f32>
          %7 = tensor.empty() : tensor<128x128xbf16>
          %8 = tensor.empty() : tensor<128x128xf32>
          %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %10 = linalg.matmul ins(%4, %5 : tensor<128x96xbf16>, tensor<96x128xbf16>) outs(%9 : tensor<128x128xf32>) -> tensor<128x128xf32>
          %11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%10, %6 : tensor<128x128xf32>, tensor<f32>) outs(%7 : tensor<128x128xbf16>) {
          ^bb0(%in: f32, %in_0: f32, %out: bf16):
            %12 = arith.mulf %in, %in_0 : f32
            %13 = arith.truncf %12 : f32 to bf16
            linalg.yield %13 : bf16
          } -> tensor<128x128xbf16>
          iree_tensor_ext.dispatch.tensor.store %11, %3, offsets = [0, 0], sizes = [128, 128], strides = [1, 1] : tensor<128x128xbf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<128x128xbf16>>
          return
        }
      }
    }
  }
  util.func public @epilogue_scale_bf16_bf16(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_scale_bf16_bf16(%input0: tensor<128x96xbf16>, %input1: tensor<96x128xbf16>, %input2: tensor<f32>) -> (%output0: tensor<128x128xbf16>)"}} {
    %c0 = arith.constant 0 : index
    %c32768 = arith.constant 32768 : index
    %c4 = arith.constant 4 : index
    %c24576 = arith.constant 24576 : index
    %c96 = arith.constant 96 : index
    %c128 = arith.constant 128 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c128, %c96]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<128x96xbf16> in !stream.resource<external>{%c24576}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c96, %c128]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<96x128xbf16> in !stream.resource<external>{%c24576}
    %element_type_f32 = hal.element_type<f32> : i32
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([]) type(%element_type_f32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<f32> in !stream.resource<external>{%c4}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c32768} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c24576}, %1 as %arg4: !stream.resource<external>{%c24576}, %2 as %arg5: !stream.resource<external>{%c4}, %result as %arg6: !stream.resource<external>{%c32768}) {
      stream.cmd.dispatch @epilogue_scale_bf16_bf16_dispatch_0::@embedded_elf_x86_64::@epilogue_scale_bf16_bf16_dispatch_0_matmul_128x128x96_bf16xbf16xf32 {
        ro %arg3[%c0 for %c24576] : !stream.resource<external>{%c24576},
        ro %arg4[%c0 for %c24576] : !stream.resource<external>{%c24576},
        ro %arg5[%c0 for %c4] : !stream.resource<external>{%c4},
        wo %arg6[%c0 for %c32768] : !stream.resource<external>{%c32768}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c32768}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<128x128xbf16> in !stream.resource<external>{%c32768} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_batch_bias_relu_i32_i32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_batch_bias_relu_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_batch_bias_relu_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96xi32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi32>> -> tensor<2x64x96xi32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [0], sizes = [96], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<96xi32>> -> tensor<96xi32>
          %7 = tensor.empty() : tensor<2x64x96xi32>
          %8 = linalg.fill ins(%c0_i32 : i32) outs(%7 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %9 = linalg.batch_matmul ins(%4, %5 : tensor<2x64x64xi32>, tensor<2x64x96xi32>) outs(%8 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %6 : tensor<2x64x96xi32>, tensor<96xi32>) outs(%7 : tensor<2x64x96xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %11 = arith.addi %in, %in_0 : i32
            %12 = arith.maxsi %11, %c0_i32 : i32
            linalg.yield %12 : i32
          } -> tensor<2x64x96xi32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : tensor<2x64x96xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_batch_bias_relu_i32_i32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_batch_bias_relu_i32_i32(%input0: tensor<2x64x64xi32>, %input1: tensor<2x64x96xi32>, %input2: tensor<96xi32>) -> (%output0: tensor<2x64x96xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c384 = arith.constant 384 : index
    %c49152 = arith.constant 49152 : index
    %c32768 = arith.constant 32768 : index
    %c96 = arith.constant 96 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c96]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x96xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([%c96]) type(%element_type_i32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<96xi32> in !stream.resource<external>{%c384}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c49152} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c32768}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c384}, %result as %arg6: !stream.resource<external>{%c49152}) {
      stream.cmd.dispatch @epilogue_batch_bias_relu_i32_i32_dispatch_0::@embedded_elf_x86_64::@epilogue_batch_bias_relu_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32 {
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c384] : !stream.resource<external>{%c384},
        wo %arg6[%c0 for %c49152] : !stream.resource<external>{%c49152}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c49152}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<2x64x96xi32> in !stream.resource<external>{%c49152} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_batch_row_bias_f32_f32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_batch_row_bias_f32_f32_dispatch_0_batch_matmul_2x64x96x64_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_batch_row_bias_f32_f32_dispatch_0_batch_matmul_2x64x96x64_f32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xf32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64xf32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xf32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xf32>> -> tensor<2x64x64xf32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xf32>> -> tensor<2x64x96xf32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [0, 0], sizes = [2, 64], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64xf32>> -> tensor<2x64xf32>
          %7 = tensor.empty() : tensor<2x64x96xf32>
          %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x64x96xf32>) -> tensor<2x64x96xf32>
          %9 = linalg.batch_matmul ins(%4, %5 : tensor<2x64x64xf32>, tensor<2x64x96xf32>) outs(%8 : tensor<2x64x96xf32>) -> tensor<2x64x96xf32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %6 : tensor<2x64x96xf32>, tensor<2x64xf32>) outs(%7 : tensor<2x64x96xf32>) {
          ^bb0(%in: f32, %in_0: f32, %out: f32):
            %11 = arith.addf %in, %in_0 : f32
            %12 = arith.maximumf %11, %cst : f32
            linalg.yield %12 : f32
          } -> tensor<2x64x96xf32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : tensor<2x64x96xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xf32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_batch_row_bias_f32_f32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_batch_row_bias_f32_f32(%input0: tensor<2x64x64xf32>, %input1: tensor<2x64x96xf32>, %input2: tensor<2x64xf32>) -> (%output0: tensor<2x64x96xf32>)"}} {
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %c49152 = arith.constant 49152 : index
    %c32768 = arith.constant 32768 : index
    %c96 = arith.constant 96 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_f32 = hal.element_type<f32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xf32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c96]) type(%element_type_f32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x96xf32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([%c2, %c64]) type(%element_type_f32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<2x64xf32> in !stream.resource<external>{%c512}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c49152} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c32768}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c512}, %result as %arg6: !stream.resource<external>{%c49152}) {
      stream.cmd.dispatch @epilogue_batch_row_bias_f32_f32_dispatch_0::@embedded_elf_x86_64::@epilogue_batch_row_bias_f32_f32_dispatch_0_batch_matmul_2x64x96x64_f32 {
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c512] : !stream.resource<external>{%c512},
        wo %arg6[%c0 for %c49152] : !stream.resource<external>{%c49152}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c49152}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<2x64x96xf32> in !stream.resource<external>{%c49152} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
  hal.executable private @epilogue_batch_truncf_bf16_bf16_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_batch_truncf_bf16_bf16_dispatch_0_batch_matmul_2x64x96x64_bf16xbf16xf32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_batch_truncf_bf16_bf16_dispatch_0_batch_matmul_2x64x96x64_bf16xbf16xf32() {
          %cst = arith.constant 0.000000e+00 : f32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xbf16>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xbf16>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xbf16>> -> tensor<2x64x64xbf16>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xbf16>> -> tensor<2x64x96xbf16>
          %5 = tensor.empty() : tensor<2x64x96xbf16>
          %6 = tensor.empty() : tensor<2x64x96xf32>
          %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x64x96xf32>) -> tensor<2x64x96xf32>
          %8 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xbf16>, tensor<2x64x96xbf16>) outs(%7 : tensor<2x64x96xf32>) -> tensor<2x64x96xf32>
          %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x64x96xf32>) outs(%5 : tensor<2x64x96xbf16>) {
          ^bb0(%in: f32, %out: bf16):
            %10 = arith.truncf %in : f32 to bf16
            linalg.yield %10 : bf16
          } -> tensor<2x64x96xbf16>
          iree_tensor_ext.dispatch.tensor.store %9, %2, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : tensor<2x64x96xbf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xbf16>>
          return
        }
      }
    }
  }
  util.func public @epilogue_batch_truncf_bf16_bf16(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_batch_truncf_bf16_bf16(%input0: tensor<2x64x64xbf16>, %input1: tensor<2x64x96xbf16>) -> (%output0: tensor<2x64x96xbf16>)"}} {
    %c0 = arith.constant 0 : index
    %c24576 = arith.constant 24576 : index
    %c16384 = arith.constant 16384 : index
    %c96 = arith.constant 96 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_bf16 = hal.element_type<bf16> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_bf16) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xbf16> in !stream.resource<external>{%c16384}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c96]) type(%element_type_bf16) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x96xbf16> in !stream.resource<external>{%c24576}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c24576} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c16384}, %1 as %arg3: !stream.resource<external>{%c24576}, %result as %arg4: !stream.resource<external>{%c24576}) {
      stream.cmd.dispatch @epilogue_batch_truncf_bf16_bf16_dispatch_0::@embedded_elf_x86_64::@epilogue_batch_truncf_bf16_bf16_dispatch_0_batch_matmul_2x64x96x64_bf16xbf16xf32 {
        ro %arg2[%c0 for %c16384] : !stream.resource<external>{%c16384},
        ro %arg3[%c0 for %c24576] : !stream.resource<external>{%c24576},
        wo %arg4[%c0 for %c24576] : !stream.resource<external>{%c24576}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c24576}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x96xbf16> in !stream.resource<external>{%c24576} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @epilogue_batch_requant_i8_i8_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_batch_requant_i8_i8_dispatch_0_batch_matmul_2x64x96x64_i8xi8xi32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_batch_requant_i8_i8_dispatch_0_batch_matmul_2x64x96x64_i8xi8xi32() {
          %c0_i32 = arith.constant 0 : i32
          %c3_i32 = arith.constant 3 : i32
          %c7_i32 = arith.constant 7 : i32
          %c-128_i32 = arith.constant -128 : i32
          %c127_i32 = arith.constant 127 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi8>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi8>>
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi8>> -> tensor<2x64x64xi8>
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi8>> -> tensor<2x64x96xi8>
          %5 = tensor.empty() : tensor<2x64x96xi8>
          %6 = tensor.empty() : tensor<2x64x96xi32>
          %7 = linalg.fill ins(%c0_i32 : i32) outs(%6 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %8 = linalg.batch_matmul ins(%3, %4 : tensor<2x64x64xi8>, tensor<2x64x96xi8>) outs(%7 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x64x96xi32>) outs(%5 : tensor<2x64x96xi8>) {
          ^bb0(%in: i32, %out: i8):
            %10 = arith.muli %in, %c3_i32 : i32
            %11 = arith.shrsi %10, %c7_i32 : i32
            %12 = arith.maxsi %11, %c-128_i32 : i32
            %13 = arith.minsi %12, %c127_i32 : i32
            %14 = arith.trunci %13 : i32 to i8
            linalg.yield %14 : i8
          } -> tensor<2x64x96xi8>
          iree_tensor_ext.dispatch.tensor.store %9, %2, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : tensor<2x64x96xi8> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi8>>
          return
        }
      }
    }
  }
  util.func public @epilogue_batch_requant_i8_i8(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_batch_requant_i8_i8(%input0: tensor<2x64x64xi8>, %input1: tensor<2x64x96xi8>) -> (%output0: tensor<2x64x96xi8>)"}} {
    %c0 = arith.constant 0 : index
    %c12288 = arith.constant 12288 : index
    %c8192 = arith.constant 8192 : index
    %c96 = arith.constant 96 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i8 = hal.element_type<i8> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i8) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi8> in !stream.resource<external>{%c8192}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c96]) type(%element_type_i8) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x96xi8> in !stream.resource<external>{%c12288}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c12288} => !stream.timepoint
    %2 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg2: !stream.resource<external>{%c8192}, %1 as %arg3: !stream.resource<external>{%c12288}, %result as %arg4: !stream.resource<external>{%c12288}) {
      stream.cmd.dispatch @epilogue_batch_requant_i8_i8_dispatch_0::@embedded_elf_x86_64::@epilogue_batch_requant_i8_i8_dispatch_0_batch_matmul_2x64x96x64_i8xi8xi32 {
        ro %arg2[%c0 for %c8192] : !stream.resource<external>{%c8192},
        ro %arg3[%c0 for %c12288] : !stream.resource<external>{%c12288},
        wo %arg4[%c0 for %c12288] : !stream.resource<external>{%c12288}
      }
    } => !stream.timepoint
    %3 = stream.timepoint.await %2 => %result : !stream.resource<external>{%c12288}
    %4 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<2x64x96xi8> in !stream.resource<external>{%c12288} -> !hal.buffer_view
    util.return %4 : !hal.buffer_view
  }
  hal.executable private @epilogue_batch_scale_i32_i32_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "generic", cpu_features = "", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 16 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @epilogue_batch_scale_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice()
        hal.return %x, %y, %z : index, index, index
      }
      builtin.module {
        func.func @epilogue_batch_scale_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32() {
          %c0_i32 = arith.constant 0 : i32
          %c0 = arith.constant 0 : index
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>>
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi32>>
          %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(2) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<i32>>
          %3 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(3) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi32>>
          %4 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [2, 64, 64], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x64xi32>> -> tensor<2x64x64xi32>
          %5 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<2x64x96xi32>> -> tensor<2x64x96xi32>
          %6 = iree_tensor_ext.dispatch.tensor.load %2, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<i32>> -> tensor<i32>
          %7 = tensor.empty() : tensor<2x64x96xi32>
          %8 = linalg.fill ins(%c0_i32 : i32) outs(%7 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %9 = linalg.batch_matmul ins(%4, %5 : tensor<2x64x64xi32>, tensor<2x64x96xi32>) outs(%8 : tensor<2x64x96xi32>) -> tensor<2x64x96xi32>
          %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> ()>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %6 : tensor<2x64x96xi32>, tensor<i32>) outs(%7 : tensor<2x64x96xi32>) {
          ^bb0(%in: i32, %in_0: i32, %out: i32):
            %11 = arith.muli %in, %in_0 : i32
            linalg.yield %11 : i32
          } -> tensor<2x64x96xi32>
          iree_tensor_ext.dispatch.tensor.store %10, %3, offsets = [0, 0, 0], sizes = [2, 64, 96], strides = [1, 1, 1] : tensor<2x64x96xi32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<2x64x96xi32>>
          return
        }
      }
    }
  }
  util.func public @epilogue_batch_scale_i32_i32(%arg0: !hal.buffer_view, %arg1: !hal.buffer_view, %arg2: !hal.buffer_view) -> !hal.buffer_view attributes {iree.abi.stub, iree.reflection = {iree.abi.declaration = "sync func @epilogue_batch_scale_i32_i32(%input0: tensor<2x64x64xi32>, %input1: tensor<2x64x96xi32>, %input2: tensor<i32>) -> (%output0: tensor<2x64x96xi32>)"}} {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c49152 = arith.constant 49152 : index
    %c32768 = arith.constant 32768 : index
    %c96 = arith.constant 96 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %element_type_i32 = hal.element_type<i32> : i32
    %dense_row_major = hal.encoding_type<dense_row_major> : i32
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("input0") shape([%c2, %c64, %c64]) type(%element_type_i32) encoding(%dense_row_major)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<2x64x64xi32> in !stream.resource<external>{%c32768}
    hal.buffer_view.assert<%arg1 : !hal.buffer_view> message("input1") shape([%c2, %c64, %c96]) type(%element_type_i32) encoding(%dense_row_major)
    %1 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg1 : !hal.buffer_view -> tensor<2x64x96xi32> in !stream.resource<external>{%c49152}
    hal.buffer_view.assert<%arg2 : !hal.buffer_view> message("input2") shape([]) type(%element_type_i32) encoding(%dense_row_major)
    %2 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg2 : !hal.buffer_view -> tensor<i32> in !stream.resource<external>{%c4}
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) : !stream.resource<external>{%c49152} => !stream.timepoint
    %3 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%result_timepoint) => with(%0 as %arg3: !stream.resource<external>{%c32768}, %1 as %arg4: !stream.resource<external>{%c49152}, %2 as %arg5: !stream.resource<external>{%c4}, %result as %arg6: !stream.resource<external>{%c49152}) {
      stream.cmd.dispatch @epilogue_batch_scale_i32_i32_dispatch_0::@embedded_elf_x86_64::@epilogue_batch_scale_i32_i32_dispatch_0_batch_matmul_2x64x96x64_i32 {
        ro %arg3[%c0 for %c32768] : !stream.resource<external>{%c32768},
        ro %arg4[%c0 for %c49152] : !stream.resource<external>{%c49152},
        ro %arg5[%c0 for %c4] : !stream.resource<external>{%c4},
        wo %arg6[%c0 for %c49152] : !stream.resource<external>{%c49152}
      }
    } => !stream.timepoint
    %4 = stream.timepoint.await %3 => %result : !stream.resource<external>{%c49152}
    %5 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<2x64x96xi32> in !stream.resource<external>{%c49152} -> !hal.buffer_view
    util.return %5 : !hal.buffer_view
  }
}