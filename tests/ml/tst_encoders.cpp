// RoBERTa and CLIP vision encoders reproduce the tiny HF reference models (all hidden states and the
// pooled output, max abs diff <= 1e-4; RoBERTa where the mask is 1); loading reports bad checkpoints.
#include "MiniTest.h"
#include "TestDevice.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/io/StateDictLoader.h"
#include "core/ml/text/RobertaEncoder.h"
#include "core/ml/vision/ClipVisionEncoder.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

using namespace memescope::ml;

namespace {

const std::string kModels = std::string(MEMESCOPE_FIXTURES_DIR) + "/models/";

nlohmann::json readJson(const std::string& path) {
    return nlohmann::json::parse(std::ifstream(path));
}

// The reference outputs are float32 from PyTorch on the CPU; on CUDA, TF32 convolutions (cuDNN's default)
// would change the 4th decimal, so the comparison runs in full float32 there too.
torch::Device referenceDevice() {
    at::globalContext().setAllowTF32CuDNN(false);
    at::globalContext().setAllowTF32CuBLAS(false);
    return minitest::testDevice();
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask = {}) {
    torch::Tensor d = (a.cpu() - b).abs();
    if (mask.defined()) d = d * mask.unsqueeze(-1).to(d.dtype());
    return d.max().item<double>();
}

} // namespace

TEST(robertaTinyMatchesReference) {
    const RobertaConfig cfg = RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json"));
    RobertaEncoder model(cfg);
    const LoadReport r =
        loadStateDict(*model, *SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors"));
    CHECK(r.loaded.size() == 39);
    CHECK(r.unexpected.empty());
    model->eval();
    torch::NoGradGuard ng;
    const torch::Device device = referenceDevice();
    model->to(device);
    auto io = SafetensorsFile::open(kModels + "roberta_tiny/io.safetensors");
    const torch::Tensor mask = io->load("attention_mask");
    const EncoderOutput out = model->forward(io->load("input_ids").to(device), mask.to(device));
    REQUIRE(out.hiddenStates.size() == 3);
    double worst = 0;
    for (int i = 0; i < 3; ++i) {
        const double d = maxDiff(out.hiddenStates[i], io->load("hidden_states." + std::to_string(i)), mask);
        CHECK_MSG(d <= 1e-4, "hidden_states." << i << " differs by " << d);
        worst = std::max(worst, d);
    }
    const double pooled = maxDiff(out.pooled, io->load("pooler_output"));
    CHECK_MSG(pooled <= 1e-4, "pooler differs by " << pooled);
    std::printf("  roberta_tiny (%s): max |diff| hidden states %.2e, pooler %.2e\n", device.str().c_str(),
                worst, pooled);
}

TEST(clipVisionTinyMatchesReference) {
    const ClipVisionConfig cfg =
        ClipVisionConfig::fromJson(readJson(kModels + "clip_vision_tiny/config.json"));
    ClipVisionEncoder model(cfg);
    const LoadReport r =
        loadStateDict(*model, *SafetensorsFile::open(kModels + "clip_vision_tiny/model.safetensors"));
    CHECK(r.loaded.size() == 39);
    model->eval();
    torch::NoGradGuard ng;
    const torch::Device device = referenceDevice();
    model->to(device);
    auto io = SafetensorsFile::open(kModels + "clip_vision_tiny/io.safetensors");
    const EncoderOutput out = model->forward(io->load("pixel_values").to(device));
    double worst = 0;
    for (int i = 0; i < 3; ++i) {
        const double d = maxDiff(out.hiddenStates[i], io->load("hidden_states." + std::to_string(i)));
        CHECK_MSG(d <= 1e-4, "hidden_states." << i << " differs by " << d);
        worst = std::max(worst, d);
    }
    CHECK(maxDiff(out.lastHiddenState, io->load("last_hidden_state")) <= 1e-4);
    const double pooled = maxDiff(out.pooled, io->load("pooler_output"));
    CHECK(pooled <= 1e-4);
    std::printf("  clip_vision_tiny (%s): max |diff| hidden states %.2e, pooler %.2e\n", device.str().c_str(),
                worst, pooled);
}

// Activation checkpointing recomputes each trainable layer in the backward: the same gradients as keeping the
// activations, dropout included (the recomputation draws the same masks), and a frozen first layer is run
// plainly.
TEST(activationCheckpointingGivesTheSameGradients) {
    auto gradients = [](torch::nn::Module& m, const std::function<torch::Tensor()>& loss) {
        for (torch::Tensor& p : m.parameters())
            if (p.grad().defined()) p.mutable_grad() = torch::Tensor();
        torch::manual_seed(7);
        loss().backward();
        std::vector<torch::Tensor> g;
        for (const torch::Tensor& p : m.parameters())
            g.push_back(p.grad().defined() ? p.grad().clone() : torch::Tensor());
        return g;
    };
    auto worst = [](const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
        double d = 0;
        int compared = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].defined() == b[i].defined());
            if (!a[i].defined() || !b[i].defined()) continue;
            d = std::max(d, (a[i] - b[i]).abs().max().item<double>());
            ++compared;
        }
        CHECK(compared > 10);
        return d;
    };

    RobertaConfig rc = RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json"));
    rc.hiddenDropout = 0.1; // the recomputation must draw the same masks
    RobertaEncoder roberta(rc);
    loadStateDict(*roberta, *SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors"));
    roberta->train();
    auto io = SafetensorsFile::open(kModels + "roberta_tiny/io.safetensors");
    const torch::Tensor ids = io->load("input_ids"), mask = io->load("attention_mask");
    torch::manual_seed(3);
    const torch::Tensor weights = torch::randn({ids.size(0), ids.size(1), rc.hiddenSize});
    auto robertaLoss = [&] { return (roberta->forward(ids, mask).lastHiddenState * weights).sum(); };
    const auto plain = gradients(*roberta, robertaLoss);
    roberta->setActivationCheckpointing(true);
    { // the layers' outputs come from the recomputing node (not a copy of the plain path)
        const torch::Tensor last = roberta->forward(ids, mask).lastHiddenState;
        CHECK_MSG(last.grad_fn() && last.grad_fn()->name().find("Checkpoint") != std::string::npos,
                  (last.grad_fn() ? last.grad_fn()->name() : std::string("none")));
        roberta->eval(); // evaluation keeps nothing for a backward: plain
        const torch::Tensor inference = roberta->forward(ids, mask).lastHiddenState;
        CHECK(!inference.grad_fn() || inference.grad_fn()->name().find("Checkpoint") == std::string::npos);
        roberta->train();
    }
    const auto recomputed = gradients(*roberta, robertaLoss);
    const double dr = worst(plain, recomputed);
    CHECK_MSG(dr <= 1e-6, "roberta gradients differ by " << dr);
    // The first layer frozen: it runs plainly, the rest recomputed; the same gradients as without.
    for (auto& item : roberta->named_parameters())
        if (item.key().find("layer.0.") != std::string::npos) item.value().set_requires_grad(false);
    roberta->setActivationCheckpointing(false);
    const auto frozenPlain = gradients(*roberta, robertaLoss);
    roberta->setActivationCheckpointing(true);
    const double df = worst(frozenPlain, gradients(*roberta, robertaLoss));
    CHECK_MSG(df <= 1e-6, "with a frozen layer, gradients differ by " << df);

    ClipVisionConfig vc = ClipVisionConfig::fromJson(readJson(kModels + "clip_vision_tiny/config.json"));
    vc.attentionDropout = 0.1;
    ClipVisionEncoder clip(vc);
    loadStateDict(*clip, *SafetensorsFile::open(kModels + "clip_vision_tiny/model.safetensors"));
    clip->train();
    const torch::Tensor pixels =
        SafetensorsFile::open(kModels + "clip_vision_tiny/io.safetensors")->load("pixel_values");
    auto clipLoss = [&] { return clip->forward(pixels).pooled.pow(2).sum(); };
    const auto clipPlain = gradients(*clip, clipLoss);
    clip->setActivationCheckpointing(true);
    {
        const torch::Tensor last = clip->forward(pixels).hiddenStates.back();
        CHECK(last.grad_fn() && last.grad_fn()->name().find("Checkpoint") != std::string::npos);
    }
    const double dc = worst(clipPlain, gradients(*clip, clipLoss));
    CHECK_MSG(dc <= 1e-6, "clip gradients differ by " << dc);
    std::printf(
        "  activation checkpointing: max |gradient diff| roberta %.1e (frozen layer 0: %.1e), clip %.1e\n",
        dr, df, dc);
}

TEST(prefixedAndHalfPrecisionCheckpointsLoad) {
    // A RobertaForMaskedLM-style file: "roberta." prefix, an lm_head, a position_ids buffer, F16 weights.
    auto src = SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors");
    std::vector<std::pair<std::string, torch::Tensor>> ts;
    for (const auto& [name, info] : src->tensors())
        ts.emplace_back("roberta." + name, src->load(name).to(torch::kFloat16));
    ts.emplace_back("roberta.embeddings.position_ids", torch::arange(66, torch::kLong).unsqueeze(0));
    ts.emplace_back("lm_head.bias", torch::zeros({1000}));
    const auto path = (std::filesystem::temp_directory_path() / "memescope-mlm.safetensors").string();
    writeSafetensors(path, ts);
    RobertaEncoder model(RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json")));
    const LoadReport r = loadStateDict(*model, *SafetensorsFile::open(path), {"", "roberta."});
    CHECK(r.prefix == "roberta.");
    CHECK(r.loaded.size() == 39);
    CHECK(r.unexpected.empty()); // lm_head is outside the prefix, position_ids is ignorable
}

TEST(badCheckpointsAreReportedByName) {
    // A model configured bigger than the checkpoint: every mis-shaped tensor is named.
    RobertaConfig cfg = RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json"));
    cfg.intermediateSize = 128;
    RobertaEncoder model(cfg);
    try {
        loadStateDict(*model, *SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors"));
        CHECK(false);
    } catch (const CheckpointError& e) {
        const std::string msg = e.what();
        CHECK(msg.find("model.safetensors: does not fit the model") != std::string::npos);
        CHECK(msg.find("encoder.layer.0.intermediate.dense.weight: file [64, 32] vs model [128, 32]") !=
              std::string::npos);
    }
    // The CLIP file into a RoBERTa: everything missing, everything unexpected (non-strict report).
    RobertaEncoder other(RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json")));
    const LoadReport r = loadStateDict(
        *other, *SafetensorsFile::open(kModels + "clip_vision_tiny/model.safetensors"), {""}, false);
    CHECK(r.loaded.empty());
    CHECK(r.missing.size() == 39);
    CHECK(r.unexpected.size() == 39);
}

MINITEST_MAIN
