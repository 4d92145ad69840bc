internal import FuzzSupport

fuzzMain(kdlOrdersTestOneInput)
