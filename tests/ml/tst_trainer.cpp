// The training loop: it learns, it resumes exactly, it cancels within a batch; the prefetcher keeps order
// and its bound; the LR schedule and the threshold tuning follow their definitions.
#include "MiniTest.h"
#include "TestDevice.h"
#include "core/ml/train/DataParallel.h"
#include "core/ml/train/FineTuning.h"
#include "core/ml/train/FusedAdamW.h"
#include "core/ml/train/LrPlateau.h"
#include "core/ml/train/Trainer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

// A small n-gram + ViT model, fast enough for several full runs in a test.
ModelConfig smallConfig() {
    ModelConfig c = ModelConfig::fromPreset("tiny");
    c.textEncoder = TextEncoderKind::Ngram;
    c.ngram.buckets = 2000;
    c.ngram.dim = 16;
    c.ngram.maxWords = 8;
    c.clip.imageSize = 16;
    c.clip.patchSize = 8;
    c.clip.hiddenSize = 16;
    c.clip.numLayers = 1;
    c.clip.numHeads = 2;
    c.clip.intermediateSize = 32;
    c.fusionDim = 16;
    c.fusionHeads = 2;
    c.fusionLayers = 1;
    c.fusionFfn = 32;
    c.contrastiveDim = 8;
    c.numLabels = 3;
    c.labelNames = {"a", "b", "c"};
    c.learningRate = 3e-3;
    c.epochs = 3;
    c.batchSize = 8;
    return c;
}

const char* const kWords[] = {"sad", "tired", "worried"};

// Sample i: label i % 3, a keyword for the label among filler words, an image whose brightness says the
// label.
SampleInput syntheticSample(int64_t i, const ModelConfig& c) {
    SampleInput s;
    const int label = int(i % 3);
    s.text = std::string("today ") + kWords[label] + " meme number " + std::to_string(i % 7);
    s.pixels.assign(size_t(3 * c.clip.imageSize * c.clip.imageSize),
                    float(label) - 1.0f + 0.1f * float(i % 5));
    s.labels = {label};
    return s;
}

std::vector<int64_t> range(int64_t from, int64_t to) {
    std::vector<int64_t> v;
    for (int64_t i = from; i < to; ++i)
        v.push_back(i);
    return v;
}

Trainer makeTrainer(const ModelConfig& c, const std::string& dir, bool resume) {
    torch::manual_seed(uint64_t(c.seed));
    TrainerOptions o;
    o.checkpointDir = dir;
    o.resume = resume;
    return Trainer(
        MultimodalModel(c), nullptr, [c](int64_t i) { return syntheticSample(i, c); }, range(0, 96),
        range(96, 120), minitest::testDevice(), o);
}

std::string scratch(const std::string& name) {
    const fs::path p =
        fs::temp_directory_path() / ("memescope-tst-trainer-" + std::to_string(::getpid())) / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

torch::Tensor weightsOf(const std::string& checkpoint) {
    const MultimodalModel m = loadModelDirectory(checkpoint);
    std::vector<torch::Tensor> flat;
    for (const auto& p : m->parameters())
        flat.push_back(p.detach().flatten());
    return torch::cat(flat);
}

} // namespace

TEST(trainerLearnsASeparableTaskAndKeepsTheBestEpoch) {
    ModelConfig c = smallConfig();
    c.epochs = 8;
    Trainer t = makeTrainer(c, scratch("learn"), false);
    int progressCalls = 0, epochCalls = 0;
    TrainCallbacks cb;
    cb.progress = [&](const TrainProgress& p) {
        ++progressCalls;
        CHECK(p.batches == 12 && p.batch >= 1 && p.batch <= 12 && std::isfinite(p.loss));
    };
    cb.epochFinished = [&](const EpochRecord&) { ++epochCalls; };
    const TrainOutcome o = t.run(cb);
    CHECK(!o.cancelled);
    CHECK(progressCalls == 96 && epochCalls == 8 && o.history.size() == 8);
    CHECK_MSG(o.history[size_t(o.bestEpoch - 1)].valMacroF1 > 0.9,
              "val macro-F1 " << o.history[size_t(o.bestEpoch - 1)].valMacroF1);
    double best = -1;
    for (const EpochRecord& r : o.history)
        best = std::max(best, r.score);
    CHECK(o.bestScore == best && o.history[size_t(o.bestEpoch - 1)].best);
    CHECK(fs::exists(fs::path(o.bestCheckpoint) / "model.safetensors"));
    // Both losses measured every epoch; a separable task is learnt, so the validation loss falls.
    for (const EpochRecord& r : o.history)
        CHECK_MSG(r.valLoss > 0 && r.trainClassificationLoss > 0 &&
                      r.trainClassificationLoss <= r.trainLoss + 1e-9,
                  r.valLoss << " " << r.trainClassificationLoss << " " << r.trainLoss);
    CHECK_MSG(o.history.back().valLoss < o.history.front().valLoss,
              o.history.front().valLoss << " -> " << o.history.back().valLoss);
    const EpochRecord back = EpochRecord::fromJson(o.history.back().toJson());
    CHECK(back.valLoss == o.history.back().valLoss &&
          back.trainClassificationLoss == o.history.back().trainClassificationLoss);
}

TEST(aRunResumedAfterAnInterruptionEndsExactlyAsAnUninterruptedOne) {
    const ModelConfig c = smallConfig();
    const std::string a = scratch("uninterrupted"), b = scratch("interrupted");
    Trainer whole = makeTrainer(c, a, false);
    const TrainOutcome full = whole.run();

    // Interrupted in the middle of epoch 2: the checkpoint of epoch 1 is what survives.
    int batches = 0;
    TrainCallbacks stopMidway;
    stopMidway.cancelled = [&] { return ++batches > 12 + 5; };
    Trainer first = makeTrainer(c, b, false);
    CHECK(first.run(stopMidway).cancelled);
    Trainer second = makeTrainer(c, b, true);
    const TrainOutcome resumed = second.run();
    CHECK(resumed.resumedAfterEpoch == 1);
    REQUIRE(resumed.history.size() == full.history.size());
    for (size_t i = 0; i < full.history.size(); ++i) {
        CHECK_MSG(resumed.history[i].trainLoss == full.history[i].trainLoss,
                  "epoch " << i + 1 << ": " << resumed.history[i].trainLoss << " vs "
                           << full.history[i].trainLoss);
        CHECK(resumed.history[i].valMacroF1 == full.history[i].valMacroF1);
    }
    CHECK(resumed.bestEpoch == full.bestEpoch);
    CHECK(torch::equal(weightsOf(fs::path(a) / "epoch-3"), weightsOf(fs::path(b) / "epoch-3")));
}

TEST(cancellationTakesEffectBeforeTheNextBatch) {
    const ModelConfig c = smallConfig();
    Trainer t = makeTrainer(c, scratch("cancel"), false);
    std::atomic<bool> stop{false};
    int progressCalls = 0;
    TrainCallbacks cb;
    cb.progress = [&](const TrainProgress&) {
        if (++progressCalls == 3) stop = true;
    };
    cb.cancelled = [&] { return stop.load(); };
    const TrainOutcome o = t.run(cb);
    CHECK(o.cancelled);
    CHECK(progressCalls == 3);
    CHECK(o.history.empty());
}

TEST(theOptimizerStateRoundTripsAndRefusesAnotherModel) {
    const ModelConfig c = smallConfig();
    const std::string dir = scratch("adamw");
    torch::manual_seed(1);
    MultimodalModel m(c);
    m->to(minitest::testDevice());
    torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(1e-3));
    ModelBatch b = BatchBuilder(c, nullptr)
                       .build({syntheticSample(0, c), syntheticSample(1, c)})
                       .to(minitest::testDevice());
    m->loss(m->forward(b), b).total.backward();
    opt.step();
    saveAdamWState(opt, dir + "/opt.safetensors");
    torch::optim::AdamW copy(m->parameters(), torch::optim::AdamWOptions(1e-3));
    loadAdamWState(copy, dir + "/opt.safetensors");
    REQUIRE(copy.state().size() == opt.state().size());
    for (const auto& [key, state] : opt.state()) {
        const auto& s = static_cast<const torch::optim::AdamWParamState&>(*state);
        const auto& t = static_cast<const torch::optim::AdamWParamState&>(*copy.state().at(key));
        CHECK(s.step() == t.step() && torch::equal(s.exp_avg(), t.exp_avg()) &&
              torch::equal(s.exp_avg_sq(), t.exp_avg_sq()));
    }
    ModelConfig other = c;
    other.numLabels = 4;
    other.labelNames.push_back("d");
    MultimodalModel n(other);
    n->to(torch::kCPU);
    torch::optim::AdamW wrong(n->parameters(), torch::optim::AdamWOptions(1e-3));
    bool named = false;
    try {
        loadAdamWState(wrong, dir + "/opt.safetensors");
    } catch (const CheckpointError& e) {
        named = std::string(e.what()).find("opt.safetensors") != std::string::npos;
    } catch (const std::exception&) {
    }
    // Same parameter count but a different shape must be refused too.
    CHECK(named);
}

TEST(thePrefetcherKeepsOrderAndItsBound) {
    const ModelConfig c = smallConfig();
    const BatchBuilder builder(c, nullptr);
    std::vector<std::vector<int64_t>> batches;
    for (int64_t i = 0; i < 20; ++i)
        batches.push_back({i * 2, i * 2 + 1});
    std::atomic<int> loaded{0};
    BatchPrefetcher p(
        batches,
        [&](int64_t i) {
            ++loaded;
            std::this_thread::sleep_for(std::chrono::milliseconds(i % 3)); // finish out of order
            return syntheticSample(i, c);
        },
        builder, 4, 3);
    ModelBatch b;
    int64_t k = 0;
    while (p.next(b)) {
        CHECK(b.targets[0].item<int64_t>() == (k * 2) % 3 && b.targets[1].item<int64_t>() == (k * 2 + 1) % 3);
        ++k;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        // At most `depth` batches beyond the ones handed out (+ the ones being built right now).
        CHECK_MSG(loaded.load() <= int((k + 3) * 2), "loaded " << loaded.load() << " after " << k);
    }
    CHECK(k == 20);
}

TEST(aLoaderFailureSurfacesForItsBatch) {
    const ModelConfig c = smallConfig();
    const BatchBuilder builder(c, nullptr);
    BatchPrefetcher p(
        {{0}, {1}, {2}},
        [&](int64_t i) -> SampleInput {
            if (i == 1) throw std::runtime_error("image 1 unreadable");
            return syntheticSample(i, c);
        },
        builder, 2, 2);
    ModelBatch b;
    CHECK(p.next(b));
    CHECK_THROWS(p.next(b), std::runtime_error);
}

TEST(plateauHalvesTheRateAfterPatienceEpochsWithoutGain) {
    LrPlateau s(0.5, 2);
    double lr = 1.0;
    lr = s.step(0.50, lr); // best
    lr = s.step(0.60, lr); // best
    lr = s.step(0.60, lr); // 1 bad
    lr = s.step(0.59, lr); // 2 bad
    CHECK(lr == 1.0);
    lr = s.step(0.55, lr); // 3 bad > patience: halve, counter reset
    CHECK(lr == 0.5);
    lr = s.step(0.60, lr); // not better than best * (1 + 1e-4)
    lr = s.step(0.70, lr); // best
    CHECK(lr == 0.5 && s.badEpochs() == 0 && s.best() == 0.70);
    LrPlateau restored;
    restored.fromJson(s.toJson());
    CHECK(restored.best() == 0.70 && restored.badEpochs() == 0);
}

TEST(thresholdsMaximiseEachLabelsF1) {
    // Label 0: positives at 0.3 and 0.35, negatives at 0.1 and 0.2 -> any threshold in [0.2, 0.3) separates;
    // the one closest to 0.5 wins ties: 0.25. Label 1 has no positives: stays 0.5.
    const torch::Tensor p = torch::tensor({{0.3f, 0.9f}, {0.35f, 0.1f}, {0.1f, 0.2f}, {0.2f, 0.4f}});
    const torch::Tensor y = torch::tensor({{1.f, 0.f}, {1.f, 0.f}, {0.f, 0.f}, {0.f, 0.f}});
    const torch::Tensor t = tuneThresholds(p, y);
    CHECK_MSG(std::abs(t[0].item<float>() - 0.25f) < 1e-6, t[0].item<float>());
    CHECK(t[1].item<float>() == 0.5f);
}

// The validation loss recovered from probabilities equals the loss on the logits that made them (the
// training's own classification loss), for softmax and for per-label sigmoids with positive weights.
TEST(validationLossFromProbabilitiesEqualsTheLossOnLogits) {
    torch::manual_seed(3);
    const torch::Tensor logits = torch::randn({5, 4});
    ModelOutputs single;
    single.probabilities = torch::softmax(logits, 1);
    single.targets = torch::tensor({0, 3, 1, 1, 2}, torch::kLong);
    const double ce = torch::nn::functional::cross_entropy(logits, single.targets).item<double>();
    CHECK_MSG(std::abs(classificationLossOf(single, false) - ce) < 1e-5, classificationLossOf(single, false));
    ModelOutputs multi;
    multi.probabilities = torch::sigmoid(logits);
    multi.targets = torch::tensor({{1.f, 0.f, 0.f, 1.f},
                                   {0.f, 0.f, 0.f, 0.f},
                                   {1.f, 1.f, 0.f, 0.f},
                                   {0.f, 0.f, 1.f, 0.f},
                                   {0.f, 1.f, 0.f, 1.f}});
    const torch::Tensor weight = torch::tensor({1.f, 2.f, 0.5f, 3.f});
    const double bce =
        torch::nn::functional::binary_cross_entropy_with_logits(
            logits, multi.targets,
            torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions().pos_weight(weight))
            .item<double>();
    CHECK_MSG(std::abs(classificationLossOf(multi, true, weight) - bce) < 1e-5,
              classificationLossOf(multi, true, weight));
    CHECK(classificationLossOf(ModelOutputs{}, true) == 0.0);
}

TEST(warmUpThenLinearOrCosineDecay) {
    CHECK(std::abs(scheduleFactor(LrSchedule::Linear, 0, 100, 10) - 0.1) <
          1e-12); // warm-up: 1/10 at the first step
    CHECK(std::abs(scheduleFactor(LrSchedule::Cosine, 9, 100, 10) - 1.0) < 1e-12);
    CHECK(std::abs(scheduleFactor(LrSchedule::Linear, 55, 100, 10) - 0.5) < 1e-12);
    CHECK(std::abs(scheduleFactor(LrSchedule::Cosine, 55, 100, 10) - 0.5) < 1e-12);
    CHECK(std::abs(scheduleFactor(LrSchedule::Cosine, 10, 100, 10) - 1.0) < 1e-12);
    CHECK(scheduleFactor(LrSchedule::Linear, 100, 100, 10) == 0.0);
    CHECK(scheduleFactor(LrSchedule::Plateau, 50, 100, 10) ==
          1.0); // the plateau rule scales per epoch instead
    // In a run: 3 epochs of 12 steps, linear decay, no warm-up: the rate after epoch 1 is 2/3 of the base.
    ModelConfig c = smallConfig();
    c.lrSchedule = LrSchedule::Linear;
    const std::string dir = scratch("linear");
    const TrainOutcome o = makeTrainer(c, dir, false).run();
    REQUIRE(o.history.size() == 3);
    CHECK(std::abs(o.history[0].learningRate - c.learningRate * 2.0 / 3.0) < 1e-9);
    CHECK(std::abs(o.history[2].learningRate) < 1e-12);
    // Checkpoints: the last epoch keeps its optimizer state (to resume), an older best epoch its weights
    // only.
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename().string().rfind("epoch-", 0) != 0) continue;
        const bool last = e.path().filename() == "epoch-3";
        CHECK_MSG(fs::exists(e.path() / "optimizer.safetensors") == last, e.path());
        CHECK(fs::exists(e.path() / "model.safetensors"));
    }
}

TEST(frozenLayersStayAndEncodersGetTheirOwnLearningRate) {
    ModelConfig c = smallConfig();
    c.freezeImageLayers = 1;
    c.encoderLearningRate = 1e-4;
    c.epochs = 1;
    torch::manual_seed(uint64_t(c.seed));
    MultimodalModel model(c);
    std::map<std::string, torch::Tensor> before;
    for (const auto& kv : model->named_parameters())
        before[kv.key()] = kv.value().detach().clone();
    Trainer trainer(
        model, nullptr, [c](int64_t i) { return syntheticSample(i, c); }, range(0, 48), range(48, 60),
        torch::kCPU, TrainerOptions{});
    const auto groups = parameterGroups(model);
    REQUIRE(groups.size() == 2);
    CHECK(std::abs(static_cast<const torch::optim::AdamWOptions&>(groups[1].options()).lr() - 1e-4) < 1e-15);
    trainer.run();
    int frozen = 0, moved = 0;
    for (const auto& kv : model->named_parameters()) {
        const bool same = torch::equal(kv.value().detach().cpu(), before[kv.key()]);
        const std::string& k = kv.key();
        const bool shouldFreeze = k.rfind("image_encoder.vision_model.embeddings.", 0) == 0 ||
                                  k.rfind("image_encoder.vision_model.pre_layrnorm.", 0) == 0 ||
                                  k.rfind("image_encoder.vision_model.encoder.layers.0.", 0) == 0;
        if (shouldFreeze) {
            CHECK_MSG(same, k << " changed although frozen");
            ++frozen;
        } else if (!same) {
            ++moved;
        }
    }
    CHECK(frozen > 10 && moved > 10);
}

TEST(gradientAccumulationMatchesTheLargerBatch) {
    // Two batches of 8 accumulated = one batch of 16 (a per-sample mean loss with nothing batch-dependent:
    // no contrastive term, no top-k balance, no dropout).
    auto run = [](int64_t batch, int64_t accumulation) {
        ModelConfig c = smallConfig();
        c.contrastive = ContrastiveKind::Off;
        c.moe = MoeKind::Off;
        c.fusionDropout = 0;
        c.headDropout = 0;
        c.epochs = 1;
        c.learningRate = 1e-4; // AdamW's first step is ~lr x sign(g): keeps rounding noise well below 1e-5
        c.batchSize = batch;
        c.gradAccumulation = accumulation;
        torch::manual_seed(uint64_t(c.seed));
        MultimodalModel model(c);
        Trainer(
            model, nullptr, [c](int64_t i) { return syntheticSample(i, c); }, range(0, 32), range(32, 40),
            torch::kCPU, TrainerOptions{})
            .run();
        return model;
    };
    MultimodalModel big = run(16, 1), accumulated = run(8, 2);
    const auto b = big->named_parameters(), a = accumulated->named_parameters();
    double worst = 0;
    for (const auto& kv : b)
        worst = std::max(worst, (kv.value() - a[kv.key()]).abs().max().item<double>());
    std::printf("  batch 16 vs 2 x 8 accumulated, after 2 steps: max |weight diff| %.2e\n", worst);
    CHECK(worst < 1e-5);
}

namespace {

int unusedLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size);
    ::close(fd);
    return ntohs(a.sin_port);
}

// Rank r's gradients: a small dense tensor, a table whose touched rows differ between the ranks (rows 1 and 5
// on rank 0, 5 and 9 on rank 1), a table touched almost everywhere (sent whole) and a large dense tensor.
std::vector<torch::Tensor> rankParameters(int rank) {
    auto parameter = [](torch::Tensor grad) {
        torch::Tensor p = torch::zeros_like(grad).requires_grad_(true);
        p.mutable_grad() = grad;
        return p;
    };
    const float r = float(rank + 1);
    torch::Tensor sparse = torch::zeros({32, 4});
    for (const int64_t row : rank == 0 ? std::vector<int64_t>{1, 5} : std::vector<int64_t>{5, 9})
        sparse[row] = torch::arange(4, torch::kFloat) * r + float(row);
    torch::Tensor busy = torch::arange(32 * 4, torch::kFloat).view({32, 4}) * r;
    busy[rank] = 0; // a row left out by one rank
    return {parameter(torch::arange(6, torch::kFloat) * r), parameter(sparse), parameter(busy),
            parameter(torch::arange((1 << 18) + 5, torch::kFloat) * r)}; // large: reduced where it is
}

} // namespace

TEST(gradientsAreSummedAcrossRanksAndTablesSendOnlyTheirTouchedRows) {
    const int port = unusedLoopbackPort();
    std::vector<torch::Tensor> params[2] = {rankParameters(0), rankParameters(1)};
    std::string errors[2];
    auto rank = [&](int r) {
        try {
            DataParallelSetup s;
            s.rank = r;
            s.worldSize = 2;
            s.masterPort = port;
            s.timeoutSeconds = 30;
            DataParallelGroup group(s);
            group.sumGradients(params[r], 25 << 20, /*tableElements=*/64); // both 32 x 4 tensors are tables
        } catch (const std::exception& e) {
            errors[r] = e.what();
        }
    };
    std::thread one(rank, 1);
    rank(0);
    one.join();
    if (errors[0].find("no Gloo") != std::string::npos) {
        std::printf("  (skipped: this build has no Gloo)\n");
        return;
    }
    REQUIRE(errors[0].empty() && errors[1].empty());
    const std::vector<torch::Tensor> a = rankParameters(0), b = rankParameters(1);
    for (int r = 0; r < 2; ++r)
        for (size_t i = 0; i < a.size(); ++i)
            CHECK_MSG(params[r][i].grad().equal(a[i].grad() + b[i].grad()),
                      "rank " + std::to_string(r) + ", tensor " + std::to_string(i));
}

TEST(theOnePassAdamWStepsAsLibTorchsAdamW) {
    // Two groups (another learning rate, one without weight decay), six steps with fresh gradients: the
    // same parameters and moments as torch::optim::AdamW.
    auto parameters = [] {
        torch::manual_seed(3);
        return std::vector<torch::Tensor>{torch::randn({300, 7}).requires_grad_(true),
                                          torch::randn({5}).requires_grad_(true),
                                          torch::randn({64}).requires_grad_(true)};
    };
    std::vector<torch::Tensor> mine = parameters(), reference = parameters();
    auto groups = [](std::vector<torch::Tensor>& p) {
        return std::vector<torch::optim::OptimizerParamGroup>{
            torch::optim::OptimizerParamGroup({p[0], p[1]},
                                              std::make_unique<torch::optim::AdamWOptions>(
                                                  torch::optim::AdamWOptions(3e-3).weight_decay(0.01))),
            torch::optim::OptimizerParamGroup({p[2]}, std::make_unique<torch::optim::AdamWOptions>(
                                                          torch::optim::AdamWOptions(1e-2).weight_decay(0)))};
    };
    FusedAdamW fused(groups(mine));
    torch::optim::AdamW plain(groups(reference));
    for (int step = 0; step < 6; ++step) {
        for (size_t i = 0; i < mine.size(); ++i) {
            const torch::Tensor g = torch::randn_like(mine[i]) * (step % 2 ? 0.01 : 3.0);
            mine[i].mutable_grad() = g.clone();
            reference[i].mutable_grad() = g.clone();
        }
        fused.step();
        plain.step();
    }
    for (size_t i = 0; i < mine.size(); ++i) {
        const double diff = (mine[i] - reference[i]).abs().max().item<double>();
        CHECK_MSG(diff < 1e-6, "parameter " + std::to_string(i) + " differs by " + std::to_string(diff));
        const auto& a =
            static_cast<torch::optim::AdamWParamState&>(*fused.state().at(stateKey(fused.state(), mine[i])));
        const auto& b = static_cast<torch::optim::AdamWParamState&>(
            *plain.state().at(stateKey(plain.state(), reference[i])));
        CHECK(a.step() == 6 && b.step() == 6);
        CHECK((a.exp_avg_sq() - b.exp_avg_sq()).abs().max().item<double>() < 1e-6);
    }
}

MINITEST_MAIN
