import ArgumentParser
import KneadCore

/// A voice level is written on the command line by its name: `--voice=all`.
extension VoiceLevel: ExpressibleByArgument {}
