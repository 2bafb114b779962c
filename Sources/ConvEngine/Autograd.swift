/// One recorded operation (or a leaf) in the autograd graph.
/// Nodes are separate from tensors so an in-place write can give a tensor a new node whose
/// parent is the tensor's previous node, without cycles.
final class GradNode {
    /// torch's grad_fn class name, shown in the repr (e.g. "AddBackward0").
    let name: String
    /// The nodes of the operation's inputs, nil where an input needs no gradient.
    private(set) var parents: [GradNode?]
    /// Maps the output gradient to one gradient per parent (row-major, parent's shape); nil for
    /// leaves, and once a backward pass has used it when it keeps values (see `keepsValues`).
    private(set) var backward: (([Float]) -> [[Float]?])?
    /// Whether torch's function of this name saves tensors for its backward (a product saves its
    /// factors, a sum only sizes). torch frees them after one backward pass, and a second pass
    /// through such a node is an error; through the others it just adds the gradients again.
    let keepsValues: Bool
    /// torch's backward functions that save no tensor (checked against torch 2.x).
    static let namesKeepingNoValues: Set<String> = [
        "AddBackward0", "SubBackward0", "RsubBackward1", "NegBackward0", "SelectBackward0", "SliceBackward0",
        "AliasBackward0", "SumBackward0", "SumBackward1", "MeanBackward0", "MeanBackward1", "ViewBackward0",
        "TransposeBackward0", "FlipBackward0",
    ]
    /// For leaves: the tensor whose `grad` receives the accumulated gradient.
    weak var leafTensor: Tensor?
    let isLeaf: Bool
    /// Gradient accumulated so far during one backward pass.
    var pending: [Float]?

    init(leafOf tensor: Tensor) {
        name = "AccumulateGrad"
        parents = []
        backward = nil
        leafTensor = tensor
        isLeaf = true
        keepsValues = false
    }

    init(_ name: String, _ parents: [GradNode?], _ backward: @escaping ([Float]) -> [[Float]?]) {
        self.name = name
        self.parents = parents
        self.backward = backward
        isLeaf = false
        keepsValues = !GradNode.namesKeepingNoValues.contains(name)
    }

    /// Runs this node's backward once; a node that keeps values gives them up (as torch frees
    /// saved tensors without `retain_graph`), so running it again throws.
    func runBackward(_ g: [Float]) throws -> [[Float]?] {
        guard let backward else {
            throw TensorError.autograd("Trying to backward through the graph a second time: the first backward() freed the values it saved (torch does too, without retain_graph); compute the result again, then call backward()")
        }
        if keepsValues { self.backward = nil }
        return backward(g)
    }

    /// Tears the graph down iteratively: a long chain (the book's per-element slice writes make
    /// one node per element) would otherwise be freed recursively and could overflow the stack.
    deinit {
        var work = parents.compactMap { $0 }
        parents = []
        while var n = work.popLast() {
            if isKnownUniquelyReferenced(&n) {
                work.append(contentsOf: n.parents.compactMap { $0 })
                n.parents = []
            }
        }
    }

    func accumulate(_ g: [Float]) {
        if pending == nil { pending = g; return }
        pending!.withUnsafeMutableBufferPointer { p in
            g.withUnsafeBufferPointer { q in
                for i in 0..<p.count { p[i] += q[i] }
            }
        }
    }
}

/// Whether an operation on `a` must be recorded (cheap when nothing requires grad).
@inline(__always)
func recording(_ a: Tensor) -> Bool { a.node != nil && Tensor.isGradEnabled }

@inline(__always)
func recording(_ a: Tensor, _ b: Tensor) -> Bool {
    (a.node != nil || b.node != nil) && Tensor.isGradEnabled
}

extension Tensor {
    /// The recorded operation's name as torch prints it, nil for leaves.
    public var gradFnName: String? { node.flatMap { $0.isLeaf ? nil : $0.name } }

    /// Throwing core of `backward()`: accumulates d(self)/d(leaf) into every leaf's `grad`.
    public func checkedBackward() throws {
        guard count == 1 else { throw TensorError.notScalar(shape: shape) }
        try checkedBackward(seed: [1])
    }

    /// Throwing core of `backward(gradient:)`: backpropagates a given output gradient (torch's
    /// `t.backward(g)`), for non-scalar outputs.
    public func checkedBackward(gradient: Tensor) throws {
        guard gradient.shape == shape else {
            throw TensorError.shapeMismatch("gradient of shape \(gradient.shape) for a tensor of shape \(shape)")
        }
        try checkedBackward(seed: gradient.storage.values)
    }

    public func backward(gradient: Tensor) { orTrap { try checkedBackward(gradient: gradient) } }

    private func checkedBackward(seed: [Float]) throws {
        guard let root = node else {
            throw TensorError.autograd("element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let order = Tensor.topologicalOrder(from: root)
        root.pending = seed
        for n in order.reversed() {
            guard let g = n.pending else { continue }
            n.pending = nil
            if n.isLeaf {
                guard let leaf = n.leafTensor else { continue }
                if let existing = leaf.grad {
                    existing.storage.withMutableBuffer { p in
                        for i in 0..<p.count { p[i] += g[i] }
                    }
                } else {
                    leaf.grad = Tensor(storage: try Storage.adopting(g), shape: leaf.shape)
                }
            } else {
                let grads = try n.runBackward(g)
                for (parent, pg) in zip(n.parents, grads) {
                    if let parent, let pg { parent.accumulate(pg) }
                }
            }
        }
    }

    public func backward() { orTrap { try checkedBackward() } }

    /// Post-order (inputs before outputs), iterative so long CopySlices chains cannot overflow the stack.
    static func topologicalOrder(from root: GradNode) -> [GradNode] {
        var order: [GradNode] = []
        var visited: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var stack: [(node: GradNode, next: Int)] = [(root, 0)]
        while !stack.isEmpty {
            let top = stack.count - 1
            let (n, i) = stack[top]
            if i < n.parents.count {
                stack[top].next += 1
                if let p = n.parents[i], visited.insert(ObjectIdentifier(p)).inserted {
                    stack.append((p, 0))
                }
            } else {
                order.append(n)
                stack.removeLast()
            }
        }
        return order
    }

    /// Refuses in-place writes that would corrupt autograd, as torch does.
    func checkInPlaceAllowed() throws {
        if let n = node, n.isLeaf, Tensor.isGradEnabled {
            throw TensorError.autograd("a leaf tensor that requires grad is being used in an in-place operation")
        }
    }
}
