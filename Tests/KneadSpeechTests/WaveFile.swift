import Glibc

/// Reads what a test needs from a 16-bit PCM WAV file: its length and its loudest sample.
enum WaveFile {
    /// The length of the audio in seconds, from the format and data chunks; nil for no WAV file.
    static func seconds(ofFile path: String) -> Double? {
        guard let (format, data) = chunks(ofFile: path), format.count >= 16 else { return nil }
        let channels = Double(littleEndian(format, at: 2, size: 2))
        let rate = Double(littleEndian(format, at: 4, size: 4))
        let bits = Double(littleEndian(format, at: 14, size: 2))
        guard channels > 0, rate > 0, bits > 0 else { return nil }
        return Double(data.count) / (rate * channels * bits / 8)
    }

    /// The largest absolute sample value, taking the samples as 16-bit.
    static func peak(ofFile path: String) throws -> Int {
        guard let (_, data) = chunks(ofFile: path) else { return 0 }
        var peak = 0
        var index = 0
        while index + 1 < data.count {
            let sample = Int(Int16(bitPattern: UInt16(data[index]) | UInt16(data[index + 1]) << 8))
            peak = max(peak, abs(sample))
            index += 2
        }
        return peak
    }

    /// The `fmt ` and `data` chunks of a RIFF WAVE file.
    private static func chunks(ofFile path: String) -> (format: [UInt8], data: [UInt8])? {
        let bytes = contents(ofFile: path)
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8) else { return nil }
        var format: [UInt8]?
        var data: [UInt8]?
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = Int(littleEndian(Array(bytes[offset + 4..<offset + 8]), at: 0, size: 4))
            let body = Array(bytes[min(bytes.count, offset + 8)..<min(bytes.count, offset + 8 + size)])
            let name = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            if name == "fmt " { format = body }
            // espeak-ng writing to a file it cannot seek leaves the size unset: take the rest.
            if name == "data" { data = size == 0 || size > bytes.count ? Array(bytes[(offset + 8)...]) : body }
            offset += 8 + size + (size % 2)
        }
        guard let format, let data else { return nil }
        return (format, data)
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt32 {
        (0..<size).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }

    private static func contents(ofFile path: String) -> [UInt8] {
        guard let stream = fopen(path, "rb") else { return [] }
        defer { fclose(stream) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, stream)
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }
}
