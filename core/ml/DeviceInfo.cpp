#include "DeviceInfo.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace memescope::ml {

namespace {

// GPU model names from the NVIDIA driver's /proc files (no CUDA library needed), in PCI bus order: CUDA's
// order when CUDA_DEVICE_ORDER=PCI_BUS_ID, and on a machine of identical GPUs either way.
std::vector<std::string> nvidiaGpuNames() {
    std::vector<std::string> buses, names;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator("/proc/driver/nvidia/gpus", ec))
        buses.push_back(e.path().string());
    std::sort(buses.begin(), buses.end());
    for (const std::string& bus : buses) {
        std::ifstream in(bus + "/information");
        std::string line;
        while (std::getline(in, line))
            if (line.rfind("Model:", 0) == 0) {
                const size_t start = line.find_first_not_of(" \t", 6);
                names.push_back(start == std::string::npos ? "" : line.substr(start));
            }
    }
    return names;
}

} // namespace

std::vector<ComputeDevice> availableDevices() {
    std::vector<ComputeDevice> out;
    if (torch::cuda::is_available()) {
        const auto n = torch::cuda::device_count();
        const std::vector<std::string> names = nvidiaGpuNames();
        for (size_t i = 0; i < n; ++i)
            out.push_back({"cuda:" + std::to_string(i),
                           "GPU " + std::to_string(i) +
                               (names.size() == n && !names[i].empty() ? ": " + names[i] : " (CUDA)")});
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    out.push_back({"cpu", "CPU, " + std::to_string(cores) + (cores == 1 ? " thread" : " threads")});
    return out;
}

std::string resolveDevice(const std::string& wanted) {
    const bool cuda = torch::cuda::is_available();
    if (wanted == "auto" || wanted.empty()) return cuda ? "cuda:0" : "cpu";
    if (wanted == "cpu") return "cpu";
    if (wanted.rfind("cuda", 0) != 0)
        throw std::invalid_argument("device '" + wanted + "': expected auto, cpu, cuda or cuda:N");
    if (!cuda)
        throw std::invalid_argument("device '" + wanted +
                                    "': this LibTorch build sees no CUDA device (a CPU build, or no GPU is "
                                    "present); use cpu");
    int index = 0;
    if (wanted != "cuda") {
        const std::string n = wanted.substr(4);
        if (n.size() < 2 || n[0] != ':' || n.find_first_not_of("0123456789", 1) != std::string::npos)
            throw std::invalid_argument("device '" + wanted + "': expected auto, cpu, cuda or cuda:N");
        index = std::stoi(n.substr(1));
    }
    const int count = int(torch::cuda::device_count());
    if (index >= count)
        throw std::invalid_argument("device '" + wanted + "': there " + (count == 1 ? "is " : "are ") +
                                    std::to_string(count) + " GPU" + (count == 1 ? "" : "s") + " (cuda:0" +
                                    (count > 1 ? " to cuda:" + std::to_string(count - 1) : "") + ")");
    return "cuda:" + std::to_string(index);
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
