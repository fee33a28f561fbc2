import Foundation

/// A first-in first-out queue with a fixed capacity: `push` waits while it is full, `pop`
/// waits while it is empty, so a fast stage cannot run ahead of a slow one and memory stays
/// flat. Only dedicated worker threads block on it, never a `DispatchQueue.global()` thread.
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition`
/// is locked.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?]
    private var head = 0
    private var count = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
        self.items = Array(repeating: nil, count: capacity)
    }

    func push(_ item: Element) {
        condition.lock()
        defer { condition.unlock() }
        while count == capacity && !closed { condition.wait() }
        precondition(!closed, "push after close")
        items[(head + count) % capacity] = item
        count += 1
        condition.broadcast()
    }

    /// The next item, or nil once the queue is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let item = items[head]
        items[head] = nil
        head = (head + 1) % capacity
        count -= 1
        condition.broadcast()
        return item
    }

    /// No more pushes; consumers drain what is left, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Counts down permits: the source takes one per item, the final writer gives it back, so at
/// most `capacity` items are in flight and reorder buffers stay bounded.
final class Window: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: Int

    init(capacity: Int) { available = capacity }

    func acquire() {
        condition.lock()
        while available == 0 { condition.wait() }
        available -= 1
        condition.unlock()
    }

    func release() {
        condition.lock()
        available += 1
        condition.signal()
        condition.unlock()
    }
}

/// Puts items finished out of order back in sequence and hands them, one at a time and in
/// order, to `emit`. Output order therefore never depends on which worker finished first.
///
/// `@unchecked Sendable`: `pending`, `next` and the calls to `emit` happen under `lock`.
final class Reorderer<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: Element] = [:]
    private var next = 0
    private let emit: (Element) -> Void

    init(emit: @escaping (Element) -> Void) { self.emit = emit }

    func complete(_ seq: Int, _ item: Element) {
        lock.lock()
        defer { lock.unlock() }
        pending[seq] = item
        while let x = pending.removeValue(forKey: next) {
            emit(x)
            next += 1
        }
    }

    var emittedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return next
    }
}
