#include "ShardedCheckpoint.h"

#include "Safetensors.h"
#include "TorchPickleFile.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

namespace memescope::ml {
namespace fs = std::filesystem;
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::shared_ptr<TensorSource> openWeightsFile(const std::string& path) {
    if (endsWith(path, ".index.json")) return ShardedCheckpoint::open(path);
    if (endsWith(path, ".bin")) return TorchPickleFile::open(path);
    return SafetensorsFile::open(path);
}

std::shared_ptr<ShardedCheckpoint> ShardedCheckpoint::open(const std::string& indexPath) {
    nlohmann::json j;
    try {
        std::ifstream in(indexPath);
        if (!in) throw CheckpointError(indexPath + ": cannot be opened");
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(indexPath + ": malformed JSON: " + e.what());
    }
    if (!j.is_object() || !j.contains("weight_map") || !j["weight_map"].is_object())
        throw CheckpointError(indexPath + ": has no \"weight_map\" object (not a shard index)");
    auto s = std::shared_ptr<ShardedCheckpoint>(new ShardedCheckpoint);
    s->path_ = indexPath;
    const fs::path dir = fs::path(indexPath).parent_path();
    std::map<std::string, size_t> shardByFile;
    for (auto it = j["weight_map"].begin(); it != j["weight_map"].end(); ++it) {
        if (!it.value().is_string())
            throw CheckpointError(indexPath + ": weight_map entry '" + it.key() + "' is not a file name");
        const std::string file = it.value().get<std::string>();
        if (file.empty() || file.find('/') != std::string::npos || file == "..")
            throw CheckpointError(indexPath + ": shard name '" + file + "' is not a file in this folder");
        auto found = shardByFile.find(file);
        if (found == shardByFile.end()) {
            const std::string shardPath = (dir / file).string();
            if (!fs::exists(shardPath))
                throw CheckpointError(shardPath + ": missing (named by " +
                                      fs::path(indexPath).filename().string() + ")");
            if (endsWith(file, ".index.json"))
                throw CheckpointError(indexPath + ": shard '" + file + "' is itself an index");
            s->shards_.push_back(openWeightsFile(shardPath));
            found = shardByFile.emplace(file, s->shards_.size() - 1).first;
        }
        const TensorSource& shard = *s->shards_[found->second];
        if (!shard.contains(it.key()))
            throw CheckpointError(shard.path() + ": lacks tensor '" + it.key() + "' that " +
                                  fs::path(indexPath).filename().string() + " places there");
        s->shardOf_[it.key()] = found->second;
        s->index_[it.key()] = shard.index().at(it.key());
    }
    if (s->shards_.empty()) throw CheckpointError(indexPath + ": names no shards");
    return s;
}

torch::Tensor ShardedCheckpoint::load(const std::string& name, torch::ScalarType floatType) const {
    const auto it = shardOf_.find(name);
    if (it == shardOf_.end()) throw CheckpointError(path_ + ": no tensor named '" + name + "'");
    return shards_[it->second]->load(name, floatType);
}

std::string ShardedCheckpoint::fileOf(const std::string& name) const {
    const auto it = shardOf_.find(name);
    return it == shardOf_.end() ? path_ : shards_[it->second]->path();
}

} // namespace memescope::ml
