#include "DeviceInfo.h"

#include <torch/torch.h>

#include <chrono>
#include <thread>

namespace memescope::ml {

std::vector<ComputeDevice> availableDevices() {
    std::vector<ComputeDevice> out;
    if (torch::cuda::is_available()) {
        const auto n = torch::cuda::device_count();
        for (size_t i = 0; i < n; ++i)
            out.push_back({"cuda:" + std::to_string(i), "CUDA device " + std::to_string(i)});
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    out.push_back({"cpu", "CPU, " + std::to_string(cores) + (cores == 1 ? " thread" : " threads")});
    return out;
}

std::string torchVersion() {
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

double cpuMatmulGflops(int n, int repeats) {
    torch::NoGradGuard noGrad;
    const auto a = torch::randn({n, n});
    const auto b = torch::randn({n, n});
    auto c = torch::mm(a, b); // warm-up (thread pools, page faults)
    double best = 1e30;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        c = torch::mm(a, b);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        best = std::min(best, s);
    }
    return 2.0 * n * n * n / best / 1e9;
}

} // namespace memescope::ml
