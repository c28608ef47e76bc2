// swift-tools-version:6.0
import PackageDescription

/// The bundled routines, one JSON file each, embedded in the binary.
/// List every file of `Sessions/` here; a test fails when one is missing.
let bundledRoutineFiles = [
    "acupressure.json",
    "collar.json",
    "cupping-back.json",
    "cupping-neck.json",
    "honey.json",
    "legs-after-lumbar.json",
    "lumbar-acupressure.json",
    "lumbar.json",
    "neck-classic.json",
    "self-massage.json",
]

let package = Package(
    name: "knead",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "knead", targets: ["knead"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "CTerminalRescue"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "KneadCore"),
        .target(
            name: "KneadSessions",
            path: "Sessions",
            resources: bundledRoutineFiles.map { .embedInCode($0) }
        ),
        .target(name: "KneadUI", dependencies: ["KneadCore"]),
        .target(name: "KneadSpeech", dependencies: ["KneadCore"]),
        .target(name: "KneadTerminal", dependencies: ["CNcurses", "CTerminalRescue", "KneadCore", "KneadUI", "KneadSpeech"]),
        .target(name: "KneadJournal", dependencies: ["CSQLite", "KneadCore"]),
        // The printable HTML report: only the command line links it, never the session's modules.
        .target(name: "KneadReport", dependencies: ["KneadCore", "KneadJournal"]),
        .executableTarget(
            name: "knead",
            dependencies: [
                "KneadCore", "KneadUI", "KneadTerminal", "KneadSessions", "KneadSpeech", "KneadJournal", "KneadReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The link order of a release build (see install.sh), not a source.
            exclude: ["hot-sections.txt"]
        ),
        .executableTarget(name: "journal-benchmark", dependencies: ["KneadJournal", "KneadCore"], path: "Benchmarks/JournalBenchmark"),
        // What several test targets share: starting a helper program safely, a seeded generator.
        .target(name: "KneadTestSupport", path: "Tests/KneadTestSupport"),
        .testTarget(name: "KneadCoreTests", dependencies: ["KneadCore", "KneadSessions", "KneadTestSupport"]),
        .testTarget(name: "KneadUITests", dependencies: ["KneadUI", "KneadCore"]),
        .testTarget(name: "KneadCLITests", dependencies: ["knead", "CSQLite", "KneadJournal", "KneadCore", "KneadTestSupport"]),
        .testTarget(name: "KneadTerminalTests", dependencies: ["KneadTerminal", "KneadUI", "KneadCore", "CNcurses"]),
        .testTarget(name: "EndToEndTests", dependencies: ["knead", "KneadUI", "KneadCore", "KneadSessions", "KneadJournal", "KneadTestSupport"]),
        .testTarget(name: "KneadSpeechTests", dependencies: ["KneadSpeech", "KneadCore", "KneadTestSupport"]),
        .testTarget(name: "KneadReportTests", dependencies: ["KneadReport", "KneadJournal", "KneadCore"]),
        .testTarget(name: "KneadJournalTests", dependencies: ["KneadJournal", "KneadCore", "CSQLite", "KneadTestSupport"]),
    ]
)
