import Foundation

/// Work spread over every core, with results in input order whatever the thread count.
enum Parallel {
    /// `transform` over every element on every core, the non-nil results in input order. Nil results take no
    /// room: there may be millions of candidate pairs and few kept.
    static func compactMap<Element: Sendable, Result: Sendable>(_ elements: [Element], chunkSize: Int = 4_096,
                                                               _ transform: @Sendable (Element) -> Result?) -> [Result] {
        let chunks = (elements.count + chunkSize - 1) / chunkSize
        let done = Locked<[Int: [Result]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let results = elements[(chunk * chunkSize)..<min(elements.count, (chunk + 1) * chunkSize)].compactMap(transform)
            done.withLock { $0[chunk] = results }
        }
        return done.withLock { all in (0..<chunks).flatMap { all[$0]! } }
    }
}
