#include "PretrainedEncoders.h"

#include "core/ml/io/HfCheckpoint.h"

namespace memescope::ml {
namespace {

std::string robertaShape(const RobertaConfig& r) {
    return std::to_string(r.numLayers) + " layers, hidden " + std::to_string(r.hiddenSize) + ", " +
           std::to_string(r.numHeads) + " heads, vocabulary " + std::to_string(r.vocabSize);
}

std::string clipShape(const ClipVisionConfig& v) {
    return std::to_string(v.numLayers) + " layers, hidden " + std::to_string(v.hiddenSize) + ", " +
           std::to_string(v.imageSize) + " px images in " + std::to_string(v.patchSize) + " px patches";
}

std::string origin(const HfCheckpoint& c) {
    return c.configPath + (c.architecture.empty() ? "" : " (" + c.architecture + ")");
}

} // namespace

std::vector<std::string> applyCheckpointSizes(ModelConfig& config) {
    std::vector<std::string> log;
    if (config.textEncoder == TextEncoderKind::Roberta && config.hasText() &&
        !config.textCheckpoint.empty()) {
        const HfCheckpoint c = openHfCheckpoint(config.textCheckpoint, false);
        if (c.configPath.empty()) {
            log.push_back("text checkpoint " + config.textCheckpoint +
                          " has no config.json: encoder sizes from the preset (" +
                          robertaShape(config.roberta) + ")");
        } else {
            const RobertaConfig r = robertaConfigOf(c, config.roberta);
            if (r.toJson() != config.roberta.toJson())
                log.push_back("text encoder sizes from " + origin(c) + ": " + robertaShape(r) +
                              " (the preset had " + robertaShape(config.roberta) + ")");
            config.roberta = r;
        }
        if (config.maxTokens + 2 > config.roberta.maxPositions) {
            const int64_t m = config.roberta.maxPositions - 2;
            log.push_back("max_tokens lowered from " + std::to_string(config.maxTokens) + " to " +
                          std::to_string(m) + ": the text checkpoint has " +
                          std::to_string(config.roberta.maxPositions) + " positions");
            config.maxTokens = m;
        }
    }
    if (config.hasImage() && !config.imageCheckpoint.empty()) {
        const HfCheckpoint c = openHfCheckpoint(config.imageCheckpoint, false);
        if (c.configPath.empty()) {
            log.push_back("image checkpoint " + config.imageCheckpoint +
                          " has no config.json: encoder sizes from the preset (" + clipShape(config.clip) +
                          ")");
        } else {
            const ClipVisionConfig v = clipVisionConfigOf(c, config.clip);
            if (v.toJson() != config.clip.toJson())
                log.push_back("image encoder sizes from " + origin(c) + ": " + clipShape(v) +
                              " (the preset had " + clipShape(config.clip) + ")");
            config.clip = v;
        }
    }
    // Frozen beyond the checkpoint's depth: the whole encoder is frozen (the dialog's "encoders frozen").
    if (config.textEncoder == TextEncoderKind::Roberta &&
        config.freezeTextLayers > config.roberta.numLayers) {
        log.push_back("freeze_text_layers " + std::to_string(config.freezeTextLayers) +
                      " lowered to the text "
                      "encoder's " +
                      std::to_string(config.roberta.numLayers) + " layers: all of it is frozen");
        config.freezeTextLayers = config.roberta.numLayers;
    }
    if (config.freezeImageLayers > config.clip.numLayers) {
        log.push_back("freeze_image_layers " + std::to_string(config.freezeImageLayers) +
                      " lowered to the "
                      "image encoder's " +
                      std::to_string(config.clip.numLayers) + " layers: all of it is frozen");
        config.freezeImageLayers = config.clip.numLayers;
    }
    return log;
}

std::vector<std::string> randomInitWarnings(const ModelConfig& config) {
    std::vector<std::string> w;
    if (config.textEncoder == TextEncoderKind::Roberta && config.hasText() && config.textCheckpoint.empty() &&
        config.roberta.hiddenSize >= 512)
        w.push_back(
            "the text encoder (" + robertaShape(config.roberta) +
            ") starts from random weights: a base-size RoBERTa will not learn from a few thousand "
            "memes; give it a pretrained checkpoint (e.g. mental/mental-roberta-base) or use the tiny "
            "preset");
    if (config.hasImage() && config.imageCheckpoint.empty() && config.clip.hiddenSize >= 512)
        w.push_back(
            "the image encoder (" + clipShape(config.clip) +
            ") starts from random weights: a base-size ViT will not learn from a few thousand memes; "
            "give it a pretrained checkpoint (e.g. openai/clip-vit-base-patch32) or use the tiny preset");
    return w;
}

} // namespace memescope::ml
