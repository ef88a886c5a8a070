// The multimodal model: the seed preset's size equals MODEL.md's shapes, every ablation switch gives the
// right shapes with gradients reaching every parameter that should learn, losses equal hand-computed
// values, checkpoints round-trip, bad model directories are reported by file.
#include "MiniTest.h"
#include "core/ml/fusion/MixtureOfExperts.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/model/Losses.h"
#include "core/ml/model/MultimodalModel.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

const std::string kModels = std::string(MEMESCOPE_FIXTURES_DIR) + "/models/";

// A small version of every component, so hundreds of configurations run in seconds.
ModelConfig small() {
    ModelConfig c = ModelConfig::fromPreset("tiny");
    c.roberta.vocabSize = 100;
    c.roberta.hiddenSize = 16;
    c.roberta.numLayers = 3;
    c.roberta.numHeads = 2;
    c.roberta.intermediateSize = 32;
    c.roberta.maxPositions = 20;
    c.ngram.buckets = 500;
    c.ngram.dim = 12;
    c.ngram.maxWords = 6;
    c.ngram.maxFeaturesPerWord = 5;
    c.clip.imageSize = 32;
    c.clip.patchSize = 8;
    c.clip.hiddenSize = 16;
    c.clip.numLayers = 2;
    c.clip.numHeads = 2;
    c.clip.intermediateSize = 32;
    c.fusionDim = 16;
    c.fusionHeads = 2;
    c.fusionLayers = 2;
    c.fusionFfn = 32;
    c.contrastiveDim = 8;
    c.numLabels = 5;
    c.maxTokens = 10;
    return c;
}

ModelBatch batchFor(const ModelConfig& c, int64_t B) {
    ModelBatch b;
    b.inputIds = torch::randint(3, c.roberta.vocabSize, {B, c.maxTokens});
    b.attentionMask = torch::ones({B, c.maxTokens}, torch::kLong);
    b.attentionMask.index_put_({0, torch::indexing::Slice(4, torch::indexing::None)}, 0);
    b.inputIds.index_put_({0, torch::indexing::Slice(4, torch::indexing::None)}, 1);
    b.ngramIds = torch::randint(1, c.ngram.buckets, {B, c.ngram.maxWords, c.ngram.maxFeaturesPerWord});
    b.wordMask = torch::ones({B, c.ngram.maxWords}, torch::kLong);
    b.wordMask.index_put_({1, torch::indexing::Slice(2, torch::indexing::None)}, 0);
    b.pixels = torch::randn({B, 3, c.clip.imageSize, c.clip.imageSize});
    b.imageMask = torch::ones({B});
    b.imageMask[B - 1] = 0; // one text-only sample
    if (c.multiLabel)
        b.targets = torch::randint(0, 2, {B, c.numLabels}).to(torch::kFloat32);
    else
        b.targets = torch::randint(0, c.numLabels, {B});
    return b;
}

int64_t linear(int64_t in, int64_t out) {
    return in * out + out;
}
int64_t layerNorm(int64_t d) {
    return 2 * d;
}

} // namespace

TEST(seedParameterCountEqualsModelMd) {
    ModelConfig c = ModelConfig::fromPreset("seed");
    c.numLabels = 7;
    MultimodalModel m(c);
    // RoBERTa-base without its pooler (the model reads the first token of the last layers, as the reference).
    const int64_t H = 768, F = 3072;
    const int64_t robertaLayer = 4 * linear(H, H) + 2 * layerNorm(H) + linear(H, F) + linear(F, H);
    const int64_t roberta = 50265 * H + 514 * H + 1 * H + layerNorm(H) + 12 * robertaLayer;
    // CLIP ViT-B/32 vision tower.
    const int64_t clipLayer = 4 * linear(H, H) + 2 * layerNorm(H) + linear(H, F) + linear(F, H);
    const int64_t clip = H + H * 3 * 32 * 32 + 50 * H + layerNorm(H) + 12 * clipLayer + layerNorm(H);
    // Per-layer projections, three cross-attention blocks, MoE, classifier, contrastive heads.
    const int64_t D = 1024;
    const int64_t projections = 6 * linear(H, D);
    const int64_t block = 4 * linear(D, D) + layerNorm(D) + linear(D, 4096) + linear(4096, D) + layerNorm(D);
    const int64_t moe = 4 * (linear(D, D) + layerNorm(D)) + linear(D, 4);
    const int64_t classifier = linear(D, D) + layerNorm(D) + linear(D, 7);
    const int64_t contrastive =
        linear(D, 512) + layerNorm(512) + linear(512, 256) + 2 * (linear(H, 256) + layerNorm(256));
    const int64_t expected = roberta + clip + projections + 3 * block + moe + classifier + contrastive;
    std::printf("  seed: %lld parameters (expected from MODEL.md: %lld)\n", (long long)m->parameterCount(),
                (long long)expected);
    CHECK(m->parameterCount() == expected);
}

TEST(everySwitchGivesShapesLossesAndGradients) {
    int configs = 0;
    for (const auto& [text, textName] : KindNames<TextEncoderKind>::list)
        for (const auto& [image, imageName] : KindNames<ImageEncoderKind>::list)
            for (const auto& [fusion, fusionName] : KindNames<FusionKind>::list)
                for (const auto& [moe, moeName] : KindNames<MoeKind>::list)
                    for (const auto& [contrastive, contrastiveName] : KindNames<ContrastiveKind>::list)
                        for (const auto& [head, headName] : KindNames<HeadKind>::list)
                            for (bool multi : {false, true}) {
                                if (text == TextEncoderKind::Off && image == ImageEncoderKind::Off) continue;
                                ModelConfig c = small();
                                c.textEncoder = text;
                                c.imageEncoder = image;
                                c.fusion = fusion;
                                c.moe = moe;
                                c.contrastive = contrastive;
                                c.head = head;
                                c.multiLabel = multi;
                                torch::manual_seed(configs);
                                MultimodalModel m(c);
                                const int64_t B = 5;
                                const ModelBatch b = batchFor(c, B);
                                const ModelOutput o = m->forward(b);
                                const std::string name = std::string(textName) + "/" + imageName + "/" +
                                                         fusionName + "/" + moeName + "/" + contrastiveName +
                                                         "/" + headName + (multi ? "/multi" : "");
                                CHECK_MSG(o.logits.sizes() == torch::IntArrayRef({B, 5}), name);
                                CHECK_MSG(o.fused.sizes() == torch::IntArrayRef({B, 16}), name);
                                if (fusion == FusionKind::Token && c.hasText() && c.hasImage()) {
                                    const int64_t L =
                                        text == TextEncoderKind::Roberta ? c.maxTokens : c.ngram.maxWords;
                                    CHECK_MSG(o.textToImage.sizes() == torch::IntArrayRef({B, 2, 2, L, 17}),
                                              name);
                                    CHECK_MSG(o.imageToText.sizes() == torch::IntArrayRef({B, 2, 2, 17, L}),
                                              name);
                                    CHECK(torch::allclose(o.textToImage.sum(-1), torch::ones({B, 2, 2, L}),
                                                          1e-5, 1e-5));
                                }
                                if (moe != MoeKind::Off) {
                                    CHECK(torch::allclose(o.gates.sum(1), torch::ones({B}), 1e-5, 1e-5));
                                    if (moe == MoeKind::TopK)
                                        CHECK_MSG((o.gates.gt(0).sum(1) == c.topK).all().item<bool>(), name);
                                }
                                if (contrastive != ContrastiveKind::Off)
                                    CHECK(torch::allclose(o.fusedProj.norm(2, 1), torch::ones({B}), 1e-5,
                                                          1e-5));
                                const LossParts p = m->loss(o, b);
                                CHECK_MSG(std::isfinite(p.total.item<double>()), name);
                                p.total.backward();
                                const bool seedBlocks =
                                    fusion == FusionKind::SeedCls && c.hasText() && c.hasImage();
                                const bool postNormUnused = fusion == FusionKind::SeedCls &&
                                                            contrastive == ContrastiveKind::Off &&
                                                            head == HeadKind::Mlp;
                                for (const auto& kv : m->named_parameters()) {
                                    const std::string& key = kv.key();
                                    const torch::Tensor& g = kv.value().grad();
                                    // Parameters that by design never learn -- asserted, so a change shows.
                                    CHECK_MSG(key.find("text_encoder.pooler") != 0, name << " " << key);
                                    // seed_cls attends from ONE text vector to ONE image vector: the softmax
                                    // is always 1, so query and key projections get exactly zero gradient
                                    // (MODEL.md's weakness #1, why token fusion is the default).
                                    if (seedBlocks && key.find("fusion.blocks.") == 0 &&
                                        (key.find(".q_proj.") != std::string::npos ||
                                         key.find(".k_proj.") != std::string::npos)) {
                                        CHECK_MSG(g.defined() && g.abs().sum().item<double>() == 0,
                                                  name << " " << key);
                                        continue;
                                    }
                                    // CLIP's post_layernorm only feeds the pooled output, which seed_cls with
                                    // an MLP head and no contrastive term does not use.
                                    if (postNormUnused && key.find("post_layernorm") != std::string::npos) {
                                        CHECK_MSG(!g.defined(), name << " " << key);
                                        continue;
                                    }
                                    CHECK_MSG(g.defined(), name << ": no gradient for " << key);
                                    // Top-k routing: an expert no sample chose in this batch gets zero
                                    // gradient.
                                    const bool mayBeZero =
                                        moe == MoeKind::TopK && key.find("moe.experts") == 0;
                                    if (g.defined() && !mayBeZero)
                                        CHECK_MSG(g.abs().sum().item<double>() > 0,
                                                  name << ": zero gradient for " << key);
                                }
                                ++configs;
                            }
    std::printf("  %d configurations checked\n", configs);
    CHECK(configs == 5 * 3 * 3 * 3 * 2 * 2);
}

TEST(lossesEqualHandComputedValues) {
    const torch::Tensor a = torch::eye(2), b = torch::eye(2);
    // Seed: the diagonal is multiplied by 0, so each row keeps exp(0) for itself: ln(3 + e) - 1.
    CHECK(std::abs(seedContrastiveLoss(a, b, 1.0).item<double>() - (std::log(3 + std::exp(1.0)) - 1)) < 1e-6);
    // Masked: the diagonal leaves the softmax: ln(2 + e) - 1.
    CHECK(std::abs(maskedContrastiveLoss(a, b, 1.0).item<double>() - (std::log(2 + std::exp(1.0)) - 1)) <
          1e-6);
    // Temperature scales the logits: T = 0.5 -> logits 0/2.
    CHECK(std::abs(seedContrastiveLoss(a, b, 0.5).item<double>() - (std::log(3 + std::exp(2.0)) - 2)) < 1e-6);
    // Cross-entropy and BCE-with-logits.
    const double ce =
        classificationLoss(torch::tensor({{2.0f, 0.0f}, {0.0f, 1.0f}}), torch::tensor({0L, 1L}), false)
            .item<double>();
    CHECK(std::abs(ce - (std::log(1 + std::exp(-2.0)) + std::log(1 + std::exp(-1.0))) / 2) < 1e-6);
    const double bce =
        classificationLoss(torch::tensor({{0.0f, 2.0f}}), torch::tensor({{1.0f, 0.0f}}), true).item<double>();
    CHECK(std::abs(bce - (std::log(2.0) + std::log(1 + std::exp(2.0))) / 2) < 1e-6);
    // Balanced positives: label 0's positive term weighted 3, label 1 (a negative here) unaffected.
    const double weighted = classificationLoss(torch::tensor({{0.0f, 2.0f}}), torch::tensor({{1.0f, 0.0f}}),
                                               true, torch::tensor({3.0f, 5.0f}))
                                .item<double>();
    CHECK(std::abs(weighted - (3 * std::log(2.0) + std::log(1 + std::exp(2.0))) / 2) < 1e-6);
    // Switch balance loss: top-1 fractions [.5 .5 0 0], mean probabilities [.4 .4 .1 .1] -> 4 * 0.4 = 1.6.
    const torch::Tensor probs = torch::tensor({{0.7f, 0.1f, 0.1f, 0.1f}, {0.1f, 0.7f, 0.1f, 0.1f}});
    CHECK(std::abs(switchBalanceLoss(probs).item<double>() - 1.6) < 1e-6);
    // Perfectly balanced and uniform -> 1 (its minimum).
    CHECK(std::abs(switchBalanceLoss(torch::full({4, 4}, 0.25)).item<double>() - 1.0) < 1e-6);
    // The model's total is 0.7 * classification + 0.3 * contrastive (+ the weighted balance term).
    ModelConfig c = small();
    c.contrastive = ContrastiveKind::Seed;
    c.moe = MoeKind::TopK;
    MultimodalModel m(c);
    const ModelBatch batch = batchFor(c, 4);
    const LossParts p = m->loss(m->forward(batch), batch);
    CHECK(std::abs(p.total.item<double>() -
                   (0.7 * p.classification.item<double>() + 0.3 * p.contrastive.item<double>() +
                    0.01 * p.balance.item<double>())) < 1e-5);
}

TEST(predictionRulesAndThresholds) {
    ModelConfig c = small();
    c.multiLabel = true;
    MultimodalModel m(c);
    const torch::Tensor logits = torch::tensor({{0.1f, -0.1f, 2.0f, -3.0f, 0.0f}});
    CHECK(torch::equal(m->predict(logits), torch::tensor({{1L, 0L, 1L, 0L, 0L}})));
    m->setThresholds(torch::tensor({0.6f, 0.4f, 0.5f, 0.5f, 0.49f}));
    CHECK(torch::equal(m->predict(logits), torch::tensor({{0L, 1L, 1L, 0L, 1L}})));
    c.multiLabel = false;
    MultimodalModel s(c);
    CHECK(torch::equal(s->predict(logits), torch::tensor({{0L, 0L, 1L, 0L, 0L}})));
}

TEST(saveLoadRoundTripsAndBadDirectoriesAreNamed) {
    const fs::path dir = fs::temp_directory_path() / "memescope-model-rt";
    fs::remove_all(dir);
    ModelConfig c = small();
    c.multiLabel = true;
    MultimodalModel m(c);
    m->setThresholds(torch::full({5}, 0.3));
    m->eval();
    const ModelBatch b = batchFor(c, 3);
    torch::NoGradGuard ng;
    const torch::Tensor before = m->forward(b).logits;
    saveModelDirectory(m, dir.string());
    MultimodalModel back = loadModelDirectory(dir.string());
    back->eval();
    CHECK(torch::allclose(back->forward(b).logits, before));
    CHECK(torch::allclose(back->thresholds(), torch::full({5}, 0.3)));
    CHECK(back->config().toJson() == m->config().toJson());

    auto errorOf = [](const fs::path& d) {
        try {
            loadModelDirectory(d.string());
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(errorOf(dir / "nowhere").find("config.json: missing") != std::string::npos);
    std::ofstream(dir / "config.json") << "{\"preset\": \"tiny\", \"fusion\": \"telepathy\"}";
    CHECK(errorOf(dir).find("config.json: config key 'fusion': 'telepathy'") != std::string::npos);
    std::ofstream(dir / "config.json") << "{\"preset\": \"tiny\",";
    CHECK(errorOf(dir).find("config.json: malformed JSON") != std::string::npos);
    // A config that does not match the weights: the mis-shaped tensors are named.
    nlohmann::json cfg = c.toJson();
    cfg["fusion_ffn"] = 48;
    std::ofstream(dir / "config.json") << cfg.dump();
    const std::string err = errorOf(dir);
    CHECK(err.find("model.safetensors: does not fit the model") != std::string::npos);
    CHECK(err.find("w1.weight: file [32, 16] vs model [48, 16]") != std::string::npos);
    fs::remove_all(dir);
}

TEST(pretrainedHuggingFaceEncodersLoad) {
    ModelConfig c = small();
    c.textEncoder = TextEncoderKind::Roberta;
    c.roberta =
        RobertaConfig::fromJson(nlohmann::json::parse(std::ifstream(kModels + "roberta_tiny/config.json")));
    c.clip = ClipVisionConfig::fromJson(
        nlohmann::json::parse(std::ifstream(kModels + "clip_vision_tiny/config.json")));
    c.textCheckpoint = kModels + "roberta_tiny";
    c.imageCheckpoint = kModels + "clip_vision_tiny";
    MultimodalModel m(c);
    const auto reports = m->loadPretrainedEncoders();
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].complete() && reports[0].loaded.size() == 37 &&
          reports[0].ignored.size() == 2); // no pooler
    CHECK(reports[1].complete() && reports[1].loaded.size() == 39);
    auto f = SafetensorsFile::open(kModels + "roberta_tiny/model.safetensors");
    CHECK(torch::equal(m->named_parameters()["text_encoder.embeddings.word_embeddings.weight"],
                       f->load("embeddings.word_embeddings.weight")));
}

TEST(configPresetsOverridesAndErrors) {
    const ModelConfig c =
        ModelConfig::fromJson({{"preset", "tiny"}, {"fusion", "concat"}, {"moe", "off"}, {"epochs", 3}});
    CHECK(c.fusion == FusionKind::Concat && c.moe == MoeKind::Off && c.epochs == 3 &&
          c.textEncoder == TextEncoderKind::Ngram && c.roberta.hiddenSize == 256);
    // A RoBERTa checkpoint implies the RoBERTa encoder; asking for another encoder with it is an error.
    CHECK(ModelConfig::fromJson({{"text_checkpoint", "/models/mental-roberta-base"}}).textEncoder ==
          TextEncoderKind::Roberta);
    // A closed-set setting with an unknown name: the error names the key, the value and what is allowed.
    try {
        ModelConfig::fromJson({{"fusion", "tokens"}});
        CHECK(false);
    } catch (const ConfigError& e) {
        CHECK_MSG(std::string(e.what()) == "config key 'fusion': 'tokens' is not one of token, seed_cls, concat",
                  e.what());
    }
    CHECK(ModelConfig::fromJson({{"moe", "dense"}}).toJson()["moe"] == "dense");
    CHECK_THROWS(ModelConfig::fromJson({{"text_checkpoint", "/m"}, {"text_encoder", "ngram"}}), ConfigError);
    CHECK(ModelConfig::fromJson(c.toJson()).toJson() == c.toJson());
    CHECK_THROWS(ModelConfig::fromJson({{"fusoin", "concat"}}), ConfigError);
    CHECK_THROWS(ModelConfig::fromJson({{"preset", "huge"}}), ConfigError);
    CHECK_THROWS(ModelConfig::fromJson({{"epochs", "ten"}}), ConfigError);
    CHECK_THROWS(ModelConfig::fromJson({{"text_encoder", "off"}, {"image_encoder", "off"}}), ConfigError);
    CHECK_THROWS(ModelConfig::fromJson({{"moe", "topk"}, {"top_k", 9}}), ConfigError);
    CHECK_THROWS(ModelConfig::fromJson({{"text_encoder", "roberta"}, {"max_tokens", 512}}),
                 ConfigError); // tiny's RoBERTa positions stop at 130
    const ModelConfig seed = ModelConfig::fromPreset("seed");
    CHECK(seed.fusion == FusionKind::SeedCls && seed.moe == MoeKind::Dense &&
          seed.contrastive == ContrastiveKind::Seed && seed.maxTokens == 512);
}

TEST(ngramFeaturesAreDeterministic) {
    NgramConfig c;
    const NgramFeatures f = ngramFeatures("ME AT 3AM, replaying... every", c);
    CHECK((f.words == std::vector<std::string>{"me", "at", "3am", "replaying", "every"}));
    CHECK(f.ids[0].size() == 2 + 3 + 2 + 1); // word, bigram, "<me>": 3 bigrams, 2 trigrams, 1 4-gram
    CHECK(ngramFeatures("me at 3am replaying every", c).ids == f.ids);
    for (const auto& w : f.ids)
        for (int64_t id : w)
            CHECK(id >= 1 && id < c.buckets);
    std::vector<int64_t> ids(size_t(c.maxWords * c.maxFeaturesPerWord)), mask(size_t(c.maxWords));
    ngramRow(f, c, ids.data(), mask.data());
    CHECK(mask[4] == 1 && mask[5] == 0);
}

MINITEST_MAIN
