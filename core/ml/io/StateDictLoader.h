#pragma once

#include "Safetensors.h"

#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace memescope::ml {

struct LoadReport {
    std::string prefix;                  // the key prefix the file's names carried (e.g. "roberta.")
    std::vector<std::string> loaded;     // parameter names
    std::vector<std::string> missing;    // parameters the file lacks
    std::vector<std::string> unexpected; // file tensors (under the prefix) the model has no place for
    std::vector<std::string> misShaped;  // "name: file [a, b] vs model [c, d]"
    bool complete() const { return missing.empty() && misShaped.empty(); }
    std::string summary() const;
};

// Copies tensors from a safetensors file into a module's parameters by name. The file's names may carry
// one of `prefixes` (full-model checkpoints such as RobertaForMaskedLM use "roberta."); the prefix that
// matches most parameter names is used. F16/BF16 are converted. Buffers such as HF's
// "embeddings.position_ids" are ignored, not reported. With `strict`, anything missing or mis-shaped
// throws CheckpointError listing the names.
LoadReport loadStateDict(torch::nn::Module& module, const SafetensorsFile& file,
                         const std::vector<std::string>& prefixes = {""}, bool strict = true);

// All parameters of a module as (name, tensor) pairs, for writeSafetensors.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module& module);

} // namespace memescope::ml
