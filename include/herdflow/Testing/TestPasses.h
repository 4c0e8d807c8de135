//===- TestPasses.h - herdflow test passes ----------------------*- C++ -*-===//
//
// Passes that expose internals (analyses, target descriptions) to lit tests.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TESTING_TESTPASSES_H
#define HERDFLOW_TESTING_TESTPASSES_H

namespace herdflow {
void registerTestAccessPatternsPass();
void registerTestTargetDescriptionPass();
} // namespace herdflow

#endif // HERDFLOW_TESTING_TESTPASSES_H
