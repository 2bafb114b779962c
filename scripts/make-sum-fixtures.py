#!/usr/bin/env python3
"""Regenerates Tests/ConvEngineTests/Fixtures/torch-sums.jsonl: torch's float32 sums and means.

Each line: {"id", "reduce": "sum"|"mean", "axis"?, "x": {"shape", "bits"} or {"shape", "fill"},
"out": {"shape", "bits"}}, floats as IEEE-754 bit patterns. The engine must match bit for bit.

Torch is pinned to its AVX2 kernels and one thread: the summation order depends on both, and
the engine follows the AVX2 order (8-float vectors).

    python3 scripts/make-sum-fixtures.py [OUT.jsonl] [--exhaustive]

--exhaustive writes a large corpus (every length 1..5000 and more) for checking by hand with
`.build/debug/conformance OUT.jsonl`; it is not meant to be committed.
"""
import json
import os
import struct
import sys

os.environ.setdefault("ATEN_CPU_CAPABILITY", "avx2")
import torch  # noqa: E402

if torch.backends.cpu.get_cpu_capability() != "AVX2":
    sys.exit("torch must run its AVX2 kernels (ATEN_CPU_CAPABILITY=avx2)")
torch.set_num_threads(1)


def bits(t):
    return list(struct.unpack(f"<{t.numel()}I", t.contiguous().numpy().astype("<f4").tobytes()))


def one_bits(v):
    return struct.unpack("<I", struct.pack("<f", v))[0]


lines = []


def case(id, x, reduce="sum", axis=None, fill=None, to=None):
    if reduce == "sum_to":
        out = x.sum_to_size(to)
    elif reduce == "sum":
        out = x.sum() if axis is None else x.sum(dim=axis)
    else:
        out = x.mean() if axis is None else x.mean(dim=axis)
    spec = {"shape": list(x.shape)}
    if fill is None:
        spec["bits"] = bits(x)
    else:
        spec["fill"] = one_bits(fill)
    line = {"id": id, "reduce": reduce}
    if axis is not None:
        line["axis"] = axis
    if to is not None:
        line["shape"] = list(to)
    line["x"] = spec
    line["out"] = {"shape": list(out.shape), "bits": bits(out)}
    lines.append(json.dumps(line, separators=(",", ":")))


def randn(*shape, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(*shape, generator=g)


def mixed(n, seed):
    """Normal values scaled by powers of ten from 1e-6 to 1e6: rounding depends on the order."""
    g = torch.Generator().manual_seed(seed)
    scale = torch.pow(10.0, torch.randint(-6, 7, (n,), generator=g).float())
    return torch.randn(n, generator=g) * scale


def full(shape, v):
    return torch.full(shape, v, dtype=torch.float32)


def standard():
    for n in range(1, 65):
        case(f"randn-{n}", randn(n, seed=n))
    for n in [71, 100, 127, 128, 129, 255, 256, 257, 511, 512, 513, 1025, 2049, 4099]:
        case(f"randn-{n}", randn(n, seed=n))
    for n in [9, 37, 300, 1031]:
        case(f"mixed-{n}", mixed(n, seed=n))
    for n in list(range(1, 41)) + [64, 200, 511, 1000, 4097, 10000, 32768]:
        case(f"fill-0.1-{n}", full([n], 0.1), fill=0.1)
    for v, n in [(1 / 3, 10000), (0.3, 32768), (1e-3, 12345), (7.1, 777)]:
        case(f"fill-{v:.4g}-{n}", full([n], v), fill=v)
    specials = {
        "cancel": [1e8, 1, 1, 1, 1, -1e8],
        "inf": [1, float("inf"), 2],
        "inf-minus-inf": [float("inf"), -float("inf"), 1],
        "nan-first": [float("nan"), 1],
        "nan-late": [1.0] * 13 + [float("nan")] + [2.0] * 6,
        "neg-zeros": [-0.0, -0.0, -0.0],
        "neg-zero": [-0.0],
        "neg-zeros-9": [-0.0] * 9,
        "overflow": [3e38, 3e38, -3e38],
    }
    for name, vals in specials.items():
        case(f"special-{name}", torch.tensor(vals, dtype=torch.float32))
    case("empty-sum", torch.zeros(0))
    case("empty-mean", torch.zeros(0), reduce="mean")
    case("empty-axis-sum", torch.zeros(3, 0), axis=1)
    for shape in [[3, 3], [2, 5], [7, 9], [16, 16], [3, 4, 5]]:
        case(f"full-{shape}", randn(*shape, seed=sum(shape)))
    case("fill-0.1-[10,2]-axis0", full([10, 2], 0.1), axis=0, fill=0.1)
    two_d = [[10, 2], [7, 5], [5, 7], [8, 8], [33, 40], [20, 13], [100, 3], [3, 100], [64, 9],
             [17, 37], [1, 9], [9, 1], [300, 4], [40, 70]]
    for shape in two_d:
        x = randn(*shape, seed=shape[0] * 1000 + shape[1])
        for axis in [0, 1] if x.numel() > 100 else [0, 1, -1]:
            case(f"randn-{shape}-axis{axis}", x, axis=axis)
    for shape in [[4, 6, 5], [3, 20, 9], [2, 17, 41], [5, 3, 2], [2, 70, 3]]:
        x = randn(*shape, seed=shape[0] * 10000 + shape[1] * 100 + shape[2])
        for axis in [0, 1, 2, -1]:
            case(f"randn-{shape}-axis{axis}", x, axis=axis)
    case("neg-zero-axis-len1", torch.tensor([[-0.0, 1.0, -0.0]]), axis=0)
    for shape, axis in [([1000], None), ([7, 9], None), ([33, 40], 0), ([33, 40], 1), ([2, 17, 41], 1),
                        ([0, 3], 0), ([0, 3], 1)]:
        x = randn(*shape, seed=7)
        case(f"mean-{shape}-axis{axis}", x, reduce="mean", axis=axis)
    for n in [3, 200, 1000]:
        case(f"mean-fill-0.1-{n}", full([n], 0.1), reduce="mean", fill=0.1)
    # Gradients of broadcast operands: summed down to the operand's shape (torch's sum_to).
    for shape, targets in [([33, 40], [[40], [1, 40], [33, 1], [1], []]),
                           ([4, 6, 5], [[1, 6, 1], [6, 1], [5], [4, 1, 1], [1, 1, 1]]),
                           ([6, 7], [[1]]), ([2, 3, 9, 4], [[3, 1, 1], [1, 3, 9, 1], [9, 4]])]:
        x = randn(*shape, seed=len(lines))
        for to in targets:
            case(f"sum_to-{shape}-{to}", x, reduce="sum_to", to=to)


def exhaustive():
    for n in range(1, 5001):
        case(f"randn-{n}", randn(n, seed=n))
    for n in range(1, 5001, 7):
        case(f"mixed-{n}", mixed(n, seed=n))
    for n in list(range(5001, 32769, 997)) + [8192, 16384, 16385, 32767, 32768]:
        case(f"randn-{n}", randn(n, seed=n))
        case(f"fill-0.1-{n}", full([n], 0.1), fill=0.1)
    for r in range(1, 41):
        for c in range(1, 41):
            x = randn(r, c, seed=r * 100 + c)
            case(f"randn-[{r},{c}]-axis0", x, axis=0)
            case(f"randn-[{r},{c}]-axis1", x, axis=1)
            if (r + c) % 5 == 0:
                case(f"mean-[{r},{c}]-axis0", x, reduce="mean", axis=0)
                case(f"mean-[{r},{c}]", x, reduce="mean")
    for r in [1, 2, 3, 5, 8, 16, 17, 100, 129, 1000, 1500]:
        for c in [1, 3, 4, 7, 8, 9, 31, 32, 33, 40, 65]:
            x = randn(r, c, seed=r * 7 + c)
            case(f"randn-[{r},{c}]-axis0", x, axis=0)
            case(f"randn-[{r},{c}]-axis1", x, axis=1)
    for a in [1, 2, 3]:
        for b in [1, 2, 7, 9, 40, 100]:
            for c in [1, 2, 5, 8, 13, 33]:
                x = randn(a, b, c, seed=a * 10000 + b * 100 + c)
                for axis in [0, 1, 2]:
                    case(f"randn-[{a},{b},{c}]-axis{axis}", x, axis=axis)
                    case(f"mean-[{a},{b},{c}]-axis{axis}", x, reduce="mean", axis=axis)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    out = args[0] if args else os.path.join(here, "..", "Tests", "ConvEngineTests", "Fixtures", "torch-sums.jsonl")
    (exhaustive if "--exhaustive" in sys.argv else standard)()
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} cases -> {out}")
