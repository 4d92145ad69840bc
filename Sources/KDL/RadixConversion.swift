/// Converts digit values written in base 2, 8 or 16 into ASCII decimal digits, with no size limit.
enum RadixConversion {
    /// Base of the little-endian limbs used for the running value.
    private static let limbBase: UInt64 = 1_000_000_000

    /// `digitValues` are most significant first, each below `radix`; returns ASCII decimal digits.
    static func decimalDigits(fromDigitValues digitValues: [UInt8], radix: Int) -> [UInt8] {
        // Feed several digits per pass so each pass multiplies by radix^k with k as large as
        // keeps limb * multiplier + carry inside UInt64.
        let digitsPerChunk: Int
        switch radix {
        case 16: digitsPerChunk = 7
        case 8: digitsPerChunk = 10
        default: digitsPerChunk = 30
        }
        var limbs: [UInt64] = [0]
        var index = 0
        while index < digitValues.count {
            let chunkEnd = min(index + digitsPerChunk, digitValues.count)
            var multiplier: UInt64 = 1
            var addend: UInt64 = 0
            for position in index..<chunkEnd {
                multiplier *= UInt64(radix)
                addend = addend * UInt64(radix) + UInt64(digitValues[position])
            }
            var carry = addend
            for limbIndex in limbs.indices {
                let product = limbs[limbIndex] * multiplier + carry
                limbs[limbIndex] = product % limbBase
                carry = product / limbBase
            }
            while carry > 0 {
                limbs.append(carry % limbBase)
                carry /= limbBase
            }
            index = chunkEnd
        }
        while limbs.count > 1 && limbs.last == 0 {
            limbs.removeLast()
        }
        var output: [UInt8] = Array(String(limbs[limbs.count - 1]).utf8)
        output.reserveCapacity(limbs.count * 9)
        for limbIndex in stride(from: limbs.count - 2, through: 0, by: -1) {
            let chunk = Array(String(limbs[limbIndex]).utf8)
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - chunk.count))
            output.append(contentsOf: chunk)
        }
        return output
    }
}
