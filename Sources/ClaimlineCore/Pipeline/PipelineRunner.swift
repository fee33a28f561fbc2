import Foundation

/// Which stages a run executes.
public enum StageSelection: Sendable, Equatable {
    /// Every stage that is not up to date, and all after it.
    case outdated
    /// One stage alone, from the previous stage's file (read and clean run together).
    case only(StageName)
    /// This stage and all after it.
    case from(StageName)
}

/// What a run did, for the summary line, `stats` and the manifest.
public struct RunSummary: Sendable {
    public struct StageReport: Sendable {
        public var stage: StageName
        public var skipped: Bool
        public var countIn: Int
        public var countOut: Int
        /// CPU seconds the stage's workers spent working, summed over workers.
        public var busySeconds: Double
    }

    public var files = 0
    public var documents = 0
    public var sentences = 0
    public var claims = 0
    public var errors = 0
    public var inputBytes = 0
    public var wallSeconds = 0.0
    public var stages: [StageReport] = []
    public var errorsByCode: [String: Int] = [:]
}

/// A fatal problem with a run itself (not with one input file): a missing folder, an
/// unreadable intermediate file.
public struct RunError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Runs the stages over an input folder: N workers per stage on dedicated threads, bounded
/// queues between stages, results reordered by sequence number before each file is written.
public final class PipelineRunner: @unchecked Sendable {
    public let config: PipelineConfig
    public let selection: StageSelection
    public let force: Bool
    private let progress: ProgressReporter?
    private let log: @Sendable (String) -> Void

    public init(config: PipelineConfig, selection: StageSelection = .outdated, force: Bool = false, progress: ProgressReporter? = nil, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.config = config
        self.selection = selection
        self.force = force
        self.progress = progress
        self.log = log
    }

    var outDir: String { config.output }
    func outPath(_ name: String) -> String { (outDir as NSString).appendingPathComponent(name) }

    /// The stages this run executes, in order; read is folded into clean.
    func plan(manifest: Manifest, listingFingerprint: () -> String) -> [StageName] {
        let units: [StageName] = [.clean, .segment, .claims]
        switch selection {
        case .only(let s): return [s == .read ? .clean : s]
        case .from(let s): return units.filter { $0 >= (s == .read ? .clean : s) }
        case .outdated:
            if force { return units }
            for (i, unit) in units.enumerated() where !isUpToDate(unit, manifest: manifest, listingFingerprint: listingFingerprint) {
                return Array(units[i...])
            }
            return []
        }
    }

    func inputFingerprint(_ stage: StageName, listingFingerprint: () -> String) -> String? {
        switch stage {
        case .read, .clean: return listingFingerprint()
        case .segment: return Manifest.fileFingerprint(outPath("documents.jsonl"))
        case .claims:
            guard let d = Manifest.fileFingerprint(outPath("documents.jsonl")), let s = Manifest.fileFingerprint(outPath("sentences.jsonl")) else { return nil }
            return SHA256.hex(of: Array((d + s).utf8))
        }
    }

    func isUpToDate(_ stage: StageName, manifest: Manifest, listingFingerprint: () -> String) -> Bool {
        guard let e = manifest.stages[stage], e.version == Manifest.toolVersion,
              e.configFingerprint == Manifest.configFingerprint(config, stage),
              let file = stage.outputFile, let out = Manifest.fileFingerprint(outPath(file)), out == e.outputFingerprint,
              let input = inputFingerprint(stage, listingFingerprint: listingFingerprint), input == e.inputFingerprint else { return false }
        if stage == .clean && !FileManager.default.fileExists(atPath: outPath("errors.jsonl")) { return false }
        return true
    }

    public func run() throws -> RunSummary {
        _ = HTMLTreeWalker.initializeLibrary
        let started = Date()
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let manifestPath = outPath("manifest.json")
        var manifest = Manifest.load(manifestPath)
        var listing: [InputFile]?
        func files() throws -> [InputFile] {
            if let l = listing { return l }
            do { listing = try InputLister.list(config.input) } catch { throw RunError(message: "\(error)") }
            return listing!
        }
        var listingFP: String?
        let fingerprintOfListing: () -> String = {
            if let f = listingFP { return f }
            let f = InputLister.fingerprint((try? files()) ?? [])
            listingFP = f
            return f
        }
        let stages = plan(manifest: manifest, listingFingerprint: fingerprintOfListing)
        var summary = RunSummary()
        for s in [StageName.clean, .segment, .claims] where !stages.contains(s) {
            if let e = manifest.stages[s] {
                summary.stages.append(.init(stage: s, skipped: true, countIn: e.countIn, countOut: e.countOut, busySeconds: 0))
            }
        }
        if selection == .outdated {
            for s in [StageName.clean, .segment, .claims] where !stages.contains(s) {
                log("\(s.rawValue): up to date (skipped)")
            }
        }
        guard let first = stages.first, let last = stages.last else {
            fillCounts(&summary, manifest)
            summary.wallSeconds = Date().timeIntervalSince(started)
            return summary
        }

        let graph = try Graph(runner: self, first: first, last: last, files: first == .clean ? try files() : [])
        progress?.start(stages: stages)
        graph.start()
        graph.wait()
        progress?.stop()
        if let failure = graph.failure {
            graph.abandon()
            throw failure
        }
        let fingerprints = try graph.commit()

        // Record what ran in the manifest.
        let listingFingerprint = first == .clean ? fingerprintOfListing() : ""
        var documentsFP = fingerprints[.clean]
        if first == .clean {
            manifest.files = graph.fileCount
            manifest.stages[.read] = .init(
                configFingerprint: Manifest.configFingerprint(config, .read), inputFingerprint: listingFingerprint, outputFingerprint: "",
                countIn: graph.fileCount, countOut: graph.fileCount - graph.readErrors, errors: graph.readErrors,
                seconds: graph.busy(.read), version: Manifest.toolVersion)
        }
        for s in stages {
            let inputFP: String
            switch s {
            case .read, .clean: inputFP = listingFingerprint
            case .segment:
                if documentsFP == nil { documentsFP = Manifest.fileFingerprint(outPath("documents.jsonl")) }
                inputFP = documentsFP ?? ""
            case .claims:
                if documentsFP == nil { documentsFP = Manifest.fileFingerprint(outPath("documents.jsonl")) }
                let sentencesFP = fingerprints[.segment] ?? Manifest.fileFingerprint(outPath("sentences.jsonl")) ?? ""
                inputFP = SHA256.hex(of: Array(((documentsFP ?? "") + sentencesFP).utf8))
            }
            manifest.stages[s] = .init(
                configFingerprint: Manifest.configFingerprint(config, s), inputFingerprint: inputFP, outputFingerprint: fingerprints[s] ?? "",
                countIn: graph.countIn(s), countOut: graph.countOut(s), errors: s == .clean ? graph.cleanErrors : 0,
                seconds: graph.busy(s), version: Manifest.toolVersion)
            summary.stages.append(.init(stage: s, skipped: false, countIn: graph.countIn(s), countOut: graph.countOut(s), busySeconds: graph.busy(s)))
        }
        // Stages after `last` are not touched: if this run changed their input, its fingerprint
        // no longer matches theirs and the next run redoes them.
        try manifest.write(manifestPath)
        summary.stages.sort { $0.stage < $1.stage }
        fillCounts(&summary, manifest)
        summary.inputBytes = graph.inputBytes
        summary.errorsByCode = graph.errorsByCode
        summary.wallSeconds = Date().timeIntervalSince(started)
        return summary
    }

    private func fillCounts(_ summary: inout RunSummary, _ manifest: Manifest) {
        summary.files = manifest.files
        summary.documents = manifest.stages[.clean]?.countOut ?? 0
        summary.errors = (manifest.stages[.read]?.errors ?? 0) + (manifest.stages[.clean]?.errors ?? 0)
        summary.sentences = manifest.stages[.segment]?.countOut ?? 0
        summary.claims = manifest.stages[.claims]?.countOut ?? 0
    }
}

/// A numbered item between stages; failures stop at the clean stage's error file.
struct Item<T: Sendable>: Sendable {
    var seq: Int
    var value: Result<T, InputError>
    var lines: [UInt8] = []
    var lineCount = 0
}

/// The running threads, queues and writers of one run.
final class Graph: @unchecked Sendable {
    // All mutable state below is touched by one emitter at a time (under its Reorderer's lock)
    // or by `stats`' lock; the counters read after `wait()` are final by then.
    let runner: PipelineRunner
    let first: StageName
    let last: StageName
    let files: [InputFile]
    let group = DispatchGroup()
    let window: Window
    let statsLock = NSLock()
    var busySeconds: [StageName: Double] = [:]
    var countsIn: [StageName: Int] = [:]
    var countsOut: [StageName: Int] = [:]
    var readErrors = 0
    var cleanErrors = 0
    var inputBytes = 0
    var errorsByCode: [String: Int] = [:]
    var failure: Error?
    var fileCount: Int { files.count }

    var writers: [StageName: JSONLinesWriter] = [:]
    var errorsWriter: JSONLinesWriter?
    let capacity: Int

    init(runner: PipelineRunner, first: StageName, last: StageName, files: [InputFile]) throws {
        self.runner = runner
        self.first = first
        self.last = last
        self.files = files
        let totalWorkers = StageName.allCases.reduce(0) { $0 + runner.config.workerCount($1) }
        // Enough items in flight to keep every worker busy, few enough that memory is a small
        // multiple of the largest documents, whatever the corpus size.
        capacity = max(4, totalWorkers)
        window = Window(capacity: capacity * 2)
        for s in [StageName.clean, .segment, .claims] where s >= first && s <= last {
            writers[s] = try JSONLinesWriter(path: runner.outPath(s.outputFile!))
        }
        if first == .clean { errorsWriter = try JSONLinesWriter(path: runner.outPath("errors.jsonl")) }
    }

    func busy(_ s: StageName) -> Double { statsLock.withLock { busySeconds[s] ?? 0 } }
    func countIn(_ s: StageName) -> Int { statsLock.withLock { countsIn[s] ?? 0 } }
    func countOut(_ s: StageName) -> Int { statsLock.withLock { countsOut[s] ?? 0 } }

    func record(_ s: StageName, seconds: Double) {
        statsLock.withLock { busySeconds[s, default: 0] += seconds }
    }

    func fail(_ e: Error) {
        statsLock.withLock { if failure == nil { failure = e } }
    }

    func count(_ s: StageName, in i: Int, out o: Int) {
        statsLock.withLock {
            countsIn[s, default: 0] += i
            countsOut[s, default: 0] += o
        }
        runner.progressReporter?.advance(s, by: i)
    }

    /// Starts `workers` threads that take items from `input`, apply `work` and hand results to
    /// `reorderer`; the last thread to finish calls `done`.
    func pool<In: Sendable, Out: Sendable>(
        _ stage: StageName, input: BoundedQueue<Item<In>>, work: @escaping @Sendable (In) -> Item<Out>, reorderer: Reorderer<Item<Out>>, done: @escaping @Sendable () -> Void
    ) {
        let n = runner.config.workerCount(stage)
        let remaining = Counter(n)
        for w in 0..<n {
            group.enter()
            let thread = Thread { [self] in
                var busy = 0.0
                while let item = input.pop() {
                    let t0 = threadCPUNanoseconds()
                    var out: Item<Out>
                    switch item.value {
                    case .success(let v):
                        out = work(v)
                        out.seq = item.seq
                    case .failure(let e):
                        out = Item(seq: item.seq, value: .failure(e))
                    }
                    busy += Double(threadCPUNanoseconds() - t0) / 1e9
                    reorderer.complete(out.seq, out)
                }
                record(stage, seconds: busy)
                if remaining.decrement() == 0 { done() }
                group.leave()
            }
            thread.name = "claimline.\(stage.rawValue).\(w)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    func start() {
        let config = runner.config
        let capacity = self.capacity
        // Queues into each stage that runs.
        let claimsQueue = BoundedQueue<Item<SegmentedDocument>>(capacity: capacity)
        let segmentQueue = BoundedQueue<Item<Document>>(capacity: capacity)
        let cleanQueue = BoundedQueue<Item<RawDocument>>(capacity: capacity)
        let readQueue = BoundedQueue<Item<InputFile>>(capacity: capacity)

        // claims
        if last >= .claims {
            let stage: ClaimsStage
            do { stage = try ClaimsStage(options: config.claims) } catch { fail(RunError(message: error.description)); stage = try! ClaimsStage() }
            let writer = writers[.claims]!
            let reorderer = Reorderer<Item<[Claim]>> { [self] item in
                if case .success(let claims) = item.value {
                    writer.append(lines: item.lines, count: item.lineCount)
                    count(.claims, in: 1, out: claims.count)
                }
                window.release()
            }
            pool(.claims, input: claimsQueue, work: { doc in
                let claims = stage.process(doc).claims
                return Item(seq: 0, value: .success(claims), lines: JSONLinesWriter.lines(claims), lineCount: claims.count)
            }, reorderer: reorderer, done: {})
        }
        // segment
        if first <= .segment && last >= .segment {
            let stage = SegmentStage(options: config.segment)
            let writer = writers[.segment]!
            let forward = last >= .claims
            let nextSeq = Counter(0)
            let reorderer = Reorderer<Item<SegmentedDocument>> { [self] item in
                guard case .success(let doc) = item.value else { return }
                writer.append(lines: item.lines, count: item.lineCount)
                count(.segment, in: 1, out: doc.sentences.count)
                if forward { claimsQueue.push(Item(seq: nextSeq.increment() - 1, value: .success(doc))) } else { window.release() }
            }
            pool(.segment, input: segmentQueue, work: { doc in
                let seg = stage.process(doc)
                return Item(seq: 0, value: .success(seg), lines: JSONLinesWriter.lines(seg.sentences), lineCount: seg.sentences.count)
            }, reorderer: reorderer, done: { claimsQueue.close() })
        }
        // read + clean
        if first == .clean {
            let read = ReadStage(options: config.read)
            let clean = CleanStage(options: config.clean)
            let writer = writers[.clean]!
            let errors = errorsWriter!
            let forward = last >= .segment
            let nextSeq = Counter(0)
            let reorderer = Reorderer<Item<Document>> { [self] item in
                switch item.value {
                case .success(let doc):
                    writer.append(lines: item.lines, count: 1)
                    count(.clean, in: 1, out: 1)
                    if forward { segmentQueue.push(Item(seq: nextSeq.increment() - 1, value: .success(doc))) } else { window.release() }
                case .failure(let e):
                    errors.write(e)
                    statsLock.withLock {
                        if e.stage == ReadStage.name { readErrors += 1 } else { cleanErrors += 1 }
                        errorsByCode[e.code.rawValue, default: 0] += 1
                    }
                    count(.clean, in: e.stage == ReadStage.name ? 0 : 1, out: 0)
                    window.release()
                }
            }
            pool(.clean, input: cleanQueue, work: { raw in
                do throws(InputError) {
                    let doc = try clean.process(raw)
                    return Item(seq: 0, value: .success(doc), lines: JSONLinesWriter.lines([doc]), lineCount: 1)
                } catch {
                    return Item(seq: 0, value: .failure(error))
                }
            }, reorderer: reorderer, done: { segmentQueue.close() })
            // read: no file of its own, so no reordering; clean reorders.
            let readReorder = Reorderer<Item<RawDocument>> { [self] item in
                if case .success(let raw) = item.value { statsLock.withLock { inputBytes += raw.byteCount } }
                count(.read, in: 1, out: 1)
                cleanQueue.push(item)
            }
            pool(.read, input: readQueue, work: { file in
                do throws(InputError) { return Item(seq: 0, value: .success(try read.process(file))) } catch { return Item(seq: 0, value: .failure(error)) }
            }, reorderer: readReorder, done: { cleanQueue.close() })
            let files = self.files
            spawnSource { [self] in
                for (i, f) in files.enumerated() {
                    window.acquire()
                    readQueue.push(Item(seq: i, value: .success(f)))
                }
                readQueue.close()
            }
        } else if first == .segment {
            let path = runner.outPath("documents.jsonl")
            spawnSource { [self] in
                defer { segmentQueue.close() }
                do {
                    let reader = try JSONLinesReader(path: path)
                    var i = 0
                    while let doc = try reader.next(Document.self) {
                        window.acquire()
                        segmentQueue.push(Item(seq: i, value: .success(doc)))
                        i += 1
                    }
                } catch {
                    fail(RunError(message: "\(error)"))
                }
            }
        } else {
            let docs = runner.outPath("documents.jsonl")
            let sents = runner.outPath("sentences.jsonl")
            spawnSource { [self] in
                defer { claimsQueue.close() }
                do {
                    let docReader = try JSONLinesReader(path: docs)
                    let sentenceReader = try JSONLinesReader(path: sents)
                    var pending = try sentenceReader.next(Sentence.self)
                    var i = 0
                    while let doc = try docReader.next(Document.self) {
                        var sentences: [Sentence] = []
                        while let s = pending, s.doc == doc.id {
                            sentences.append(s)
                            pending = try sentenceReader.next(Sentence.self)
                        }
                        window.acquire()
                        claimsQueue.push(Item(seq: i, value: .success(SegmentedDocument(document: doc, sentences: sentences))))
                        i += 1
                    }
                    if let s = pending {
                        throw RunError(message: "\(sents): sentence of \"\(s.doc)\" has no document in \(docs) (or is out of order); rerun --from segment")
                    }
                } catch {
                    fail(error)
                }
            }
        }
    }

    func spawnSource(_ body: @escaping @Sendable () -> Void) {
        group.enter()
        let t = Thread { [self] in
            body()
            group.leave()
        }
        t.name = "claimline.source"
        t.start()
    }

    func wait() { group.wait() }

    func commit() throws -> [StageName: String] {
        var out: [StageName: String] = [:]
        for (s, w) in writers { out[s] = try w.commit() }
        try errorsWriter?.commit()
        return out
    }

    func abandon() {
        for w in writers.values { w.abandon() }
        errorsWriter?.abandon()
    }
}

/// CPU time of the calling thread: what a stage's work cost, whether or not the thread shared
/// its core with others (wall time would count the waits too).
func threadCPUNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// A thread-safe integer.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int
    init(_ v: Int) { value = v }
    func decrement() -> Int { lock.withLock { value -= 1; return value } }
    func increment() -> Int { lock.withLock { value += 1; return value } }
}

extension PipelineRunner {
    var progressReporter: ProgressReporter? { progress }
}
