#pragma once

#include "TensorSource.h"

#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace memescope::ml {

struct LoadReport {
    std::string source;                  // the checkpoint file (or shard index) read
    std::string prefix;                  // the key prefix the file's names carried (e.g. "roberta.")
    std::vector<std::string> loaded;     // parameter names
    std::vector<std::string> missing;    // required parameters the file lacks
    std::vector<std::string> randomInit; // optional parameters the file lacks: left at their initial values
    std::vector<std::string> ignored; // file tensors the model does not use by design (lm_head, text_model)
    std::vector<std::string> unexpected; // file tensors (under the prefix) the model has no place for
    std::vector<std::string> misShaped;  // "name: file [a, b] vs model [c, d]"
    bool complete() const { return missing.empty() && misShaped.empty(); }
    std::string summary() const;
};

// How a checkpoint's names map onto a module's.
struct LoadRules {
    // The file's names may carry one of these prefixes (RobertaForMaskedLM uses "roberta."); the one that
    // matches most parameter names is used.
    std::vector<std::string> prefixes{""};
    // File names starting with one of these (as written in the file) are skipped and reported as ignored.
    std::vector<std::string> ignored;
    // Parameter names starting with one of these may be absent: reported as left at random init.
    std::vector<std::string> optional;
    // Anything missing or mis-shaped throws CheckpointError listing the names.
    bool strict = true;
};

// Copies tensors from a checkpoint into a module's parameters by name. F16/BF16 are converted. Buffers
// such as HF's "embeddings.position_ids" are ignored.
LoadReport loadStateDict(torch::nn::Module& module, const TensorSource& file, const LoadRules& rules);
LoadReport loadStateDict(torch::nn::Module& module, const TensorSource& file,
                         const std::vector<std::string>& prefixes = {""}, bool strict = true);

// All parameters of a module as (name, tensor) pairs, for writeSafetensors.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module& module);

} // namespace memescope::ml
