#pragma once

#include <string>
#include <vector>

namespace memescope::ml {

// What the model code can run on, decided at run time (CUDA when this LibTorch build has it and a GPU is
// present, else CPU). Plain strings: this header is included by torch-free code through the engine.
struct ComputeDevice {
    std::string id;          // "cpu", "cuda:0", ...
    std::string description; // "CPU, 2 threads", "CUDA: NVIDIA H100 80GB HBM3"
};

std::vector<ComputeDevice> availableDevices();
// "auto", "cpu", "cuda" or "cuda:N" -> the device id to use ("cpu" or "cuda:N"); throws
// std::invalid_argument with a message for an unknown spelling, a GPU index that does not exist, or CUDA
// asked of a build or machine without it.
std::string resolveDevice(const std::string& wanted);
std::string torchVersion();

// Measured float32 matrix-multiply throughput (GFLOP/s) for an n x n product on the CPU. Debian's
// LibTorch without libopenblas0-pthread falls back to reference BLAS and lands around 5 GFLOP/s instead
// of ~200, making everything ~35x slower: callers warn when this is absurdly low.
double cpuMatmulGflops(int n = 512, int repeats = 3);

} // namespace memescope::ml
