public import Foundation
public import Games
internal import FolderTransport
internal import PlayerProtocol

public struct DaemonOptions: Sendable {
    /// Seconds between full rescans; nil: the smallest `poll_interval` of the
    /// games' transport settings (30 s by default).
    public var pollInterval: TimeInterval?
    /// How long a file that inotify cannot vouch for (written before the
    /// watch began, or in a folder that is only polled) must stay unchanged
    /// before it is taken: the least gap between the "two polls".
    public var stabilityInterval: TimeInterval
    /// Skip inotify and poll only (what the daemon does when inotify is unavailable).
    public var pollingOnly: Bool
    /// What one house may send per turn before its files are kept unread.
    public var quota: HouseQuota

    public init(pollInterval: TimeInterval? = nil, stabilityInterval: TimeInterval = 1, pollingOnly: Bool = false, quota: HouseQuota = HouseQuota()) {
        self.pollInterval = pollInterval
        self.stabilityInterval = stabilityInterval
        self.pollingOnly = pollingOnly
        self.quota = quota
    }

    static let defaultPollInterval: TimeInterval = 30
}
