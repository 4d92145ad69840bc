internal import FuzzSupport

fuzzMain(kdlTestOneInput)
