#pragma once

#include "TensorSource.h"

#include <memory>
#include <vector>

namespace memescope::ml {

// Weights split over several files by a `*.index.json` ({"weight_map": {tensor: file}}), as the hub
// shards large checkpoints; each shard is a safetensors or a PyTorch zip file. Every shard the index
// names is opened (and checked) up front; a tensor the index maps to a shard that lacks it is an error.
// One weights file, by its name: a `.index.json` shard index, a `.bin` PyTorch zip, else safetensors.
std::shared_ptr<TensorSource> openWeightsFile(const std::string& path);

class ShardedCheckpoint : public TensorSource {
public:
    static std::shared_ptr<ShardedCheckpoint> open(const std::string& indexPath);

    const std::string& path() const override { return path_; }
    const std::map<std::string, TensorMeta>& index() const override { return index_; }
    torch::Tensor load(const std::string& name, torch::ScalarType floatType = torch::kFloat32) const override;
    std::string fileOf(const std::string& name) const override;

private:
    std::string path_;
    std::vector<std::shared_ptr<TensorSource>> shards_;
    std::map<std::string, size_t> shardOf_;
    std::map<std::string, TensorMeta> index_;
};

} // namespace memescope::ml
