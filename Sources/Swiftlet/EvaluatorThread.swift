import Foundation

/// One long-lived thread with a large stack that runs a session's cells one at a time.
/// Deep recursion in lesson code must hit the call-depth limit, not the guard page, so cells
/// cannot run on the caller's (small) stack; starting a fresh 512 MB-stack thread for every
/// cell cost more than running most cells, so the thread is made once and reused.
final class EvaluatorThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var job: (() -> Void)?
    private var finished = false
    private var stopping = false

    init(stackSize: Int) {
        // The thread holds this object strongly until `stop()` lets its loop end.
        let thread = Thread { [self] in loop() }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `work` on the evaluator thread and waits for it.
    func run(_ work: @escaping () -> Void) {
        condition.lock()
        job = work
        finished = false
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// Ends the thread once it is idle; the object is freed when the thread has returned.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while job == nil && !stopping { condition.wait() }
            guard let work = job else { condition.unlock(); return }
            job = nil
            condition.unlock()
            work()
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
