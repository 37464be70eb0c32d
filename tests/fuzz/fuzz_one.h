// One fuzz input through the whole engine path (fuzz_session.cpp); shared by
// the libFuzzer target and the regression replayer that the normal build runs.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sandbox::fuzz {
void run_one(const uint8_t* data, size_t size);
}
