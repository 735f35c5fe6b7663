// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "AllianceGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AllianceGraph", targets: ["AllianceGraph"]),
        .executable(name: "alliance", targets: ["alliance"]),
        .library(name: "AllianceGraphviz", targets: ["AllianceGraphviz"]),
        .library(name: "AllianceServer", targets: ["AllianceServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Mustache templates for the HTML pages (the handout of `alliance report`, the web view).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The spreadsheet template and import: .xlsx is a ZIP archive (ZIPFoundation) of XML parts (SWXMLHash).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
        // The local web view (`alliance serve`): HTTP server; live updates as server-sent events.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own foundations, named because the server uses their types directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        // Tests only: property-based tests of the file reader and validator.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Core: model, vocabularies, file formats, validation, classification, analysis. No C.
        .target(
            name: "AllianceGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Graphviz's C libraries (Debian: libgraphviz-dev), used only by AllianceGraphviz.
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // librsvg and cairo (Debian: librsvg2-dev, installed by scripts/bootstrap): PNG and PDF of
        // the SVG charts of `compare --chart`. No pkgConfig: glib's flags carry -pthread (see shim.h).
        .systemLibrary(name: "CRsvg", path: "Sources/CRsvg"),
        // Diagrams: DOT text and in-process rendering to SVG, PNG and PDF; charts to PNG and PDF.
        .target(
            name: "AllianceGraphviz",
            dependencies: ["AllianceGraph", "CGraphviz", "CRsvg"]
        ),
        // The local web view of a folder of alliance files (`alliance serve`), on Hummingbird.
        .target(
            name: "AllianceServer",
            dependencies: [
                "AllianceGraph",
                "AllianceGraphviz",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line tool.
        .executableTarget(
            name: "alliance",
            dependencies: [
                "AllianceGraph",
                "AllianceGraphviz",
                "AllianceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Small programs using the library as an outside user would; the tests build and run them.
        .executableTarget(name: "core-group-by-year", dependencies: ["AllianceGraph"], path: "Examples/CoreGroupByYear"),
        .executableTarget(name: "write-as-json", dependencies: ["AllianceGraph"], path: "Examples/WriteAsJSON"),
        .executableTarget(name: "uncovered-interfaces", dependencies: ["AllianceGraph"], path: "Examples/UncoveredInterfaces"),
        .executableTarget(name: "brokers-by-year", dependencies: ["AllianceGraph"], path: "Examples/BrokersByYear"),
        .executableTarget(name: "render-landscape", dependencies: ["AllianceGraph", "AllianceGraphviz"],
                          path: "Examples/RenderLandscape"),
        // Speed benchmark for the network metrics (run via scripts/bench-metrics, release build).
        .executableTarget(
            name: "MetricsBenchmark",
            dependencies: ["AllianceGraph", "AllianceGraphTestSupport"],
            path: "Benchmarks/MetricsBenchmark"
        ),
        // Fixtures and generators shared by the test targets and the benchmark; not part of the library.
        .target(
            name: "AllianceGraphTestSupport",
            dependencies: ["AllianceGraph"],
            path: "Tests/AllianceGraphTestSupport"
        ),
        .testTarget(
            name: "AllianceGraphTests",
            dependencies: [
                "AllianceGraph", "AllianceGraphTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AllianceGraphvizTests",
            dependencies: ["AllianceGraphviz", "AllianceGraph", "AllianceGraphTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AllianceServerTests",
            dependencies: [
                "AllianceServer", "AllianceGraph", "AllianceGraphTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target on the file reader and validator (issue 16 item 10). Only with ALLIANCE_FUZZ=1,
// as scripts/fuzz-libfuzzer builds it (with -sanitize=fuzzer, into .build-fuzz): libFuzzer gives it its
// main function, so the normal build, which has no libFuzzer, must not see it.
if ProcessInfo.processInfo.environment["ALLIANCE_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "alliance-fuzz", dependencies: ["AllianceGraph"],
                                             path: "Fuzz/AllianceReaderFuzz"))
}
