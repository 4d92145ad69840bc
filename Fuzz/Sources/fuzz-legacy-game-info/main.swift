internal import FuzzSupport

fuzzMain(legacyGameInfoTestOneInput)
