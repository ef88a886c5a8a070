// Forward + backward time per batch of 16 for the `tiny` and `seed` presets on this machine, and the same
// tiny model written in PyTorch-Python (Debian's python3-torch, same BLAS) in the same run.
// Goal (issue #4): C++ >= 1.5x the Python samples/s. Torch-only: builds where there is no Qt.
#include "core/ml/DeviceInfo.h"
#include "core/ml/model/MultimodalModel.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace memescope::ml;

namespace {

ModelBatch randomBatch(const ModelConfig& c, int64_t B, const torch::Device& d) {
    ModelBatch b;
    if (c.textEncoder == TextEncoderKind::Roberta) {
        b.inputIds = torch::randint(3, c.roberta.vocabSize, {B, c.maxTokens});
        b.attentionMask = torch::ones({B, c.maxTokens}, torch::kLong);
    } else {
        b.ngramIds = torch::randint(1, c.ngram.buckets, {B, c.ngram.maxWords, c.ngram.maxFeaturesPerWord});
        b.wordMask = torch::ones({B, c.ngram.maxWords}, torch::kLong);
    }
    b.pixels = torch::randn({B, 3, c.clip.imageSize, c.clip.imageSize});
    b.imageMask = torch::ones({B});
    b.targets = torch::randint(0, c.numLabels, {B});
    return b.to(d);
}

// Median milliseconds of forward + backward (no optimizer step), after `warmup` untimed runs.
double stepMs(MultimodalModel& m, const ModelBatch& b, int warmup, int runs) {
    std::vector<double> t;
    for (int i = 0; i < warmup + runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const LossParts p = m->loss(m->forward(b), b);
        m->zero_grad(
            /*set_to_none=*/true); // as Python's zero_grad(set_to_none=True): no fill of every gradient
        p.total.backward();
        if (b.targets.is_cuda()) torch::cuda::synchronize();
        if (i >= warmup)
            t.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    // --no-seed skips the reference model; --seed-tokens N shortens its sequences (512 on 2 CPU cores takes
    // many minutes per step and ~16 GB).
    bool skipSeed = false;
    int64_t seedTokens = 512;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--no-seed") skipSeed = true;
        if (std::string(argv[i]) == "--seed-tokens" && i + 1 < argc) seedTokens = std::atoll(argv[++i]);
    }
    const torch::Device device =
        torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    std::printf("device: %s, torch %s, intra-op threads %d, CPU matmul %.0f GFLOP/s\n\n",
                device.is_cuda() ? "CUDA" : "CPU", torchVersion().c_str(), torch::get_num_threads(),
                cpuMatmulGflops());
    torch::manual_seed(0);
    ModelConfig tiny = ModelConfig::fromPreset("tiny");
    tiny.textEncoder = TextEncoderKind::Roberta; // the peer implements the transformer text encoder
    MultimodalModel t(tiny);
    t->to(device);
    const double tinyMs = stepMs(t, randomBatch(tiny, 16, device), 2, 10);
    std::fflush(stdout);

    std::string cmd = std::string("/usr/bin/python3 ") + MEMESCOPE_BENCH_DIR + "/peer_model.py 12 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    long long pyParams = 0;
    int pyThreads = 0;
    double pyMs = 0;
    if (pipe) {
        if (std::fscanf(pipe, "%lld %d %lf", &pyParams, &pyThreads, &pyMs) != 3) pyMs = 0;
        pclose(pipe);
    }

    std::printf("| model (batch 16, fwd+bwd) | parameters | ms/batch | samples/s | vs PyTorch-Python "
                "|\n|---|---|---|---|---|\n");
    std::printf("| tiny, C++ (LibTorch) | %lld | %.1f | %.1f | %s |\n", (long long)t->parameterCount(),
                tinyMs, 16000.0 / tinyMs,
                pyMs > 0 ? (std::to_string(pyMs / tinyMs).substr(0, 4) + "x").c_str() : "peer failed");
    if (pyMs > 0)
        std::printf("| tiny, PyTorch-Python (%d threads) | %lld | %.1f | %.1f | 1.00x |\n", pyThreads,
                    pyParams, pyMs, 16000.0 / pyMs);
    if (!skipSeed) {
        ModelConfig seed = ModelConfig::fromPreset("seed");
        seed.maxTokens = seedTokens;
        MultimodalModel s(seed);
        s->to(device);
        const double seedMs = stepMs(s, randomBatch(seed, 16, device), 1, 2);
        std::printf("| seed (%lld tokens), C++ | %lld | %.0f | %.2f | |\n", (long long)seedTokens,
                    (long long)s->parameterCount(), seedMs, 16000.0 / seedMs);
    }
    return 0;
}
