#include "HfCheckpoint.h"

#include "ShardedCheckpoint.h"
#include "core/ml/text/RobertaEncoder.h"
#include "core/ml/vision/ClipVisionEncoder.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

namespace memescope::ml {
namespace fs = std::filesystem;
namespace {

const char* const kWeightFiles[] = {"model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
                                    "pytorch_model.bin.index.json"};

bool anyNameEndsWith(const TensorSource& s, const std::string& suffix) {
    for (const auto& [name, meta] : s.index())
        if (name.size() >= suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    return false;
}

enum class Family { Text, Image, Other };

Family familyOf(const HfCheckpoint& c) {
    if (!c.modelType.empty()) {
        if (c.modelType == "roberta" || c.modelType == "xlm-roberta") return Family::Text;
        if (c.modelType == "clip" || c.modelType == "clip_vision_model") return Family::Image;
        return Family::Other;
    }
    if (!c.weights) return Family::Other;
    if (anyNameEndsWith(*c.weights, "embeddings.word_embeddings.weight")) return Family::Text;
    if (anyNameEndsWith(*c.weights, "vision_model.embeddings.patch_embedding.weight")) return Family::Image;
    return Family::Other;
}

std::string describe(const HfCheckpoint& c) {
    if (!c.modelType.empty()) return "model_type '" + c.modelType + "'";
    return "its tensor names";
}

void requireFamily(const HfCheckpoint& c, Family wanted) {
    if (c.modelType.empty() && !c.weights) return; // judged by the tensor names once they are opened
    const Family f = familyOf(c);
    if (f == wanted) return;
    const std::string where = c.configPath.empty() ? c.dir : c.configPath;
    if (wanted == Family::Text)
        throw CheckpointError(where + ": " + describe(c) +
                              (f == Family::Image
                                   ? " is a CLIP image model; the text checkpoint must be a "
                                     "RoBERTa folder (did you swap the text and image checkpoints?)"
                                   : " is not a RoBERTa model; the text checkpoint must be one"));
    throw CheckpointError(where + ": " + describe(c) +
                          (f == Family::Text
                               ? " is a RoBERTa text model; the image checkpoint must be a CLIP "
                                 "folder (did you swap the text and image checkpoints?)"
                               : " is not a CLIP model; the image checkpoint must be one"));
}

} // namespace

std::shared_ptr<TensorSource> openCheckpointWeights(const std::string& dir, std::string* fileName) {
    for (const char* name : kWeightFiles) {
        const fs::path p = fs::path(dir) / name;
        if (!fs::exists(p)) continue;
        if (fileName) *fileName = name;
        return openWeightsFile(p.string());
    }
    throw CheckpointError(dir +
                          ": no weights found (looked for model.safetensors, model.safetensors.index.json, "
                          "pytorch_model.bin and pytorch_model.bin.index.json)");
}

HfCheckpoint openHfCheckpoint(const std::string& dir, bool withWeights) {
    if (!fs::is_directory(dir)) throw CheckpointError(dir + ": no such folder");
    HfCheckpoint c;
    c.dir = dir;
    const fs::path configPath = fs::path(dir) / "config.json";
    if (fs::exists(configPath)) {
        c.configPath = configPath.string();
        try {
            c.config = nlohmann::json::parse(std::ifstream(configPath));
        } catch (const nlohmann::json::exception& e) {
            throw CheckpointError(c.configPath + ": malformed JSON: " + e.what());
        }
        if (!c.config.is_object()) throw CheckpointError(c.configPath + ": not a JSON object");
        if (c.config.contains("model_type") && c.config["model_type"].is_string())
            c.modelType = c.config["model_type"].get<std::string>();
        if (c.config.contains("architectures") && c.config["architectures"].is_array() &&
            !c.config["architectures"].empty() && c.config["architectures"][0].is_string())
            c.architecture = c.config["architectures"][0].get<std::string>();
    }
    if (withWeights) {
        c.weights = openCheckpointWeights(dir, &c.weightsFile);
        return c;
    }
    for (const char* name : kWeightFiles)
        if (fs::exists(fs::path(dir) / name)) {
            c.weightsFile = name;
            return c;
        }
    openCheckpointWeights(dir); // throws the "no weights" message
    return c;
}

RobertaConfig robertaConfigOf(const HfCheckpoint& c, const RobertaConfig& fallback) {
    requireFamily(c, Family::Text);
    if (c.configPath.empty()) return fallback;
    try {
        const std::string act = c.config.value("hidden_act", std::string("gelu"));
        if (act != "gelu")
            throw CheckpointError(c.configPath + ": hidden_act '" + act +
                                  "' is not supported (MemeScope's RoBERTa uses gelu)");
        const std::string pos = c.config.value("position_embedding_type", std::string("absolute"));
        if (pos != "absolute")
            throw CheckpointError(c.configPath + ": position_embedding_type '" + pos +
                                  "' is not supported (absolute only)");
        return RobertaConfig::fromJson(c.config);
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(c.configPath + ": a size has the wrong type: " + e.what());
    }
}

ClipVisionConfig clipVisionConfigOf(const HfCheckpoint& c, const ClipVisionConfig& fallback) {
    requireFamily(c, Family::Image);
    if (c.configPath.empty()) return fallback;
    try {
        const nlohmann::json& v = c.config.contains("vision_config") ? c.config["vision_config"] : c.config;
        const std::string act = v.value("hidden_act", std::string("quick_gelu"));
        if (act != "quick_gelu")
            throw CheckpointError(
                c.configPath + ": hidden_act '" + act +
                "' is not supported (MemeScope's CLIP encoder uses quick_gelu, as OpenAI's)");
        return ClipVisionConfig::fromJson(c.config);
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(c.configPath + ": a size has the wrong type: " + e.what());
    }
}

LoadReport loadRobertaCheckpoint(RobertaEncoderImpl& encoder, const HfCheckpoint& c) {
    requireFamily(c, Family::Text);
    LoadRules rules;
    rules.prefixes = {"", "roberta."};
    rules.ignored = {"lm_head.", "classifier.", "pooler."};
    rules.optional = {"pooler."};
    return loadStateDict(encoder, *c.weights, rules);
}

LoadReport loadClipVisionCheckpoint(ClipVisionEncoderImpl& encoder, const HfCheckpoint& c) {
    requireFamily(c, Family::Image);
    LoadRules rules;
    rules.prefixes = {""};
    rules.ignored = {"text_model.", "visual_projection.", "text_projection.", "logit_scale"};
    return loadStateDict(encoder, *c.weights, rules);
}

} // namespace memescope::ml
