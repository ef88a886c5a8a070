// GPU check for the torch library alone (builds with -DMEMESCOPE_ML_ONLY=ON against a CUDA LibTorch):
// a short training of `tiny` and a few steps of `seed` on synthetic tensors, in float32 and with autocast
// (mixed precision) where this LibTorch supports it. Prints the device, samples/s and peak GPU memory.
// usage: gpu_check [tiny_steps (default 30)] [seed_steps (default 5)] [--cpu] | --probe-cuda
#include "core/ml/DeviceInfo.h"
#include "core/ml/model/MultimodalModel.h"
#include "core/ml/train/FineTuning.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <torch/torch.h>
#include <torch/version.h>

// MEMESCOPE_TORCH_HAS_CUDA comes from CMake: the Torch package it found has CUDA (see CMakeLists.txt).
#ifdef MEMESCOPE_TORCH_HAS_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#define MEMESCOPE_HAS_CUDA_ALLOCATOR 1
#endif

using namespace memescope::ml;

namespace {

ModelBatch syntheticBatch(const ModelConfig& c, int64_t B) {
    ModelBatch b;
    b.inputIds = torch::randint(3, c.roberta.vocabSize, {B, std::min<int64_t>(c.maxTokens, 64)});
    b.attentionMask = torch::ones_like(b.inputIds);
    b.pixels = torch::randn({B, 3, c.clip.imageSize, c.clip.imageSize});
    b.imageMask = torch::ones({B});
    b.targets = c.multiLabel ? torch::randint(0, 2, {B, c.numLabels}).to(torch::kFloat32)
                             : torch::randint(0, c.numLabels, {B});
    return b;
}

double peakGiB(const torch::Device& d) {
#ifdef MEMESCOPE_HAS_CUDA_ALLOCATOR
    if (d.is_cuda()) {
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(d.index());
        return double(stats.allocated_bytes[0].peak) / double(1ULL << 30);
    }
#endif
    (void)d;
    return 0;
}

void resetPeak(const torch::Device& d) {
#ifdef MEMESCOPE_HAS_CUDA_ALLOCATOR
    if (d.is_cuda()) c10::cuda::CUDACachingAllocator::resetPeakStats(d.index());
#endif
    (void)d;
}

// The same model and batch on the CPU and on the device (float32, TF32 off): the largest difference of the
// logits and of the loss, then the same with TF32 allowed, as LibTorch would run by default.
void parity(const char* name, ModelConfig c, const torch::Device& device) {
    torch::manual_seed(0);
    MultimodalModel m(c);
    m->eval();
    torch::NoGradGuard noGrad;
    const ModelBatch b = syntheticBatch(c, 8);
    const ModelOutput cpu = m->forward(b);
    const double cpuLoss = m->loss(cpu, b).total.item<double>();
    m->to(device);
    for (const bool tf32 : {false, true}) {
        at::globalContext().setAllowTF32CuBLAS(tf32);
        at::globalContext().setAllowTF32CuDNN(tf32);
        const ModelBatch db = b.to(device);
        const ModelOutput out = m->forward(db);
        const double diff = (out.logits.cpu() - cpu.logits).abs().max().item<double>();
        const double deviceLoss = m->loss(out, db).total.item<double>();
        std::printf("| %s | %s | %.2e | %.2e |\n", name, tf32 ? "TF32 allowed" : "float32", diff,
                    std::abs(deviceLoss - cpuLoss));
    }
    at::globalContext().setAllowTF32CuBLAS(false);
    at::globalContext().setAllowTF32CuDNN(true); // LibTorch's defaults
    std::fflush(stdout);
}

void train(const char* name, ModelConfig c, int steps, int64_t batch, const torch::Device& device,
           bool mixed) {
    torch::manual_seed(0);
    MultimodalModel m(c);
    m->to(device);
    m->train();
    torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(c.learningRate).weight_decay(0.01));
    const ModelBatch b = syntheticBatch(c, batch).to(device);
    resetPeak(device);
    double seconds = 0;
    double loss = 0;
    for (int i = 0; i < steps + 2; ++i) {
        if (device.is_cuda()) torch::cuda::synchronize();
        const auto t0 = std::chrono::steady_clock::now();
        setAutocast(mixed);
        const LossParts p = m->loss(m->forward(b), b);
        setAutocast(false);
        opt.zero_grad();
        p.total.backward();
        torch::nn::utils::clip_grad_norm_(m->parameters(), 1.0);
        opt.step();
        loss = p.total.item<double>();
        if (device.is_cuda()) torch::cuda::synchronize();
        if (i >= 2) seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    std::printf("| %s | %s | %lld | %d | %.1f | %.2f GiB | %.4f |\n", name, mixed ? "autocast" : "float32",
                (long long)batch, steps, double(batch) * steps / seconds, peakGiB(device), loss);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    int tinySteps = 30, seedSteps = 5;
    bool cpu = false;
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--probe-cuda") // exit status 0 when LibTorch sees a CUDA device (for scripts)
            return torch::cuda::is_available() ? 0 : 1;
        if (a == "--cpu")
            cpu = true;
        else if (positional++ == 0)
            tinySteps = std::atoi(argv[i]);
        else
            seedSteps = std::atoi(argv[i]);
    }
    const bool cuda = torch::cuda::is_available() && !cpu;
    const torch::Device device = cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    std::printf("LibTorch %s; devices:", torchVersion().c_str());
    for (const ComputeDevice& d : availableDevices())
        std::printf(" [%s: %s]", d.id.c_str(), d.description.c_str());
    std::printf("\nrunning on %s%s\n\n", cuda ? "CUDA" : "CPU",
                cuda ? "" : " (no CUDA device: the figures are CPU figures)");
    if (cuda) {
        std::printf("| model | device precision | max |logits diff| vs CPU | |loss diff| vs CPU |\n"
                    "|---|---|---|---|\n");
        parity("tiny", ModelConfig::fromPreset("tiny"), device);
        std::printf("\n");
    }
    std::printf("| model | precision | batch | steps | samples/s | peak GPU memory | last loss "
                "|\n|---|---|---|---|---|---|---|\n");
    ModelConfig tiny = ModelConfig::fromPreset("tiny");
    train("tiny", tiny, tinySteps, 16, device, false);
    if (cuda) train("tiny", tiny, tinySteps, 16, device, true);
    if (seedSteps > 0) {
        ModelConfig seed = ModelConfig::fromPreset("seed");
        seed.maxTokens = 128;
        train("seed (128 tokens)", seed, seedSteps, 16, device, false);
        if (cuda) train("seed (128 tokens)", seed, seedSteps, 16, device, true);
    }
    return 0;
}
