internal import FuzzSupport

fuzzMain(legacyGameTestOneInput)
