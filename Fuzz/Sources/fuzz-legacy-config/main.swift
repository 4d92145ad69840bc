internal import FuzzSupport

fuzzMain(legacyConfigTestOneInput)
