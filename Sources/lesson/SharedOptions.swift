import ArgumentParser
import LessonKit

enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Options every command that runs lessons accepts.
struct RunOptions: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Seconds one cell may run before it is stopped (a cell's timeout= overrides it).")
    var timeLimit: Double = 10

    @Option(help: "When to colour the output: auto (on a terminal), always, never.")
    var color: ColourChoice = .auto

    var settings: RunSettings {
        var settings = RunSettings()
        settings.timeLimit = timeLimit
        return settings
    }

    mutating func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }
}

/// Turns command-line paths into lesson files, or exits 2 with the reason.
func lessonFiles(_ paths: [String]) throws -> [String] {
    do {
        return try LessonDiscovery.files(in: paths)
    } catch {
        Console.error("lesson: \(error)")
        throw ExitStatus.usage.code
    }
}
