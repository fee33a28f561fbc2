import Foundation

/// A progress line on stderr: rewritten in place on a terminal, a plain line every few
/// seconds when piped, nothing with `--quiet`.
public final class ProgressReporter: @unchecked Sendable {
    // `counts`, `stages` and `running` are guarded by `lock`.
    private let lock = NSLock()
    private var counts: [StageName: Int] = [:]
    private var stages: [StageName] = []
    private var running = false
    private let total: Int?
    private let isTerminal: Bool
    private let thread = DispatchGroup()

    public init(totalFiles: Int? = nil) {
        self.total = totalFiles
        self.isTerminal = isatty(2) != 0
    }

    func start(stages: [StageName]) {
        lock.withLock {
            self.stages = stages
            running = true
        }
        thread.enter()
        let t = Thread { [self] in
            let interval = isTerminal ? 0.25 : 5.0
            var last = Date()
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: 0.05)
                if Date().timeIntervalSince(last) >= interval {
                    last = Date()
                    emit(final: false)
                }
            }
            thread.leave()
        }
        t.start()
    }

    func advance(_ stage: StageName, by n: Int) {
        lock.withLock { counts[stage, default: 0] += n }
    }

    private func line() -> String {
        lock.withLock {
            let order: [StageName] = [.read] + stages.filter { $0 != .read }
            return order.filter { $0 == .read ? counts[.read] != nil : true }.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
        }
    }

    private func emit(final: Bool) {
        let text = line()
        if isTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text + (final ? "\n" : "")).utf8))
        } else if !final {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    func stop() {
        lock.withLock { running = false }
        thread.wait()
        if isTerminal { emit(final: true) }
    }
}
