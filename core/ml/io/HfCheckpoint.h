#pragma once

#include "StateDictLoader.h"
#include "TensorSource.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace memescope::ml {

struct RobertaConfig;
struct ClipVisionConfig;
class RobertaEncoderImpl;
class ClipVisionEncoderImpl;

// A Hugging Face checkpoint folder as the hub ships it: config.json plus the weights in one of the
// published layouts, looked for in this order: model.safetensors, model.safetensors.index.json (shards),
// pytorch_model.bin (PyTorch zip), pytorch_model.bin.index.json (shards).
struct HfCheckpoint {
    std::string dir;
    std::string configPath; // empty when the folder has no config.json
    nlohmann::json config = nlohmann::json::object();
    std::string modelType;    // config.json's model_type ("roberta", "clip", "clip_vision_model", ...)
    std::string architecture; // the first of config.json's architectures
    std::shared_ptr<TensorSource> weights;
    std::string weightsFile; // the file name the weights were found under
};

// Throws CheckpointError naming the folder or file: missing folder, no weights, malformed config.json,
// damaged or truncated weight files, shards that the index names but the folder lacks. Without
// `withWeights` the weights file is only looked for, not opened (reading config.json stays cheap).
HfCheckpoint openHfCheckpoint(const std::string& dir, bool withWeights = true);
// Only the weights (the same search), for callers that need no config.
std::shared_ptr<TensorSource> openCheckpointWeights(const std::string& dir, std::string* fileName = nullptr);

// The encoder sizes a checkpoint's config.json gives, starting from `fallback` for what it does not say.
// Throws CheckpointError when the checkpoint is not of that family (a CLIP folder given as the text
// checkpoint, or the other way round), judged by model_type and, without a config, by the tensor names.
RobertaConfig robertaConfigOf(const HfCheckpoint& checkpoint, const RobertaConfig& fallback);
ClipVisionConfig clipVisionConfigOf(const HfCheckpoint& checkpoint, const ClipVisionConfig& fallback);

// Loads a RobertaModel / RobertaForMaskedLM / RobertaForSequenceClassification checkpoint (prefix
// "roberta." or none; lm_head and classifier ignored; the pooler optional) into a RoBERTa encoder, and a
// CLIPModel / CLIPVisionModel checkpoint (text tower and projections ignored) into a CLIP vision encoder.
// Strict: a required tensor missing or mis-shaped throws CheckpointError naming the file.
LoadReport loadRobertaCheckpoint(RobertaEncoderImpl& encoder, const HfCheckpoint& checkpoint);
LoadReport loadClipVisionCheckpoint(ClipVisionEncoderImpl& encoder, const HfCheckpoint& checkpoint);

} // namespace memescope::ml
