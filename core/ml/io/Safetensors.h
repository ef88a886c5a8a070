#pragma once

#include "TensorSource.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace memescope::ml {

struct SafetensorInfo {
    std::string dtype; // F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL
    std::vector<int64_t> shape;
    uint64_t begin = 0, end = 0; // byte offsets within the data section
};

// A memory-mapped .safetensors file. The header is validated completely on open: its length against the
// file size (and a 100 MB cap), JSON syntax, known dtypes, non-negative shapes whose byte size (computed
// without overflow) equals the offset range, offsets inside the data section and not overlapping.
class SafetensorsFile : public TensorSource {
public:
    static std::shared_ptr<SafetensorsFile> open(const std::string& path);
    ~SafetensorsFile() override;

    const std::string& path() const override { return path_; }
    const std::map<std::string, TensorMeta>& index() const override { return index_; }
    const std::map<std::string, SafetensorInfo>& tensors() const { return tensors_; }
    const std::map<std::string, std::string>& metadata() const { return metadata_; }

    // A copy of the tensor (CPU). Floating types are converted to `floatType` (default float32);
    // integer types keep theirs.
    torch::Tensor load(const std::string& name, torch::ScalarType floatType = torch::kFloat32) const override;

private:
    SafetensorsFile() = default;
    std::string path_;
    const uint8_t* map_ = nullptr;
    size_t mapSize_ = 0;
    uint64_t dataStart_ = 0;
    std::map<std::string, SafetensorInfo> tensors_;
    std::map<std::string, TensorMeta> index_;
    std::map<std::string, std::string> metadata_;
};

// The safetensors spelling of a dtype ("F32", "BF16", ...); LibTorch's name for one safetensors lacks.
std::string safetensorsDtypeName(torch::ScalarType type);

// Writes tensors (any device/dtype among the supported ones; stored as given) atomically: a temporary
// file next to `path`, fsync'ed, then renamed. Header padded to a multiple of 8 as the official writer does.
void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

} // namespace memescope::ml
