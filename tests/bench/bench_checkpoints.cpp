// Real-scale checkpoints on the CPU: the `seed` preset started from full-size checkpoints in the layouts the
// hub ships (mental/mental-roberta-base as RobertaForMaskedLM in pytorch_model.bin, openai/clip-vit-base-
// patch32 as CLIPModel in model.safetensors; random values, real shapes and key names, written by
// scripts/make-checkpoint-layouts.py), then training steps at 512 tokens and the per-epoch checkpoint write.
// Peers in the same run: PyTorch-Python's torch.load of the same .bin and torch.save of the same weights.
// usage: bench_checkpoints [--steps N] [--batch B] [--tokens L] [--keep DIR] [--activation-checkpointing 1]
#include "PeakRss.h"
#include "core/ml/io/HfCheckpoint.h"
#include "core/ml/model/MultimodalModel.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/train/FineTuning.h"
#include "core/ml/train/Trainer.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace memescope::ml;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double folderMb(const fs::path& dir) {
    double bytes = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) bytes += double(e.file_size());
    return bytes / 1e6;
}

// Runs a python3 snippet and returns the seconds it printed last.
double pythonSeconds(const std::string& code) {
    const std::string cmd = "/usr/bin/python3 -c \"" + code + "\"";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return -1;
    char line[256];
    double s = -1;
    while (std::fgets(line, sizeof line, p))
        s = std::atof(line);
    ::pclose(p);
    return s;
}

} // namespace

int main(int argc, char** argv) {
    int steps = 2;
    int64_t batch = 16, tokens = 512;
    std::string keep;
    bool recompute = false; // activation checkpointing of the encoders' layers
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--steps")
            steps = std::atoi(argv[i + 1]);
        else if (a == "--batch")
            batch = std::atoll(argv[i + 1]);
        else if (a == "--tokens")
            tokens = std::atoll(argv[i + 1]);
        else if (a == "--keep")
            keep = argv[i + 1];
        else if (a == "--activation-checkpointing")
            recompute = std::atoi(argv[i + 1]) != 0;
    }
    const fs::path root =
        keep.empty() ? fs::temp_directory_path() / ("memescope-bench-ckpt-" + std::to_string(::getpid()))
                     : fs::path(keep);
    const fs::path text = root / "mental-roberta-base", image = root / "clip-vit-base-patch32";
    auto t0 = Clock::now();
    if (!fs::exists(text / "pytorch_model.bin") || !fs::exists(image / "model.safetensors")) {
        const std::string script = std::string(MEMESCOPE_SOURCE_DIR) + "/scripts/make-checkpoint-layouts.py";
        if (std::system(("/usr/bin/python3 " + script + " full " + root.string()).c_str()) != 0) {
            std::fprintf(stderr, "writing the checkpoints failed (python3-torch missing?)\n");
            return 1;
        }
    }
    const double writeFixtures = since(t0);
    std::printf(
        "Full-size checkpoints in %s (written in %.1f s): text %.0f MB (pytorch_model.bin), image %.0f MB "
        "(model.safetensors, CLIPModel)\n\n",
        root.c_str(), writeFixtures, folderMb(text), folderMb(image));

    ModelConfig c = ModelConfig::fromPreset("seed");
    c.activationCheckpointing = recompute;
    c.numLabels = 7;
    c.multiLabel = true;
    c.maxTokens = tokens;
    c.batchSize = batch;
    c.textCheckpoint = text.string();
    c.imageCheckpoint = image.string();
    c.encoderLearningRate = 2e-5;
    c.learningRate = 1e-4;

    t0 = Clock::now();
    for (const std::string& line : applyCheckpointSizes(c))
        std::printf("  %s\n", line.c_str());
    torch::manual_seed(1);
    MultimodalModel model(c);
    const double build = since(t0);
    t0 = Clock::now();
    const auto reports = model->loadPretrainedEncoders();
    const double load = since(t0);
    const long rssAfterLoad = peakRssMb();
    for (const LoadReport& r : reports)
        std::printf("  %s\n", r.summary().substr(0, 240).c_str());
    const double peerLoad =
        pythonSeconds("import time, torch; t=time.time(); torch.load('" +
                      (text / "pytorch_model.bin").string() + "', map_location='cpu'); print(time.time()-t)");

    // Training steps on synthetic inputs of the real shapes.
    model->train();
    freezeEncoderLayers(model);
    torch::optim::AdamW optimizer(parameterGroups(model));
    ModelBatch b;
    b.inputIds = torch::randint(3, c.roberta.vocabSize, {batch, tokens});
    b.attentionMask = torch::ones_like(b.inputIds);
    b.pixels = torch::randn({batch, 3, c.clip.imageSize, c.clip.imageSize});
    b.imageMask = torch::ones({batch});
    b.targets = torch::randint(0, 2, {batch, c.numLabels}).to(torch::kFloat32);
    std::vector<double> stepSeconds;
    for (int s = 0; s < steps; ++s) {
        t0 = Clock::now();
        optimizer.zero_grad();
        const LossParts parts = model->loss(model->forward(b), b);
        parts.total.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimizer.step();
        stepSeconds.push_back(since(t0));
        std::printf("  step %d: %.1f s (loss %.4f)\n", s + 1, stepSeconds.back(), parts.total.item<double>());
    }
    const long rssAfterSteps = peakRssMb();

    // The per-epoch checkpoint: the model directory plus the AdamW state (fsync'ed, atomic).
    const fs::path ckpt = root / "epoch-1";
    t0 = Clock::now();
    saveModelDirectory(model, ckpt.string());
    const double modelWrite = since(t0);
    t0 = Clock::now();
    saveAdamWState(optimizer, (ckpt / "optimizer.safetensors").string());
    const double optimizerWrite = since(t0);
    const double modelMb = folderMb(ckpt) - double(fs::file_size(ckpt / "optimizer.safetensors")) / 1e6;
    const double optimizerMb = double(fs::file_size(ckpt / "optimizer.safetensors")) / 1e6;
    const double peerSave =
        pythonSeconds("import os, time, torch; sd=torch.load('" + (text / "pytorch_model.bin").string() +
                      "'); t=time.time(); f=open('" + (root / "peer.bin").string() +
                      "','wb'); torch.save(sd, f); f.flush(); os.fsync(f.fileno()); print(time.time()-t)");
    const double peerMb = fs::exists(root / "peer.bin") ? double(fs::file_size(root / "peer.bin")) / 1e6 : 0;

    double measured = 0;
    for (size_t i = 1; i < stepSeconds.size(); ++i)
        measured += stepSeconds[i];
    const double perStep =
        stepSeconds.size() > 1 ? measured / double(stepSeconds.size() - 1) : stepSeconds[0];
    std::printf("\n`seed` preset (%lld parameters) at %lld tokens, batch %lld, float32, %d CPU threads:\n\n",
                (long long)model->parameterCount(), (long long)tokens, (long long)batch,
                torch::get_num_threads());
    std::printf("| measure | MemeScope | peer (PyTorch-Python) | ratio |\n|---|---:|---:|---:|\n");
    std::printf("| load both checkpoints into the model | %.2f s (+ %.2f s building it) | torch.load of the "
                ".bin alone: %.2f s | %.2fx |\n",
                load, build, peerLoad, peerLoad > 0 ? peerLoad / load : 0);
    std::printf("| peak RSS after loading | %ld MB | | |\n", rssAfterLoad);
    std::printf("| training step (forward, backward, AdamW) | %.1f s (first: %.1f s) | | |\n", perStep,
                stepSeconds[0]);
    std::printf("| samples per second | %.2f | | |\n", double(batch) / perStep);
    std::printf("| peak RSS while training | %ld MB | | |\n", rssAfterSteps);
    std::printf("| checkpoint: model weights | %.2f s (%.0f MB, %.0f MB/s) | torch.save of the text encoder: "
                "%.2f s (%.0f MB, %.0f MB/s) | %.2fx per MB |\n",
                modelWrite, modelMb, modelMb / modelWrite, peerSave, peerMb,
                peerSave > 0 ? peerMb / peerSave : 0,
                peerSave > 0 ? (modelMb / modelWrite) / (peerMb / peerSave) : 0);
    std::printf("| checkpoint: AdamW state (last epoch only) | %.2f s (%.0f MB) | | |\n", optimizerWrite,
                optimizerMb);
    fs::remove_all(ckpt);
    fs::remove(root / "peer.bin");
    if (keep.empty()) fs::remove_all(root);
    return 0;
}
