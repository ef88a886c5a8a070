#pragma once

#include "core/ml/config/ModelConfig.h"

#include <string>
#include <vector>

namespace memescope::ml {

// Reads the text and image checkpoints' config.json (cheaply: weights are only looked for) and makes the
// encoder sizes of `config` theirs, so a preset trains on whatever checkpoint it is given. Returns one log
// line per change; throws CheckpointError naming the file when a folder is missing, has no weights, is of
// the wrong family (a CLIP folder as the text checkpoint) or its config.json is malformed. max_tokens is
// lowered to what the checkpoint's positions allow.
std::vector<std::string> applyCheckpointSizes(ModelConfig& config);

// One line per encoder that is base-sized (hidden >= 512) yet starts from random weights: it will not learn
// from a few thousand memes.
std::vector<std::string> randomInitWarnings(const ModelConfig& config);

} // namespace memescope::ml
