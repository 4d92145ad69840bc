internal import FuzzSupport

fuzzMain(legacySystemsTestOneInput)
