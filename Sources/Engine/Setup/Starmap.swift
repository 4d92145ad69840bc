/// A generated map: systems, their lanes and the homeworld of each seat.
public struct Starmap: Sendable, Equatable {
    public var systems: [StarSystem]
    public var lanes: [Lane]
    /// Home system id per seat, in seating order.
    public var homeSystemIDs: [String]

    public init(systems: [StarSystem], lanes: [Lane], homeSystemIDs: [String]) {
        self.systems = systems
        self.lanes = lanes
        self.homeSystemIDs = homeSystemIDs
    }
}
