#include "EncoderConfigs.h"

#include <nlohmann/json.hpp>

namespace memescope::ml {

RobertaConfig RobertaConfig::fromJson(const nlohmann::json& j) {
    RobertaConfig c;
    c.vocabSize = j.value("vocab_size", c.vocabSize);
    c.hiddenSize = j.value("hidden_size", c.hiddenSize);
    c.numLayers = j.value("num_hidden_layers", c.numLayers);
    c.numHeads = j.value("num_attention_heads", c.numHeads);
    c.intermediateSize = j.value("intermediate_size", c.intermediateSize);
    c.maxPositions = j.value("max_position_embeddings", c.maxPositions);
    c.typeVocabSize = j.value("type_vocab_size", c.typeVocabSize);
    c.padTokenId = j.value("pad_token_id", c.padTokenId);
    c.layerNormEps = j.value("layer_norm_eps", c.layerNormEps);
    c.hiddenDropout = j.value("hidden_dropout_prob", c.hiddenDropout);
    c.attentionDropout = j.value("attention_probs_dropout_prob", c.attentionDropout);
    return c;
}

nlohmann::json RobertaConfig::toJson() const {
    return {{"model_type", "roberta"},
            {"vocab_size", vocabSize},
            {"hidden_size", hiddenSize},
            {"num_hidden_layers", numLayers},
            {"num_attention_heads", numHeads},
            {"intermediate_size", intermediateSize},
            {"max_position_embeddings", maxPositions},
            {"type_vocab_size", typeVocabSize},
            {"pad_token_id", padTokenId},
            {"layer_norm_eps", layerNormEps},
            {"hidden_dropout_prob", hiddenDropout},
            {"attention_probs_dropout_prob", attentionDropout},
            {"hidden_act", "gelu"}};
}

ClipVisionConfig ClipVisionConfig::fromJson(const nlohmann::json& raw) {
    const nlohmann::json& j = raw.contains("vision_config") ? raw["vision_config"] : raw;
    ClipVisionConfig c;
    c.imageSize = j.value("image_size", c.imageSize);
    c.patchSize = j.value("patch_size", c.patchSize);
    c.hiddenSize = j.value("hidden_size", c.hiddenSize);
    c.numLayers = j.value("num_hidden_layers", c.numLayers);
    c.numHeads = j.value("num_attention_heads", c.numHeads);
    c.intermediateSize = j.value("intermediate_size", c.intermediateSize);
    c.numChannels = j.value("num_channels", c.numChannels);
    c.layerNormEps = j.value("layer_norm_eps", c.layerNormEps);
    c.attentionDropout = j.value("attention_dropout", c.attentionDropout);
    return c;
}

nlohmann::json ClipVisionConfig::toJson() const {
    return {{"model_type", "clip_vision_model"},
            {"image_size", imageSize},
            {"patch_size", patchSize},
            {"hidden_size", hiddenSize},
            {"num_hidden_layers", numLayers},
            {"num_attention_heads", numHeads},
            {"intermediate_size", intermediateSize},
            {"num_channels", numChannels},
            {"layer_norm_eps", layerNormEps},
            {"attention_dropout", attentionDropout},
            {"hidden_act", "quick_gelu"}};
}

NgramConfig NgramConfig::fromJson(const nlohmann::json& j) {
    NgramConfig c;
    c.buckets = j.value("buckets", c.buckets);
    c.dim = j.value("dim", c.dim);
    c.maxWords = j.value("max_words", c.maxWords);
    c.maxFeaturesPerWord = j.value("max_features_per_word", c.maxFeaturesPerWord);
    c.minChar = j.value("min_char", c.minChar);
    c.maxChar = j.value("max_char", c.maxChar);
    return c;
}

nlohmann::json NgramConfig::toJson() const {
    return {{"buckets", buckets},    {"dim", dim},
            {"max_words", maxWords}, {"max_features_per_word", maxFeaturesPerWord},
            {"min_char", minChar},   {"max_char", maxChar}};
}

} // namespace memescope::ml
