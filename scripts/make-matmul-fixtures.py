#!/usr/bin/env python3
"""Regenerates Tests/ConvEngineTests/Fixtures/torch-matmul.jsonl: torch's float32 matrix products.

Each line: {"id", "matmul": true, "a": {"shape", "bits"}, "b": {"shape", "bits"},
"out": {"shape", "bits"}}, floats as IEEE-754 bit patterns. The engine must match bit for bit.
(Gradients are left out: torch computes them with kernels whose order depends on the strides
of the operands, such as the expanded gradient of a sum.)

Torch's CPU matmul is MKL's, whose kernel (and so the order it adds terms in) depends on the
CPU: this corpus is made with MKL's AVX-512 kernels on one thread, which add each element's
terms in order with fused multiply-adds while the inner size is below 384. MKL's AVX2 and SSE
kernels give other last bits. Run it on a CPU with AVX-512.

    python3 scripts/make-matmul-fixtures.py [OUT.jsonl]
"""
import json
import os
import struct
import sys

os.environ.setdefault("MKL_ENABLE_INSTRUCTIONS", "AVX512")
import torch  # noqa: E402

torch.set_num_threads(1)


def bits(t):
    return list(struct.unpack(f"<{t.numel()}I", t.detach().contiguous().numpy().astype("<f4").tobytes()))


def spec(t):
    return {"shape": list(t.shape), "bits": bits(t)}


lines = []
generator = torch.Generator().manual_seed(2026)
shapes = [(2, 2, 2), (2, 16, 2), (3, 2, 2), (4, 3, 5), (2, 1, 7), (6, 8, 2), (30, 40, 20), (17, 100, 9), (8, 383, 8)]
while len(shapes) < 40:
    m, k, n = (int(v) for v in torch.randint(2, 20, (3,), generator=generator))
    shapes.append((m, k, n))
for index, (m, k, n) in enumerate(shapes):
    a = torch.randn(m, k, generator=generator)
    b = torch.randn(k, n, generator=generator)
    lines.append(json.dumps({"id": f"mm-{index}-{m}x{k}x{n}", "matmul": True, "a": spec(a), "b": spec(b),
                             "out": spec(a @ b)}, separators=(",", ":")))

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Tests", "ConvEngineTests", "Fixtures", "torch-matmul.jsonl")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} cases to {path}")
