import ArgumentParser
import KneadCore

/// The sore side is written on the command line by its name: `--sore-side left`.
extension SoreSide: ExpressibleByArgument {}
