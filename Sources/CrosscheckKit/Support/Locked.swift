import Foundation

/// A value shared between threads, reached only under a lock. It stands in for the standard library's `Mutex`,
/// whose Linux futex the thread sanitizer cannot see (every access under it is reported as a race); a
/// pthread-based lock is one the sanitizer understands, so `make test`'s sanitizer run reports only real races.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
