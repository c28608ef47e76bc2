// The libFuzzer entry point for the routine loader, compiled into one module with the
// sources of KneadCore by `Tests/Fuzz/fuzz-loader.sh` (it is no SwiftPM target: a build
// without the fuzzer's runtime would find no `main`).

/// Loads one input as a routine script, and also as the worked file name of a user script.
///
/// Any outcome is fine, a routine or a list of problems, as long as loading neither crashes,
/// nor leaks, nor hangs; each problem's text is built too, since that is what knead prints.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do throws(RoutineLoadError) {
        let routine = try RoutineLoader.load(bytes: bytes, fileName: "fuzz.json")
        let timeline = Timeline(routine: routine)
        _ = timeline.totalDuration.clockText
        _ = timeline.steps.count
    } catch {
        _ = error.description
    }
    return 0
}
