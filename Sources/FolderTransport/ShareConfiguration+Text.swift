internal import Foundation
internal import Games

extension ShareConfiguration {
    /// `ec4x share GAME`: what to export, to whom.
    public func listing() -> String {
        var lines = ["Game \"\(gameName)\" [\(gameID)]: export one share per house, each to its own user only."]
        let width = max(6, houses.map(\.share.count).max() ?? 0, publicShare.count)
        func column(_ text: String, _ size: Int) -> String { text.padding(toLength: max(size, text.count), withPad: " ", startingAt: 0) }
        for house in houses {
            let group = house.group.map { "group \($0)" } ?? "no group of its own"
            lines.append("  \(column(house.share, width))  \(house.folder)")
            lines.append("  \(column("", width))  house \(house.slug), user \(house.user), \(group); read/write (orders are dropped in orders/)")
        }
        lines.append("  \(column(publicShare, width))  \(publicFolder)")
        lines.append("  \(column("", width))  every house's user; read-only (each house folder also holds a copy in public/)")
        lines.append("Never export the game folder, houses/ or ec4x.db. Do not follow symlinks (the daemon never does).")
        lines.append(contentsOf: warnings.map { "warning: \($0)" })
        lines.append("For Samba: ec4x share \(gameID.prefix(8)) --samba")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `ec4x share GAME --samba`: an smb.conf fragment, one share and one user per house.
    public func samba() -> String {
        var lines = [
            "# ec4x: LAN shares of game \"\(gameName)\" [\(gameID)]",
            "# One share per house, used by that house's user alone; a read-only public share.",
            "# Add this to smb.conf (the [global] line merges into yours), then, as root, once:",
        ]
        for house in houses {
            let group = house.group ?? "GROUP"
            lines.append("#   useradd --no-create-home --shell /usr/sbin/nologin -g \(group) \(house.user) && smbpasswd -a \(house.user)")
        }
        lines += warnings.map { "# WARNING: \($0)" }
        lines += ["", "[global]", "   unix extensions = no"]
        for house in houses {
            lines += ["", "[\(house.share)]", "   comment = ec4x \(gameName): house \(house.slug)", "   path = \(house.folder)", "   valid users = \(house.user)"]
            lines += ["   read only = no", "   browseable = no"]
            if let group = house.group {
                lines.append("   force group = \(group)")
            } else {
                lines.append("   # no group of its own: Samba acts as the folder's owner; prefer ec4x new --group \(house.slug)=GROUP")
                lines.append("   force user = \(owner)")
            }
            lines += Self.common
        }
        lines += ["", "[\(publicShare)]", "   comment = ec4x \(gameName): public summaries", "   path = \(publicFolder)"]
        lines += ["   valid users = \(houses.map(\.user).joined(separator: " "))", "   read only = yes", "   force group = \(publicGroup)"]
        lines += Self.common
        return lines.joined(separator: "\n") + "\n"
    }

    /// What every share of a game says: the modes the daemon uses, no links followed.
    static let common = [
        "   create mask = 0640", "   directory mask = 0750", "   follow symlinks = no", "   wide links = no", "   ea support = no", "   store dos attributes = no",
        "   map archive = no",
    ]

    var warnings: [String] {
        var warnings = closedAncestors.map { "\($0) cannot be passed through by other users, so no house user reaches its folder: chmod o+x \($0)" }
        let ungrouped = houses.filter { $0.group == nil }.map(\.slug)
        if !ungrouped.isEmpty {
            warnings.append("no group of its own for \(ungrouped.joined(separator: ", ")): give one with chgrp and chmod g+s, or make the game with ec4x new --group")
        }
        return warnings
    }
}
