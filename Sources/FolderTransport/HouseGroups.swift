#if canImport(Glibc)
    public import Glibc
#endif
public import Games

/// Unix groups given to house folders (`ec4x new --group alpha=NAME`): the
/// group owns `houses/<slug>/` and, through its setgid bit, everything made
/// inside, so its members read that house's files and drop orders, and
/// nothing else (DESIGN.md §4, Trust).
public struct HouseGroups: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var name: String
        public var id: gid_t
    }

    public private(set) var bySlug: [String: Group] = [:]

    public init() {}

    /// Reads `slug=NAME` pairs; NAME is a group of this machine, by name or number.
    public init(parsing specifications: [String]) throws(GamesError) {
        for specification in specifications {
            let parts = specification.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw GamesError(.unknownGroup, "--group wants HOUSE=GROUP (for example alpha=ec4x-alpha), not \"\(specification)\"")
            }
            guard let id = Self.lookUp(parts[1]) else {
                throw GamesError(.unknownGroup, "there is no group \"\(parts[1])\" on this machine; create it first (groupadd \(parts[1]))")
            }
            bySlug[parts[0].lowercased()] = Group(name: parts[1], id: id)
        }
    }

    public func gid(for slug: String) -> gid_t? { bySlug[slug]?.id }

    /// Fails when a group was given for a house the game does not have.
    public func requireKnown(slugs: [String]) throws(GamesError) {
        let unknown = Set(bySlug.keys).subtracting(slugs).sorted()
        guard unknown.isEmpty else {
            throw GamesError(.unknownHouse, "--group names no house of this game: \(unknown.joined(separator: ", ")) (houses: \(slugs.joined(separator: ", ")))")
        }
    }

    /// The id of the group named `name` (or numbered), if this machine has it.
    public static func lookUp(_ name: String) -> gid_t? {
        var entry = Glibc.group()
        var result: UnsafeMutablePointer<Glibc.group>?
        var buffer = [CChar](repeating: 0, count: 16384)
        if getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil { return entry.gr_gid }
        if let number = gid_t(name), getgrgid_r(number, &entry, &buffer, buffer.count, &result) == 0, result != nil { return number }
        return nil
    }

    /// The name of group `id`, or its number when it has none.
    public static func name(of id: gid_t) -> String {
        var entry = Glibc.group()
        var result: UnsafeMutablePointer<Glibc.group>?
        var buffer = [CChar](repeating: 0, count: 16384)
        guard getgrgid_r(id, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return "\(id)" }
        return String(cString: entry.gr_name)
    }
}
