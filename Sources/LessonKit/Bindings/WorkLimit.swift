import ConvEngine
import Swiftlet

/// The interpreter checks its clock between statements, never inside one host call, and a
/// single `corr2d` of a 7000×7000 input with a 3500×3500 kernel (both within the tensor-size
/// budget) is 10^14 multiply-adds: hours. So the large kernels are refused up front when an
/// upper bound of their work passes `EngineLimits.maxMultiplyAdds`.
enum WorkLimit {
    /// Throws when `factors` multiplied (overflow-safe) pass `limit`.
    static func check(_ operation: String, _ factors: [Int], limit: Int) throws {
        var work = 1
        for factor in factors {
            let (product, overflow) = work.multipliedReportingOverflow(by: max(factor, 0))
            work = overflow ? .max : product
        }
        if work > limit {
            throw HostError("\(operation) needs about \(work) multiply-adds, more than the limit of \(limit) for one call")
        }
    }

    static func corr2d(_ x: Tensor, _ k: Tensor, limit: Int) throws {
        try check("corr2d", [x.count, k.count], limit: limit)
    }

    static func matmul(_ a: Tensor, _ b: Tensor, limit: Int) throws {
        try check("matmul", [a.count, b.rank == 2 ? b.shape[1] : 1], limit: limit)
    }

    /// N·O·Hout·Wout·C·kh·kw is at most input.count · weight.count / C.
    static func conv2d(_ input: Tensor, _ weight: Tensor, limit: Int) throws {
        let channels = input.rank == 4 ? max(1, input.shape[1]) : 1
        try check("conv2d", [input.count, max(1, weight.count / channels)], limit: limit)
    }
}
