#pragma once

#include <torch/types.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace memescope::ml {

// Every problem with a checkpoint file; the message starts with the file name.
class CheckpointError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a checkpoint says about one tensor before it is read.
struct TensorMeta {
    std::string dtype; // safetensors spelling: F32, F16, BF16, F64, I64, ...
    std::vector<int64_t> shape;
};

// The named tensors of one checkpoint, whatever file layout holds them (one safetensors file, shards, a
// PyTorch zip pickle). Loading by name lets a model take what it needs and report the rest.
class TensorSource {
public:
    virtual ~TensorSource() = default;
    // The file (or index file) for messages.
    virtual const std::string& path() const = 0;
    virtual const std::map<std::string, TensorMeta>& index() const = 0;
    // A CPU copy; floating types converted to `floatType`, integer types kept.
    virtual torch::Tensor load(const std::string& name,
                               torch::ScalarType floatType = torch::kFloat32) const = 0;
    // The file holding `name` (a shard), for messages.
    virtual std::string fileOf(const std::string& name) const {
        (void)name;
        return path();
    }
    bool contains(const std::string& name) const { return index().count(name) > 0; }
};

} // namespace memescope::ml
