import Foundation
import Testing
import Engine
import Views

/// The guide at the top of every view tells a player how to revise before the turn runs.
@Suite struct ViewGuideOrdersTests {
    @Test func theGuideMentionsDraftsValidateAndDetach() throws {
        let game = try BotGames.play(players: 2, seed: 3, turns: 1)
        let turn = try #require(game.last)
        let house = turn.state.houses[0]
        let view = ViewBuilder.view(of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false)
        let text = try #require(String(data: ViewBuilder.encode(view), encoding: .utf8))
        #expect(text.contains(#"\"ready\":false"#))
        #expect(text.contains("ec4x validate"))
        #expect(text.contains("detach"))
    }
}
