import Foundation

/// Storage of one function activation (or the session's globals). Closures keep their
/// defining frame alive, which is what gives Swift's capture-by-reference.
final class Frame {
    /// Raw storage: no bounds or exclusivity checks on the hot path; indices come from lowering.
    let slots: UnsafeMutablePointer<Value>
    let size: Int
    let parent: Frame?
    var returnValue: Value = .void
    /// Set once a closure has captured this frame (see `CapturedFrames`).
    var isCaptured = false
    /// Slots that may hold something other than `.void`: all of them, except in the global
    /// frame, whose fixed capacity (32,768 slots, 1 MB) dwarfs the few dozen a session declares.
    /// Clearing and freeing touch only these (about a fifth of a one-line lesson's time went
    /// to the rest).
    var slotsInUse: Int
    init(size: Int, parent: Frame?, slotsInUse: Int? = nil) {
        self.size = size
        slots = .allocate(capacity: max(size, 1))
        slots.initialize(repeating: .void, count: max(size, 1))
        self.parent = parent
        self.slotsInUse = slotsInUse ?? max(size, 1)
    }
    deinit {
        assert((slotsInUse..<max(size, 1)).allSatisfy { if case .void = slots[$0] { true } else { false } },
               "a slot past slotsInUse holds a value")
        // `.void` owns nothing, so the slots past `slotsInUse` need no deinitialising.
        slots.deinitialize(count: slotsInUse)
        slots.deallocate()
    }
    /// Drops every value the frame holds (breaking cycles through closures that captured it).
    func clear() {
        for i in 0..<slotsInUse { slots[i] = .void }
        returnValue = .void
    }
    /// The global frame never moves (nodes hold pointers into it), so it has a fixed capacity.
    static let globalCapacity = 1 << 15
    @inline(__always) func ancestor(_ hops: Int) -> Frame {
        var f = self
        for _ in 0..<hops { f = f.parent! }
        return f
    }
}

/// Per-session mutable state the evaluator needs: output, limits, the host table.
final class Runtime {
    /// True once a cell imported Foundation (or the host implies it): some answers differ then,
    /// as Swift's overload resolution picks Foundation's method (`"abc".contains("")`).
    var foundationImported = false
    /// The file of the cell being lowered or run: functions remember where they were written.
    var currentFile = ""
    var output = ""
    var events: [OutputEvent] = []
    var printSites: [PrintSite] = []
    /// The line of the builtin call being made (set just before `print` and friends run).
    var builtinCallLine: Int32 = 0
    var limits: Limits
    var library: HostLibrary
    /// Frames closures captured, cleared when the session ends.
    let capturedFrames = CapturedFrames()
    var callDepth = 0
    var deadline: UInt64 = .max
    var ticks = 0
    var steps = 0

    init(library: HostLibrary, limits: Limits) { self.library = library; self.limits = limits }

    func write(_ s: String) {
        printSites.append(PrintSite(outputOffset: output.utf8.count, line: Int(builtinCallLine)))
        output += s
        if case .text(let prev)? = events.last {
            events[events.count - 1] = .text(prev + s)
        } else {
            events.append(.text(s))
        }
    }

    func start() {
        ticks = 0; steps = 0; callDepth = 0
        // Saturating: a limit of `inf` or 1e300 s (a lesson's `timeout=`) means none, not a trap.
        let nanoseconds = max(0, limits.timeLimit) * 1e9
        let span = nanoseconds < 1.8e19 ? UInt64(nanoseconds) : UInt64.max
        let (end, overflow) = DispatchTime.now().uptimeNanoseconds.addingReportingOverflow(span)
        deadline = overflow ? .max : end
    }

    /// Called on every loop iteration and call; looks at the clock every 4096 ticks.
    @inline(__always) func tick(_ loc: Loc) throws {
        ticks &+= 1
        if ticks & 4095 == 0 { try slowTick(loc) }
    }

    func slowTick(_ loc: Loc) throws {
        steps += 4096
        if DispatchTime.now().uptimeNanoseconds > deadline {
            throw LangError("time limit of \(formatSeconds(limits.timeLimit)) s exceeded", loc, .limit)
        }
        if let m = limits.maxSteps, steps > m {
            throw LangError("step limit of \(m) exceeded", loc, .limit)
        }
    }

    func formatSeconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? String(Int(t)) : String(t)
    }
}

/// Anything callable from lesson code: user functions and closures, builtins, host functions.
public class Callable {
    /// Calls with arguments in parameter order (defaults already filled in).
    public func call(_ args: [Value]) throws -> Value { throw HostError("not callable") }
    var name: String { "function" }
}

final class BuiltinFunction: Callable {
    let fnName: String
    let body: ([Value]) throws -> Value
    init(_ name: String, _ body: @escaping ([Value]) throws -> Value) { fnName = name; self.body = body }
    override func call(_ args: [Value]) throws -> Value { try body(args) }
    override var name: String { fnName }
}
