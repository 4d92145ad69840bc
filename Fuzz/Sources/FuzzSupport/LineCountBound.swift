/// An upper bound on the lines of `bytes` under any format's idea of a line break: LF, VT, FF and CR
/// (a CRLF counted twice), NEL, LS and PS. A reported line above it cannot exist.
public func lineCountBound(_ bytes: [UInt8]) -> Int {
    var lines = 1
    for (index, byte) in bytes.enumerated() {
        switch byte {
        case 0x0A, 0x0B, 0x0C, 0x0D: lines += 1
        case 0x85 where index >= 1 && bytes[index - 1] == 0xC2: lines += 1
        case 0xA8,
            0xA9 where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80:
            lines += 1
        default: break
        }
    }
    return lines
}
