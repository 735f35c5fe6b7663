import Foundation

/// The ZIP container of an `.xlsx` workbook: reading its entries (stored or deflated, as Excel,
/// LibreOffice and openpyxl write them) and writing one (stored entries).
///
/// Not ZIPFoundation: its 0.9.20 manifest leaves a resource file undeclared on Linux, so that SwiftPM
/// warns on every package-graph load, which the project's no-warnings rule does not allow. What a
/// workbook needs of ZIP is small: the central directory, local headers, DEFLATE (RFC 1951) and CRC-32.
/// ZIP64, encryption and multi-disk archives are refused.
///
/// - Complexity: reading an entry is O(*n*) in its size; the directory is read once.
public struct ZIPArchive: Sendable {
    /// Why bytes are no readable archive.
    public enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a ZIP archive.
        case notAnArchive
        /// An entry is damaged, encrypted, ZIP64 or compressed by a method other than stored and deflate.
        case brokenEntry(String)
    }

    private struct Entry {
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var size: Int
        var crc: UInt32
        var headerOffset: Int
    }

    private let bytes: [UInt8]
    private var entries: [String: Entry] = [:]
    /// The entries' names, in the directory's order.
    public private(set) var names: [String] = []

    /// Reads the central directory of the archive in `data`.
    public init(data: Data) throws(Failure) {
        bytes = [UInt8](data)
        let count = bytes.count
        guard count >= 22 else { throw .notAnArchive }
        var end = -1
        var i = count - 22
        while i >= max(0, count - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw .notAnArchive }
        let total = Int(u16(end + 10)), directorySize = Int(u32(end + 12)), directoryOffset = Int(u32(end + 16))
        guard directoryOffset + directorySize <= count, u16(end + 4) == 0, u16(end + 6) == 0 else { throw .notAnArchive }
        var p = directoryOffset
        for _ in 0..<total {
            guard p + 46 <= count, u32(p) == 0x0201_4B50 else { throw .notAnArchive }
            let nameLength = Int(u16(p + 28)), extraLength = Int(u16(p + 30)), commentLength = Int(u16(p + 32))
            guard p + 46 + nameLength <= count else { throw .notAnArchive }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(method: u16(p + 10), flags: u16(p + 8), compressedSize: Int(u32(p + 20)), size: Int(u32(p + 24)),
                                  crc: u32(p + 16), headerOffset: Int(u32(p + 42)))
            names.append(name)
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }

    /// The content of the entry `name`, or `nil` when the archive has none.
    public func read(_ name: String) throws(Failure) -> Data? {
        guard let entry = entries[name] else { return nil }
        let p = entry.headerOffset
        guard entry.flags & 1 == 0, entry.compressedSize != 0xFFFF_FFFF, entry.size != 0xFFFF_FFFF,
              p + 30 <= bytes.count, u32(p) == 0x0403_4B50 else { throw .brokenEntry(name) }
        let start = p + 30 + Int(u16(p + 26)) + Int(u16(p + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .brokenEntry(name) }
        let content: [UInt8]
        switch entry.method {
        case 0: content = Array(bytes[start..<(start + entry.compressedSize)])
        case 8:
            var inflater = Inflater(bytes, from: start, to: start + entry.compressedSize, expected: entry.size)
            guard let out = inflater.run() else { throw .brokenEntry(name) }
            content = out
        default: throw .brokenEntry(name)
        }
        guard content.count == entry.size, CRC32.checksum(content) == entry.crc else { throw .brokenEntry(name) }
        return Data(content)
    }

    /// An archive of `files` (name and content, in order), stored without compression.
    public static func archive(_ files: [(name: String, data: Data)]) -> Data {
        var out = [UInt8](), directory = [UInt8]()
        func put16(_ v: Int, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func put32(_ v: UInt32, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24 & 0xFF)] }
        let time = 0, date = (2020 - 1980) << 9 | 1 << 5 | 1  // 2020-01-01 00:00
        for file in files {
            let name = [UInt8](file.name.utf8), content = [UInt8](file.data), crc = CRC32.checksum(content)
            let offset = out.count
            for into in [0, 1] {
                var header = [UInt8]()
                put32(into == 0 ? 0x0403_4B50 : 0x0201_4B50, &header)
                if into == 1 { put16(20, &header) }          // made by
                put16(20, &header)                            // needed to extract
                put16(0x0800, &header)                        // flags: names in UTF-8
                put16(0, &header)                             // stored
                put16(time, &header)
                put16(date, &header)
                put32(crc, &header)
                put32(UInt32(content.count), &header)
                put32(UInt32(content.count), &header)
                put16(name.count, &header)
                put16(0, &header)                             // extra
                if into == 1 {
                    put16(0, &header); put16(0, &header); put16(0, &header)   // comment, disk, internal attributes
                    put32(0, &header)                         // external attributes
                    put32(UInt32(offset), &header)
                    directory += header + name
                } else {
                    out += header + name + content
                }
            }
        }
        let directoryOffset = out.count
        out += directory
        put32(0x0605_4B50, &out)
        put16(0, &out); put16(0, &out)
        put16(files.count, &out); put16(files.count, &out)
        put32(UInt32(directory.count), &out)
        put32(UInt32(directoryOffset), &out)
        put16(0, &out)
        return Data(out)
    }
}

/// CRC-32 (ISO 3309, as ZIP uses it).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// DEFLATE decoding (RFC 1951) in the manner of zlib's reference decoder `puff`: stored, fixed and
/// dynamic Huffman blocks; canonical codes decoded bit by bit from their counts.
struct Inflater {
    private let input: [UInt8]
    private var position: Int
    private let end: Int
    private var bitBuffer = 0, bitCount = 0
    private var output: [UInt8] = []

    init(_ input: [UInt8], from start: Int, to end: Int, expected: Int) {
        self.input = input
        self.position = start
        self.end = end
        output.reserveCapacity(expected)
    }

    private struct Failed: Error {}

    private mutating func bits(_ need: Int) throws -> Int {
        var value = bitBuffer
        while bitCount < need {
            guard position < end else { throw Failed() }
            value |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> need
        bitCount -= need
        return value & ((1 << need) - 1)
    }

    /// A canonical Huffman code: how many codes of each length (1…15) and the symbols in code order.
    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init?(lengths: [Int]) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for l in lengths { counts[l] += 1 }
            if counts[0] == lengths.count { return }   // no codes: only valid if never used
            var left = 1
            for l in 1..<16 {
                left <<= 1
                left -= counts[l]
                if left < 0 { return nil }              // over-subscribed
            }
            var offsets = [Int](repeating: 0, count: 16)
            for l in 1..<15 { offsets[l + 1] = offsets[l] + counts[l] }
            for (symbol, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = symbol
                offsets[l] += 1
            }
        }
    }

    private mutating func decode(_ h: Huffman) throws -> Int {
        var code = 0, first = 0, index = 0
        for l in 1..<16 {
            code |= try bits(1)
            let count = h.counts[l]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw Failed()
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                       4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    private static let fixed: (Huffman, Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        return (Huffman(lengths: lengths)!, Huffman(lengths: [Int](repeating: 5, count: 30))!)
    }()

    private mutating func codes(_ lengthCode: Huffman, _ distanceCode: Huffman) throws {
        while true {
            var symbol = try decode(lengthCode)
            if symbol < 256 { output.append(UInt8(symbol)); continue }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < 29 else { throw Failed() }
            let length = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
            let d = try decode(distanceCode)
            guard d < 30 else { throw Failed() }
            let distance = Self.distanceBase[d] + (try bits(Self.distanceExtra[d]))
            guard distance <= output.count else { throw Failed() }
            let from = output.count - distance
            for k in 0..<length { output.append(output[from + k]) }
        }
    }

    private mutating func stored() throws {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= end else { throw Failed() }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == (~complement & 0xFFFF) else { throw Failed() }
        position += 4
        guard position + length <= end else { throw Failed() }
        output += input[position..<(position + length)]
        position += length
    }

    private mutating func dynamic() throws {
        let literals = try bits(5) + 257, distances = try bits(5) + 1, codeLengths = try bits(4) + 4
        guard literals <= 286, distances <= 30 else { throw Failed() }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var lengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengths { lengths[order[i]] = try bits(3) }
        guard let lengthCode = Huffman(lengths: lengths) else { throw Failed() }
        var all: [Int] = []
        while all.count < literals + distances {
            let symbol = try decode(lengthCode)
            switch symbol {
            case 0..<16: all.append(symbol)
            case 16:
                guard let last = all.last else { throw Failed() }
                all += [Int](repeating: last, count: 3 + (try bits(2)))
            case 17: all += [Int](repeating: 0, count: 3 + (try bits(3)))
            default: all += [Int](repeating: 0, count: 11 + (try bits(7)))
            }
        }
        guard all.count == literals + distances, all[256] != 0,
              let literalCode = Huffman(lengths: Array(all[0..<literals])),
              let distanceCode = Huffman(lengths: Array(all[literals...])) else { throw Failed() }
        try codes(literalCode, distanceCode)
    }

    /// The decoded bytes, or `nil` when the data are no valid DEFLATE stream.
    mutating func run() -> [UInt8]? {
        do {
            var last = 0
            repeat {
                last = try bits(1)
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Self.fixed.0, Self.fixed.1)
                case 2: try dynamic()
                default: throw Failed()
                }
            } while last == 0
            return output
        } catch {
            return nil
        }
    }
}
