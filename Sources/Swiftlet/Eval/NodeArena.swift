import Foundation

/// Evaluates a child node without retaining it (the arena owns it).
@inline(__always) func fastEval(_ u: Unmanaged<Expr>, _ f: Frame) throws -> Value {
    try u._withUnsafeGuaranteedRef { try $0.eval(f) }
}

@inline(__always) func fastGet(_ u: Unmanaged<LValue>, _ f: Frame) throws -> Value {
    try u._withUnsafeGuaranteedRef { try $0.get(f) }
}

@inline(__always) func fastExec(_ u: Unmanaged<Stmt>, _ f: Frame) throws -> Flow {
    try u._withUnsafeGuaranteedRef { try $0.exec(f) }
}

/// Keeps every lowered node of a session alive. Nodes refer to their children with
/// `unowned(unsafe)` links, so evaluating them does no reference counting; the arena is what
/// owns them, for as long as the session (whose functions may run again in later cells) lives.
final class NodeArena {
    var nodes: [AnyObject] = []
    nonisolated(unsafe) static var current: NodeArena?
    /// Lowering is serialised across sessions so `current` is unambiguous. Every node must be
    /// made while this lock is held (by the lowerer, or by `Session` before it unlocks): a node
    /// made by another thread would be appended to the lowering session's arena concurrently.
    static let lock = NSLock()
    /// Nodes made outside lowering (none are expected) are kept here forever rather than dangle.
    nonisolated(unsafe) static var fallback = NodeArena()

    @inline(__always) static func keep(_ o: AnyObject) {
        if let a = current { a.nodes.append(o) } else { fallback.nodes.append(o) }
    }
}
