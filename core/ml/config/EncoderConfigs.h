#pragma once
// The encoders' sizes as Hugging Face's config.json files name them. Torch-free: the model config that
// holds them crosses into the engine, the GUI and the CLI.

#include <nlohmann/json_fwd.hpp>

#include <cstdint>

namespace memescope::ml {

// Hugging Face RobertaConfig fields MemeScope uses.
struct RobertaConfig {
    int64_t vocabSize = 50265, hiddenSize = 768, numLayers = 12, numHeads = 12, intermediateSize = 3072;
    int64_t maxPositions = 514, typeVocabSize = 1, padTokenId = 1;
    double layerNormEps = 1e-5, hiddenDropout = 0.1, attentionDropout = 0.1;

    static RobertaConfig fromJson(const nlohmann::json& j);
    nlohmann::json toJson() const;
};

struct ClipVisionConfig {
    int64_t imageSize = 224, patchSize = 32, hiddenSize = 768, numLayers = 12, numHeads = 12,
            intermediateSize = 3072, numChannels = 3;
    double layerNormEps = 1e-5, attentionDropout = 0.0;

    int64_t numPatches() const { return (imageSize / patchSize) * (imageSize / patchSize); }
    int64_t gridSide() const { return imageSize / patchSize; }
    static ClipVisionConfig
    fromJson(const nlohmann::json& j); // CLIPVisionConfig or a CLIPConfig's vision_config
    nlohmann::json toJson() const;
};

struct NgramConfig {
    int64_t buckets = 1 << 16; // hashed feature table size (row 0 = padding)
    int64_t dim = 128;
    int64_t maxWords = 64;
    int64_t maxFeaturesPerWord = 24;
    int64_t minChar = 2, maxChar = 5;

    static NgramConfig fromJson(const nlohmann::json& j);
    nlohmann::json toJson() const;
};

} // namespace memescope::ml
