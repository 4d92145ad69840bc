internal import FuzzSupport

fuzzMain(jsonOrdersTestOneInput)
