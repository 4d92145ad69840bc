import Engine
import Foundation
import Scenarios
import Testing

/// The scenarios compiled into the program, and the repository's links to them.
@Suite struct BuiltInScenarioTests {
    @Test func theThreeShippedScenariosAreBuiltIn() {
        #expect(BuiltInScenario.names == ["large-12-player", "standard-2-player", "standard-4-player"])
        #expect(BuiltInScenario.named("standard-4-player.kdl")?.name == "standard-4-player")
        #expect(BuiltInScenario.named("standard-5-player") == nil)
    }

    @Test(arguments: BuiltInScenario.all.map(\.name))
    func eachLoadsAndIsTheFileTheTopLevelScenariosFolderLinksTo(name: String) throws {
        let builtIn = try #require(BuiltInScenario.named(name))
        let setup = try builtIn.load()
        #expect(setup.source == name)
        // scenarios/NAME.kdl is a symlink into Sources/Scenarios/BuiltIn/: it must resolve to the same bytes.
        let linked = try [UInt8](Data(contentsOf: scenariosFolder.appendingPathComponent("\(name).kdl")))
        #expect(linked == builtIn.bytes)
    }
}
