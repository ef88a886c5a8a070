#pragma once

#include "BatchPrefetcher.h"
#include "DataParallel.h"
#include "Evaluation.h"
#include "core/ml/config/EpochRecord.h"

#include <nlohmann/json.hpp>
#include <torch/optim/adamw.h>

#include <functional>
#include <string>
#include <vector>

namespace memescope::ml {

struct TrainerOptions {
    // Epoch checkpoints (model + optimizer + trainer state) go here; empty = no checkpoints, no resume.
    std::string checkpointDir;
    std::string tokenizerDir; // copied into each checkpoint with the model (RoBERTa)
    bool resume = false;      // continue from the last complete epoch in checkpointDir
    int loaderThreads = 2, prefetchDepth = 4;
    // Test hook: the process SIGKILLs itself after this many training batches (counted over the run).
    int64_t killAfterBatches = -1;
    // Data-parallel training: this process is one rank of the group (null: the only process). Each global
    // batch of batch_size x ranks memes is split between the ranks, their gradients summed (each rank's loss
    // weighted by its share), so the step equals one process's on the whole batch for losses that are means
    // over memes; validation is split and gathered. Only rank 0 writes checkpoints; every rank resumes from
    // them.
    DataParallelGroup* group = nullptr;
};

struct TrainProgress {
    int epoch = 0, epochs = 0;
    int64_t batch = 0, batches = 0;
    double loss = 0, learningRate = 0, samplesPerSecond = 0, etaSeconds = 0, dataWaitShare = 0;
};

struct TrainCallbacks {
    std::function<void(const TrainProgress&)> progress;
    std::function<void(const EpochRecord&)> epochFinished;
    std::function<bool()> cancelled; // polled before every batch
};

struct TrainOutcome {
    bool cancelled = false;
    int bestEpoch = 0, resumedAfterEpoch = 0;
    double bestScore = -1;
    std::vector<EpochRecord> history;
    std::string bestCheckpoint; // model directory of the best epoch (inside checkpointDir)
};

// The training loop of MODEL.md: AdamW (lr, weight decay of the config), gradient clipping, ReduceLROnPlateau
// on validation macro-F1 (factor 0.5, patience 2), the best epoch by the harmonic mean of validation
// macro-F1 and weighted-F1, optional early stopping. For fine-tuning (see ModelConfig): separate encoder and
// new-layer learning rates, warm-up + linear/cosine decay per optimizer step, frozen encoder layers,
// gradient accumulation, bf16 autocast and TF32 on CUDA. Deterministic for a seed: the shuffle and torch's
// RNG are re-seeded from (seed, epoch) at every epoch start, so a run resumed from an epoch checkpoint
// continues exactly as the uninterrupted run would have.
class Trainer {
public:
    Trainer(MultimodalModel model, const BpeTokenizer* tokenizer, SampleLoader loader,
            std::vector<int64_t> trainIndices, std::vector<int64_t> valIndices, torch::Device device,
            TrainerOptions options);
    TrainOutcome run(const TrainCallbacks& callbacks = {});

private:
    void saveCheckpoint(int epoch, const TrainOutcome& outcome, double lr, const nlohmann::json& plateau,
                        int staleEpochs);
    int restoreCheckpoint(TrainOutcome& outcome, double& lr, nlohmann::json& plateau, int& staleEpochs);
    // Every group's learning rate = its base rate x factor.
    void setLearningRates(double factor);
    double currentLearningRate() const; // of the new layers' group (the first)

    MultimodalModel model_;
    const BpeTokenizer* tokenizer_;
    SampleLoader loader_;
    std::vector<int64_t> train_, val_;
    torch::Device device_;
    TrainerOptions options_;
    std::unique_ptr<torch::optim::AdamW> optimizer_;
    std::vector<double> baseRates_; // per optimizer group
    int64_t frozenTensors_ = 0;
};

// Optimizer state <-> safetensors (per parameter, by position: p<i>.exp_avg / exp_avg_sq / step).
void saveAdamWState(torch::optim::AdamW& optimizer, const std::string& path);
void loadAdamWState(torch::optim::AdamW& optimizer, const std::string& path);
// Copies a model.safetensors written by saveModelDirectory into an existing model's parameters/buffers.
void loadModelWeights(MultimodalModel& model, const std::string& safetensorsPath);

} // namespace memescope::ml
