/// One step of the pipeline: a pure function from one item to the next, with its options.
///
/// Stages know nothing about queues, workers or files, so each can be tested alone; the
/// `PipelineRunner` does the plumbing.
public protocol Stage: Sendable {
    associatedtype Input: Sendable
    associatedtype Output: Sendable
    associatedtype Options: Equatable & Sendable

    static var name: String { get }
    var options: Options { get }
    func process(_ input: Input) throws(InputError) -> Output
}

/// The four stages, in pipeline order.
public enum StageName: String, CaseIterable, Sendable, Comparable {
    case read, clean, segment, claims

    public static func < (a: StageName, b: StageName) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The file the stage writes its records to, in the output folder.
    public var outputFile: String? {
        switch self {
        case .read: return nil
        case .clean: return "documents.jsonl"
        case .segment: return "sentences.jsonl"
        case .claims: return "claims.jsonl"
        }
    }
}
