#include "Trainer.h"

#include "FusedAdamW.h"

#include "FineTuning.h"
#include "LrPlateau.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/io/StateDictLoader.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>

namespace fs = std::filesystem;

namespace memescope::ml {
namespace {

const char* const kStateFile = "trainer_state.json";

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point from, Clock::time_point to = Clock::now()) {
    return std::chrono::duration<double>(to - from).count();
}

std::string epochDirName(int epoch) {
    return "epoch-" + std::to_string(epoch);
}

void writeJsonAtomically(const fs::path& path, const nlohmann::json& j) {
    const fs::path tmp = path.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << j.dump(2);
        out.flush();
        if (!out) throw CheckpointError(tmp.string() + ": cannot write (disk full?)");
    }
    fs::rename(tmp, path);
}

// Torch's generator and the shuffle both derive from (seed, epoch): nothing to carry across a restart.
uint64_t epochSeed(int64_t seed, int epoch) {
    return uint64_t(seed) * 1000003ULL + uint64_t(epoch);
}

} // namespace

namespace {

// Every parameter of every group, in group order: the position is the parameter's key in the state file.
std::vector<torch::Tensor> optimizerParameters(torch::optim::AdamW& optimizer) {
    std::vector<torch::Tensor> all;
    for (auto& group : optimizer.param_groups())
        all.insert(all.end(), group.params().begin(), group.params().end());
    return all;
}

} // namespace

void saveAdamWState(torch::optim::AdamW& optimizer, const std::string& path) {
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    const std::vector<torch::Tensor> params = optimizerParameters(optimizer);
    for (size_t i = 0; i < params.size(); ++i) {
        auto it = optimizer.state().find(stateKey(optimizer.state(), params[i]));
        if (it == optimizer.state().end()) continue; // never stepped (no gradient yet)
        auto& s = static_cast<torch::optim::AdamWParamState&>(*it->second);
        const std::string p = "p" + std::to_string(i) + ".";
        tensors.emplace_back(p + "exp_avg", s.exp_avg());
        tensors.emplace_back(p + "exp_avg_sq", s.exp_avg_sq());
        tensors.emplace_back(p + "step", torch::tensor({static_cast<int64_t>(s.step())}, torch::kLong));
    }
    writeSafetensors(path, tensors, {{"parameters", std::to_string(params.size())}});
}

void loadAdamWState(torch::optim::AdamW& optimizer, const std::string& path) {
    const auto file = SafetensorsFile::open(path);
    const std::vector<torch::Tensor> params = optimizerParameters(optimizer);
    const auto it = file->metadata().find("parameters");
    if (it == file->metadata().end() || it->second != std::to_string(params.size()))
        throw CheckpointError(path + ": optimizer state for a different model (parameter count differs)");
    optimizer.state().clear();
    for (size_t i = 0; i < params.size(); ++i) {
        const std::string p = "p" + std::to_string(i) + ".";
        if (!file->contains(p + "step")) continue;
        auto s = std::make_unique<torch::optim::AdamWParamState>();
        s->step(file->load(p + "step")[0].item<int64_t>());
        s->exp_avg(file->load(p + "exp_avg").to(params[i].device()));
        s->exp_avg_sq(file->load(p + "exp_avg_sq").to(params[i].device()));
        if (!s->exp_avg().sizes().equals(params[i].sizes()))
            throw CheckpointError(path + ": optimizer state of parameter " + std::to_string(i) +
                                  " has the wrong shape");
        optimizer.state()[stateKey(optimizer.state(), params[i])] = std::move(s);
    }
}

void loadModelWeights(MultimodalModel& model, const std::string& safetensorsPath) {
    const auto file = SafetensorsFile::open(safetensorsPath);
    torch::NoGradGuard noGrad;
    const LoadReport report = loadStateDict(*model, *file, {""}, true);
    if (!report.complete())
        throw CheckpointError(safetensorsPath + ": does not match the model (" +
                              std::to_string(report.missing.size()) + " missing, " +
                              std::to_string(report.misShaped.size()) + " mis-shaped tensors)");
    if (file->contains("thresholds")) model->setThresholds(file->load("thresholds"));
}

Trainer::Trainer(MultimodalModel model, const BpeTokenizer* tokenizer, SampleLoader loader,
                 std::vector<int64_t> trainIndices, std::vector<int64_t> valIndices, torch::Device device,
                 TrainerOptions options)
    : model_(std::move(model))
    , tokenizer_(tokenizer)
    , loader_(std::move(loader))
    , train_(std::move(trainIndices))
    , val_(std::move(valIndices))
    , device_(device)
    , options_(std::move(options)) {
    model_->to(device_);
    frozenTensors_ = freezeEncoderLayers(model_);
    baseRates_ = baseLearningRates(model_);
    optimizer_ = std::make_unique<FusedAdamW>(parameterGroups(model_));
    if (device_.is_cuda()) allowTf32(model_->config().tf32);
}

double Trainer::currentLearningRate() const {
    return static_cast<const torch::optim::AdamWOptions&>(optimizer_->param_groups().front().options()).lr();
}

void Trainer::setLearningRates(double factor) {
    auto& groups = optimizer_->param_groups();
    for (size_t g = 0; g < groups.size(); ++g)
        static_cast<torch::optim::AdamWOptions&>(groups[g].options()).lr(baseRates_[g] * factor);
}

void Trainer::saveCheckpoint(int epoch, const TrainOutcome& outcome, double lr, const nlohmann::json& plateau,
                             int staleEpochs) {
    const fs::path root(options_.checkpointDir);
    const fs::path dir = root / epochDirName(epoch);
    // Tensors are copied to the CPU one at a time by the writer: no second copy of the whole model.
    saveModelDirectory(model_, dir.string(), options_.tokenizerDir);
    saveAdamWState(*optimizer_, (dir / "optimizer.safetensors").string());
    nlohmann::json history = nlohmann::json::array();
    for (const EpochRecord& r : outcome.history)
        history.push_back(r.toJson());
    // The state file is the commit point: until it names epoch N, a restart resumes from the previous one.
    writeJsonAtomically(root / kStateFile, {{"epoch", epoch},
                                            {"checkpoint", epochDirName(epoch)},
                                            {"best_epoch", outcome.bestEpoch},
                                            {"best_score", outcome.bestScore},
                                            {"learning_rate", lr},
                                            {"plateau", plateau},
                                            {"stale_epochs", staleEpochs},
                                            {"history", history}});
    // Only the last epoch (with its optimizer state, to resume from) and the best one (weights only) are
    // kept.
    for (const auto& entry : fs::directory_iterator(root)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("epoch-", 0) != 0 || name == epochDirName(epoch)) continue;
        if (name == epochDirName(outcome.bestEpoch))
            fs::remove(entry.path() / "optimizer.safetensors");
        else
            fs::remove_all(entry.path());
    }
}

int Trainer::restoreCheckpoint(TrainOutcome& outcome, double& lr, nlohmann::json& plateau, int& staleEpochs) {
    const fs::path root(options_.checkpointDir);
    const fs::path statePath = root / kStateFile;
    if (!fs::exists(statePath)) return 0; // nothing finished yet: start from scratch
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(std::ifstream(statePath));
        const fs::path dir = root / j.at("checkpoint").get<std::string>();
        loadModelWeights(model_, (dir / "model.safetensors").string());
        model_->to(device_);
        loadAdamWState(*optimizer_, (dir / "optimizer.safetensors").string());
        outcome.bestEpoch = j.at("best_epoch").get<int>();
        outcome.bestScore = j.at("best_score").get<double>();
        for (const auto& r : j.at("history"))
            outcome.history.push_back(EpochRecord::fromJson(r));
        lr = j.at("learning_rate").get<double>();
        plateau = j.at("plateau");
        staleEpochs = j.at("stale_epochs").get<int>();
        return j.at("epoch").get<int>();
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(statePath.string() + ": malformed trainer state: " + e.what());
    }
}

TrainOutcome Trainer::run(const TrainCallbacks& callbacks) {
    const ModelConfig& c = model_->config();
    TrainOutcome outcome;
    LrPlateau plateau(0.5, 2);
    double lr = c.learningRate;
    int staleEpochs = 0;
    int firstEpoch = 1;
    DataParallelGroup* const group = options_.group;
    const bool writes = !group || group->isMain(); // only rank 0 writes checkpoints
    if (!options_.checkpointDir.empty()) {
        if (writes) fs::create_directories(options_.checkpointDir);
        if (options_.resume) {
            nlohmann::json plateauState;
            const int done = restoreCheckpoint(outcome, lr, plateauState, staleEpochs);
            if (done > 0) plateau.fromJson(plateauState);
            outcome.resumedAfterEpoch = done;
            firstEpoch = done + 1;
        }
    }
    const int ranks = group ? group->worldSize() : 1, rank = group ? group->rank() : 0;
    if (group) group->broadcast(model_->parameters()); // every rank starts from rank 0's weights
    // Cancelling is agreed on: a rank that stopped alone would leave the others waiting in a collective.
    auto cancelledNow = [&] {
        const bool mine = callbacks.cancelled && callbacks.cancelled();
        return group ? group->sum(mine ? 1.0 : 0.0) > 0 : mine;
    };
    if (outcome.bestEpoch > 0)
        outcome.bestCheckpoint =
            (fs::path(options_.checkpointDir) / epochDirName(outcome.bestEpoch)).string();
    const BatchBuilder builder(c, tokenizer_);
    const int64_t batchSize = std::max<int64_t>(1, c.batchSize) * ranks; // the global batch
    const int64_t batchesPerEpoch = (int64_t(train_.size()) + batchSize - 1) / batchSize;
    const int64_t accumulation = std::max<int64_t>(1, c.gradAccumulation);
    // Optimizer steps: per epoch, in the run, of warm-up. Derived, so a resumed run continues the schedule.
    const int64_t stepsPerEpoch = (batchesPerEpoch + accumulation - 1) / accumulation;
    const int64_t totalSteps = stepsPerEpoch * c.epochs;
    const int64_t warmupSteps = int64_t(std::llround(c.warmupRatio * double(totalSteps)));
    const bool autocast = c.precision == Precision::Bf16 && device_.is_cuda();
    int64_t batchesRun = 0;
    const bool earlyStopped = c.earlyStopPatience > 0 && staleEpochs >= c.earlyStopPatience;
    for (int epoch = firstEpoch; epoch <= c.epochs && !earlyStopped; ++epoch) {
        const auto epochStart = Clock::now();
        const double plateauScale = lr / c.learningRate; // 1 until the plateau rule halves the rate
        int64_t step = int64_t(epoch - 1) * stepsPerEpoch;
        setLearningRates(plateauScale * scheduleFactor(c.lrSchedule, step, totalSteps, warmupSteps));
        torch::manual_seed(epochSeed(c.seed, epoch));
        std::mt19937_64 rng(epochSeed(c.seed, epoch));
        std::vector<int64_t> order = train_;
        std::shuffle(order.begin(), order.end(), rng);
        // Global batches of the shuffled order; this rank's share of each (all of it in one process).
        std::vector<std::vector<int64_t>> batches;
        std::vector<int64_t> globalSizes;
        std::vector<bool> hasShare;
        for (size_t i = 0; i < order.size(); i += size_t(batchSize)) {
            const int64_t size = int64_t(std::min(order.size(), i + size_t(batchSize)) - i);
            const auto [from, to] = shareOf(size, rank, ranks);
            globalSizes.push_back(size);
            hasShare.push_back(to > from);
            if (to > from)
                batches.emplace_back(order.begin() + long(i + size_t(from)),
                                     order.begin() + long(i + size_t(to)));
        }
        BatchPrefetcher prefetcher(std::move(batches), loader_, builder, options_.loaderThreads,
                                   options_.prefetchDepth);
        model_->train();
        double lossSum = 0, classificationSum = 0, syncSeconds = 0, optimizerSeconds = 0;
        int64_t seen = 0, batchIndex = 0;
        ModelBatch batch;
        for (size_t g = 0; g < globalSizes.size(); ++g) {
            if (cancelledNow()) {
                outcome.cancelled = true;
                return outcome;
            }
            if (batchIndex % accumulation == 0) {
                const auto zeroing = Clock::now();
                optimizer_->zero_grad();
                optimizerSeconds += secondsSince(zeroing);
            }
            double loss = 0, classification = 0;
            int64_t mine = 0;
            if (hasShare[g]) {
                if (!prefetcher.next(batch)) break;
                const ModelBatch b = batch.to(device_);
                LossParts parts;
                {
                    const AutocastScope mixed(autocast);
                    parts = model_->loss(model_->forward(b), b);
                }
                // This rank's mean loss weighted by its share of the global batch: summed over the ranks, the
                // gradient is that of the mean over the whole batch.
                mine = b.size();
                const double weight = double(mine) / double(globalSizes[g]) / double(accumulation);
                (weight != 1.0 ? parts.total * weight : parts.total).backward();
                loss = parts.total.item<double>();
                classification = parts.classification.item<double>();
            }
            ++batchIndex;
            if (batchIndex % accumulation == 0 || batchIndex == batchesPerEpoch) {
                // Summed once per step: the accumulated micro-batches' gradients, each counted once.
                const auto syncing = Clock::now();
                if (group) group->sumGradients(model_->parameters());
                const auto stepping = Clock::now();
                syncSeconds += secondsSince(syncing, stepping);
                if (c.gradClip > 0) torch::nn::utils::clip_grad_norm_(model_->parameters(), c.gradClip);
                optimizer_->step();
                optimizerSeconds += secondsSince(stepping);
                ++step;
                if (c.lrSchedule != LrSchedule::Plateau || step < warmupSteps + 1)
                    setLearningRates(plateauScale *
                                     scheduleFactor(c.lrSchedule, step, totalSteps, warmupSteps));
            }
            lossSum += loss * double(mine);
            classificationSum += classification * double(mine);
            seen += mine;
            if (options_.killAfterBatches >= 0 && ++batchesRun >= options_.killAfterBatches)
                std::raise(SIGKILL);
            if (callbacks.progress) {
                const double elapsed = secondsSince(epochStart);
                TrainProgress p;
                p.epoch = epoch;
                p.epochs = int(c.epochs);
                p.batch = batchIndex;
                p.batches = batchesPerEpoch;
                p.loss = loss;
                p.learningRate = currentLearningRate();
                // Every rank takes about its share: the job's rate is this rank's times the ranks.
                p.samplesPerSecond = elapsed > 0 ? double(seen) * double(ranks) / elapsed : 0;
                const double perBatch = elapsed / double(batchIndex);
                p.etaSeconds = perBatch * double(batchesPerEpoch - batchIndex) +
                               perBatch * 1.15 * double(batchesPerEpoch) * double(c.epochs - epoch);
                p.dataWaitShare = elapsed > 0 ? prefetcher.waitSeconds() / elapsed : 0;
                callbacks.progress(p);
            }
        }
        if (group) { // the epoch's loss and throughput over every rank's memes
            lossSum = group->sum(lossSum);
            classificationSum = group->sum(classificationSum);
            seen = int64_t(group->sum(double(seen)));
        }
        const double trainSeconds = secondsSince(epochStart);
        EpochRecord record;
        record.epoch = epoch;
        record.trainLoss = seen ? lossSum / double(seen) : 0;
        record.trainClassificationLoss = seen ? classificationSum / double(seen) : 0;
        record.learningRate = currentLearningRate();
        record.samplesPerSecond = trainSeconds > 0 ? double(seen) / trainSeconds : 0;
        record.dataWaitShare = trainSeconds > 0 ? prefetcher.waitSeconds() / trainSeconds : 0;
        record.syncSeconds = syncSeconds;
        record.optimizerSeconds = optimizerSeconds;
        InferenceOptions inference;
        inference.loaderThreads = options_.loaderThreads;
        inference.cancelled = callbacks.cancelled;
        ModelOutputs val;
        if (group) {
            // Each rank scores a contiguous block of the validation memes; gathered in rank order, the rows
            // are in the order of val_, so every rank computes the same metrics, thresholds and decisions.
            const auto [from, to] = shareOf(int64_t(val_.size()), rank, ranks);
            const std::vector<int64_t> share(val_.begin() + long(from), val_.begin() + long(to));
            inference.cancelled = nullptr; // every rank must reach the gather
            const ModelOutputs mineOut = runModel(model_, builder, loader_, share, device_, inference);
            const int64_t labels = c.numLabels;
            val.probabilities = group->gatherRows(
                mineOut.probabilities.defined() ? mineOut.probabilities : torch::zeros({0, labels}));
            const torch::Tensor emptyTargets =
                c.multiLabel ? torch::zeros({0, labels}) : torch::zeros({0}, torch::kLong);
            val.targets = group->gatherRows(mineOut.targets.defined() ? mineOut.targets : emptyTargets);
        } else {
            val = runModel(model_, builder, loader_, val_, device_, inference);
        }
        if (cancelledNow()) {
            outcome.cancelled = true;
            return outcome;
        }
        // Multi-label: the epoch is judged with thresholds tuned on its own validation outputs (kept in the
        // checkpoint), so a model that ranks rare labels well is not scored 0 for staying under 0.5.
        if (c.multiLabel && c.tuneThresholds && val.probabilities.defined() && val.probabilities.size(0) > 0)
            model_->setThresholds(tuneThresholds(val.probabilities, val.targets));
        const metrics::Report report = scoreOutputs(val, c.multiLabel, model_->thresholds());
        if (val.probabilities.defined() && val.probabilities.size(0) > 0)
            record.valLoss = classificationLossOf(val, c.multiLabel, model_->positiveWeight());
        record.valMacroF1 = report.macroF1;
        record.valWeightedF1 = report.weightedF1;
        record.valAccuracy = report.accuracy;
        record.score = checkpointScore(report);
        record.best = record.score > outcome.bestScore;
        if (record.best) {
            outcome.bestScore = record.score;
            outcome.bestEpoch = epoch;
            staleEpochs = 0;
        } else {
            ++staleEpochs;
        }
        lr = plateau.step(report.macroF1, lr);
        record.seconds = secondsSince(epochStart);
        outcome.history.push_back(record);
        if (!options_.checkpointDir.empty()) {
            if (writes) saveCheckpoint(epoch, outcome, lr, plateau.toJson(), staleEpochs);
            if (group) group->rankZeroFinished("saved-epoch-" + std::to_string(epoch));
            outcome.bestCheckpoint =
                (fs::path(options_.checkpointDir) / epochDirName(outcome.bestEpoch)).string();
        }
        if (callbacks.epochFinished) callbacks.epochFinished(record);
        if (c.earlyStopPatience > 0 && staleEpochs >= c.earlyStopPatience) break;
    }
    return outcome;
}

} // namespace memescope::ml
