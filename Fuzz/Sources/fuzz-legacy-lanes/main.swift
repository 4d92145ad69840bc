internal import FuzzSupport

fuzzMain(legacyLanesTestOneInput)
