public import Engine
internal import KDL

/// Reads a scenario (KDL v2) into a game setup, reporting every problem at once.
///
/// A scenario is a list of top-level nodes; all but `players` and `rings` are
/// optional and fall back to the built-in defaults:
///
///     name "Standard 4-player"
///     players 4
///     rings 4
///     seed 1
///     turn-limit 35
///     deadline-hours 24
///     lanes major=50 minor=35 restricted=15
///     starting-treasury 100
///     starting-prestige 0
///     home-colony population=10 industry=5 defenses=2 starbase=1
///     fleet "Home Guard" military=2 spacelift=0
///     house "Alpha" color="#e6194b"
///     balance { military-cost 20 }
public enum ScenarioLoader {
    public static func load(_ bytes: [UInt8], file: String, source: String) throws(ScenarioProblems) -> GameSetup {
        let document: KDLDocument
        do {
            document = try KDLDocument(parsing: bytes)
        } catch {
            throw ScenarioProblems(problems: [
                ScenarioProblem(file: file, line: error.line, column: error.column, code: "scenario.syntax", message: error.message, hint: error.hint)
            ])
        }
        var reader = ScenarioReader(file: file)
        let setup = reader.read(document, source: source)
        guard reader.problems.isEmpty, let setup else {
            throw ScenarioProblems(problems: reader.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return setup
    }
}
