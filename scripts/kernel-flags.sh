# Sourced by scripts that compile the kernel modules with swiftc directly (build-fuzzers,
# asan-engine): the flags and defines Package.swift gives the AVX2 and AVX-512 kernel copies,
# which run only after a CPU check. Sets the arrays avx2 and avx512 (empty off x86-64).
avx2=() avx512=()
if [[ $(uname -m) == x86_64 ]]; then
    avx2=(-Xcc -mavx2 -Xcc -mfma -D FUSED_MULTIPLY_ADD -D AVX2_BUILD)
    avx512=(-Xcc -mavx512f -Xcc -mavx512vl -Xcc -mavx2 -Xcc -mfma)
fi
