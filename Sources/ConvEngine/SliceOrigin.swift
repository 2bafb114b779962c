/// Where a slice (or a transposed tensor) was read from. Reading `t[...]` copies (storage is always contiguous), so a
/// change made in place to the copy would be lost. The copy remembers its origin and writes its
/// new values back, as a change through a torch view reaches the tensor it views. This is what
/// makes `Y[i, j] += 1` and `Y[0][1] = 5` change `Y` in compiled Swift: the engine's `+=` takes
/// its left side by value, and Swift calls no setter of `Y` after changing what `Y[0]` returned.
/// Changes flow one way only: a slice read earlier does not see later changes of its origin.
struct SliceOrigin {
    enum Indices {
        /// `t[a, b]`: kept apart so that reading a window allocates no index array.
        case pair(IndexSpec, IndexSpec)
        case list([IndexSpec])
        /// `t.transposed(a, b)`, torch's `transpose` view: changes reach `t` transposed back.
        case transposition(Int, Int)
    }
    let base: Tensor
    let indices: Indices
}

extension Tensor {
    /// After an in-place change of this tensor: its values reach the tensor it was read from
    /// (and from there that tensor's own origin).
    func writeThrough() throws {
        guard let origin else { return }
        switch origin.indices {
        case .pair(let a, let b): try origin.base.checkedSetSubscript(a, b, self)
        case .list(let specs): try origin.base.checkedSetSubscript(specs, self)
        case .transposition(let a, let b):
            let whole = [IndexSpec](repeating: .range(lower: nil, upper: nil), count: origin.base.rank)
            try origin.base.checkedSetSubscript(whole, try checkedTransposed(a, b))
        }
    }
}
