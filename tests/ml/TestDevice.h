#pragma once
// The device the torch tests run their models on: CPU unless MEMESCOPE_TEST_DEVICE names another
// ("cuda", "cuda:0"). CI has no GPU; on a GPU machine the same tests check the CUDA path.
#include <torch/torch.h>

#include <cstdlib>
#include <string>

namespace minitest {

inline torch::Device testDevice() {
    const char* env = std::getenv("MEMESCOPE_TEST_DEVICE");
    return torch::Device(env && *env ? std::string(env) : std::string("cpu"));
}

} // namespace minitest
