// Published checkpoint layouts: the tiny parity models re-saved as RobertaForMaskedLM in pytorch_model.bin,
// RobertaForSequenceClassification in sharded safetensors, RobertaModel in bfloat16, CLIPModel in
// pytorch_model.bin and CLIPVisionModel in sharded float16 .bin files (scripts/make-checkpoint-layouts.py)
// give the same hidden states as the original files; sizes come from config.json; a legacy pickle, a pickle
// naming a foreign global, a folder without weights, a swapped checkpoint, a config that does not match its
// tensors and a truncated shard are refused with a message naming the file.
#include "MiniTest.h"
#include "core/ml/io/HfCheckpoint.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/io/TorchPickleFile.h"
#include "core/ml/model/MultimodalModel.h"
#include "core/ml/model/PretrainedEncoders.h"
#include "core/ml/text/RobertaEncoder.h"
#include "core/ml/vision/ClipVisionEncoder.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

const std::string kModels = std::string(MEMESCOPE_FIXTURES_DIR) + "/models/";
const std::string kLayouts = std::string(MEMESCOPE_FIXTURES_DIR) + "/../checkpoints/";

nlohmann::json readJson(const std::string& path) {
    return nlohmann::json::parse(std::ifstream(path));
}

// Rounds every parameter to `type` and back: what a half-precision file holds of the float32 original.
void roundParameters(torch::nn::Module& m, torch::ScalarType type) {
    torch::NoGradGuard ng;
    for (auto& p : m.parameters())
        p.copy_(p.to(type).to(torch::kFloat32));
}

std::vector<torch::Tensor> robertaStates(RobertaEncoderImpl& m) {
    m.eval();
    torch::NoGradGuard ng;
    auto io = SafetensorsFile::open(kModels + "roberta_tiny/io.safetensors");
    const torch::Tensor mask = io->load("attention_mask");
    std::vector<torch::Tensor> out;
    for (const torch::Tensor& h : m.forward(io->load("input_ids"), mask).hiddenStates)
        out.push_back(h * mask.unsqueeze(-1).to(h.dtype())); // padding positions are not compared
    return out;
}

std::vector<torch::Tensor> clipStates(ClipVisionEncoderImpl& m) {
    m.eval();
    torch::NoGradGuard ng;
    auto io = SafetensorsFile::open(kModels + "clip_vision_tiny/io.safetensors");
    return m.forward(io->load("pixel_values")).hiddenStates;
}

double maxDiff(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    REQUIRE(a.size() == b.size());
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, (a[i] - b[i]).abs().max().item<double>());
    return worst;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CheckpointError& e) {
        return e.what();
    }
    return "(no error)";
}

bool has(const std::string& text, const std::string& part) {
    const bool found = text.find(part) != std::string::npos;
    if (!found) std::printf("  expected \"%s\" in: %s\n", part.c_str(), text.c_str());
    return found;
}

fs::path scratchCopy(const std::string& layout) {
    const fs::path dir =
        fs::temp_directory_path() / ("memescope-ckpt-" + layout + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(kLayouts + layout, dir, fs::copy_options::recursive);
    return dir;
}

} // namespace

TEST(robertaLayoutsGiveTheOriginalHiddenStates) {
    const RobertaConfig base = RobertaConfig::fromJson(readJson(kModels + "roberta_tiny/config.json"));
    RobertaEncoder reference(base, /*withPooler=*/false);
    loadStateDict(*reference, *SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors"),
                  LoadRules{{""}, {"pooler."}, {}, true});
    const auto expected = robertaStates(*reference);
    struct Case {
        const char* layout;
        const char* weightsFile;
        const char* ignoredExample;
        torch::ScalarType stored;
    };
    for (const Case& k :
         {Case{"roberta_masked_lm_bin", "pytorch_model.bin", "lm_head.decoder.weight", torch::kFloat32},
          Case{"roberta_sequence_classification_sharded", "model.safetensors.index.json",
               "classifier.out_proj.weight", torch::kFloat32},
          Case{"roberta_model_bf16", "model.safetensors", "pooler.dense.weight", torch::kBFloat16}}) {
        const HfCheckpoint ck = openHfCheckpoint(kLayouts + k.layout);
        CHECK(ck.weightsFile == k.weightsFile);
        const RobertaConfig cfg = robertaConfigOf(ck, RobertaConfig{});
        CHECK(cfg.hiddenSize == 32 && cfg.numLayers == 2 && cfg.vocabSize == 1000 && cfg.maxPositions == 66);
        RobertaEncoder model(cfg, /*withPooler=*/false);
        const LoadReport r = loadRobertaCheckpoint(*model, ck);
        CHECK_MSG(r.loaded.size() == 37 && r.missing.empty() && r.unexpected.empty(),
                  k.layout << ": " << r.summary());
        CHECK_MSG(contains(r.ignored, std::string(r.prefix) + k.ignoredExample) ||
                      contains(r.ignored, k.ignoredExample),
                  k.layout << ": " << r.summary());
        auto want = expected;
        if (k.stored != torch::kFloat32) {
            RobertaEncoder rounded(base, false);
            loadStateDict(*rounded, *SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors"),
                          LoadRules{{""}, {"pooler."}, {}, true});
            roundParameters(*rounded, k.stored);
            want = robertaStates(*rounded);
        }
        const double d = maxDiff(robertaStates(*model), want);
        CHECK_MSG(d <= 1e-5, k.layout << " differs by " << d);
        std::printf("  %-42s %-30s prefix '%s', %zu loaded, %zu ignored, max |diff| %.1e\n", k.layout,
                    k.weightsFile, r.prefix.c_str(), r.loaded.size(), r.ignored.size(), d);
    }
    // An encoder that wants a pooler loads a checkpoint without one: left at random init, reported, no error.
    RobertaEncoder withPooler(base, true);
    const LoadReport r =
        loadRobertaCheckpoint(*withPooler, openHfCheckpoint(kLayouts + "roberta_masked_lm_bin"));
    CHECK(r.complete() && r.randomInit.size() == 2 && contains(r.randomInit, "pooler.dense.weight"));
    CHECK(has(r.summary(), "2 left at random init: pooler.dense.weight, pooler.dense.bias"));
}

TEST(clipLayoutsGiveTheOriginalHiddenStates) {
    const ClipVisionConfig base =
        ClipVisionConfig::fromJson(readJson(kModels + "clip_vision_tiny/config.json"));
    ClipVisionEncoder reference(base);
    loadStateDict(*reference, *SafetensorsFile::open(kModels + "clip_vision_tiny/model.safetensors"));
    for (const auto& [layout, stored] : {std::pair{"clip_model_bin", torch::kFloat32},
                                         std::pair{"clip_vision_f16_sharded_bin", torch::kFloat16}}) {
        const HfCheckpoint ck = openHfCheckpoint(kLayouts + layout);
        const ClipVisionConfig cfg = clipVisionConfigOf(ck, ClipVisionConfig{});
        CHECK(cfg.hiddenSize == 32 && cfg.numLayers == 2 && cfg.imageSize == 32 && cfg.patchSize == 8);
        ClipVisionEncoder model(cfg);
        const LoadReport r = loadClipVisionCheckpoint(*model, ck);
        CHECK_MSG(r.loaded.size() == 39 && r.unexpected.empty(), layout << ": " << r.summary());
        if (std::string(layout) == "clip_model_bin")
            CHECK(contains(r.ignored, "text_model.embeddings.token_embedding.weight") &&
                  contains(r.ignored, "visual_projection.weight") && contains(r.ignored, "logit_scale"));
        ClipVisionEncoder want(base);
        loadStateDict(*want, *SafetensorsFile::open(kModels + "clip_vision_tiny/model.safetensors"));
        if (stored != torch::kFloat32) roundParameters(*want, stored);
        const double d = maxDiff(clipStates(*model), clipStates(*want));
        CHECK_MSG(d <= 1e-5, layout << " differs by " << d);
        std::printf("  %-42s %-30s %zu loaded, %zu ignored, max |diff| %.1e\n", layout,
                    ck.weightsFile.c_str(), r.loaded.size(), r.ignored.size(), d);
    }
}

TEST(unsafeOrLegacyPicklesAreRefused) {
    const std::string legacy = errorOf([] { openHfCheckpoint(kLayouts + "legacy_pickle"); });
    CHECK(has(legacy, "legacy_pickle/pytorch_model.bin: is in PyTorch's legacy (pre-1.6) pickle format"));
    CHECK(has(legacy, "torch.save(torch.load('pytorch_model.bin'"));
    const std::string foreign = errorOf([] { openHfCheckpoint(kLayouts + "foreign_global/"); });
    CHECK(has(foreign, "foreign_global/pytorch_model.bin: is not a plain state dict of tensors"));
    CHECK(has(foreign, "runs no code from a checkpoint"));
    std::printf("  foreign global: %s\n", foreign.c_str());
}

TEST(aStateDictOfOneEntryAndSharedStoragesLoad) {
    // One entry is pickled with SETITEM (LibTorch's unpickler knows only SETITEMS); two views of one storage
    // (a weight and its transpose, as tied weights are) keep their offsets and strides.
    auto f = TorchPickleFile::open(kLayouts + "edge_cases/one_entry.bin");
    REQUIRE(f->index().size() == 1);
    CHECK(torch::equal(f->load("only.weight"), torch::arange(6, torch::kFloat32).reshape({2, 3})));
    auto g = TorchPickleFile::open(kLayouts + "edge_cases/shared_storage.bin");
    REQUIRE(g->index().size() == 3);
    const torch::Tensor base = torch::arange(12, torch::kFloat32).reshape({3, 4});
    CHECK(torch::equal(g->load("a"), base));
    CHECK(torch::equal(g->load("a_t"), base.t()));
    CHECK(torch::equal(g->load("row"), base[1]));
    CHECK(g->index().at("a_t").shape == std::vector<int64_t>({4, 3}));
}

TEST(craftedPicklesThatLibTorchWouldTrustAreRefused) {
    // LibTorch casts a persistent id's storage class to a dtype unchecked and sizes storages from the pickle.
    CHECK(has(errorOf([] { TorchPickleFile::open(kLayouts + "edge_cases/int_storage_type.bin"); }),
              "int_storage_type.bin: is not a plain state dict of tensors (a storage reference is not the"));
    CHECK(has(errorOf([] { TorchPickleFile::open(kLayouts + "edge_cases/short_record.bin"); }),
              "short_record.bin: tensor 'only.weight' claims 24 bytes but its record holds 8"));
}

TEST(badCheckpointFoldersAreNamed) {
    const fs::path empty = fs::temp_directory_path() / ("memescope-ckpt-empty-" + std::to_string(::getpid()));
    fs::create_directories(empty);
    std::ofstream(empty / "config.json") << "{\"model_type\": \"roberta\"}";
    CHECK(has(errorOf([&] { openHfCheckpoint(empty.string()); }), empty.string() + ": no weights found"));
    CHECK(has(errorOf([] { openHfCheckpoint("/nonexistent/memescope-ckpt"); }),
              "/nonexistent/memescope-ckpt: no such folder"));
    fs::remove_all(empty);

    // Swapped checkpoints: judged by model_type before any weights are read.
    CHECK(has(
        errorOf([] { clipVisionConfigOf(openHfCheckpoint(kLayouts + "roberta_masked_lm_bin", false), {}); }),
        "config.json: model_type 'roberta' is a RoBERTa text model; the image checkpoint must be a CLIP"));
    CHECK(has(errorOf([] { robertaConfigOf(openHfCheckpoint(kLayouts + "clip_model_bin", false), {}); }),
              "config.json: model_type 'clip' is a CLIP image model; the text checkpoint must be a RoBERTa"));

    // A config.json that does not match its tensors.
    const fs::path mismatch = scratchCopy("roberta_masked_lm_bin");
    nlohmann::json cfg = readJson((mismatch / "config.json").string());
    cfg["intermediate_size"] = 128;
    std::ofstream(mismatch / "config.json") << cfg.dump();
    const std::string e = errorOf([&] {
        const HfCheckpoint ck = openHfCheckpoint(mismatch.string());
        RobertaEncoder m(robertaConfigOf(ck, {}), false);
        loadRobertaCheckpoint(*m, ck);
    });
    CHECK(has(e, "pytorch_model.bin: does not fit the model"));
    CHECK(has(e, "encoder.layer.0.intermediate.dense.weight: file [64, 32] vs model [128, 32]"));
    fs::remove_all(mismatch);

    // A truncated shard: named, before anything is loaded.
    const fs::path sharded = scratchCopy("roberta_sequence_classification_sharded");
    const fs::path shard = sharded / "model-00002-of-00002.safetensors";
    fs::resize_file(shard, fs::file_size(shard) - 100);
    CHECK(has(errorOf([&] { openHfCheckpoint(sharded.string()); }), "model-00002-of-00002.safetensors: "));
    fs::remove(shard);
    CHECK(has(errorOf([&] { openHfCheckpoint(sharded.string()); }),
              "model-00002-of-00002.safetensors: missing (named by model.safetensors.index.json)"));
    fs::remove_all(sharded);

    // A truncated pytorch_model.bin.
    const fs::path bin = scratchCopy("clip_model_bin");
    fs::resize_file(bin / "pytorch_model.bin", fs::file_size(bin / "pytorch_model.bin") / 2);
    CHECK(
        has(errorOf([&] { openHfCheckpoint(bin.string()); }), "pytorch_model.bin: is damaged or truncated"));
    fs::remove_all(bin);
}

TEST(checkpointSizesOverrideThePresetAndLoadIntoTheModel) {
    ModelConfig c = ModelConfig::fromPreset("tiny");
    c.numLabels = 3;
    c.textEncoder = TextEncoderKind::Roberta; // what fromJson picks for a text checkpoint
    c.textCheckpoint = kLayouts + "roberta_masked_lm_bin";
    c.imageCheckpoint = kLayouts + "clip_model_bin";
    const std::vector<std::string> log = applyCheckpointSizes(c);
    for (const std::string& line : log)
        std::printf("  %s\n", line.c_str());
    CHECK(c.roberta.hiddenSize == 32 && c.roberta.vocabSize == 1000 && c.clip.hiddenSize == 32 &&
          c.clip.imageSize == 32);
    CHECK(c.maxTokens == 64); // tiny asks for 128; the checkpoint has 66 positions
    REQUIRE(log.size() == 3);
    CHECK(has(log[0], "text encoder sizes from " + kLayouts +
                          "roberta_masked_lm_bin/config.json (RobertaForMaskedLM)"));
    CHECK(has(log[2], "image encoder sizes from"));
    CHECK(randomInitWarnings(c).empty());
    MultimodalModel m(c);
    const auto reports = m->loadPretrainedEncoders();
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].complete() && reports[0].loaded.size() == 37 && reports[0].prefix == "roberta.");
    CHECK(reports[1].complete() && reports[1].loaded.size() == 39);
    auto original = SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors");
    CHECK(torch::equal(m->named_parameters()["text_encoder.encoder.layer.1.output.dense.weight"],
                       original->load("encoder.layer.1.output.dense.weight")));

    ModelConfig seed = ModelConfig::fromPreset("seed");
    const auto warnings = randomInitWarnings(seed);
    CHECK(warnings.size() == 2 && has(warnings[0], "will not learn from a few thousand memes"));
    seed.imageCheckpoint = kLayouts + "roberta_masked_lm_bin";
    CHECK(has(errorOf([&] { applyCheckpointSizes(seed); }), "is a RoBERTa text model"));
}

MINITEST_MAIN
