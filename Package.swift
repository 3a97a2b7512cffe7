// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .executable(name: "crosscheck-bench", targets: ["crosscheck-bench"]),
        .library(name: "CrosscheckKit", targets: ["CrosscheckKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(
            name: "CrosscheckKit",
            dependencies: ["CPCRE2", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: ["CrosscheckKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The synthetic-facts benchmark of the cross-article checks, run by `make bench`.
        .executableTarget(name: "crosscheck-bench", dependencies: ["CrosscheckKit"]),
        .testTarget(
            name: "CrosscheckKitTests",
            // The executable is a dependency so the command-line tests can run the built binary.
            dependencies: ["CrosscheckKit", "crosscheck", .product(name: "GRDB", package: "GRDB.swift")],
            // Saved fuzzing inputs are read from the source tree by path, not bundled.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer executable exists only for scripts/fuzz.sh, built with `-sanitize=fuzzer`; ordinary builds and
// tests do not see it.
if ProcessInfo.processInfo.environment["CROSSCHECK_FUZZ"] != nil {
    package.products.append(.executable(name: "crosscheck-fuzz", targets: ["CrosscheckFuzz"]))
    package.targets.append(.executableTarget(name: "CrosscheckFuzz", dependencies: ["CrosscheckKit"], path: "Fuzz/CrosscheckFuzz"))
}
