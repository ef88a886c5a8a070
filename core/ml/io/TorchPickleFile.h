#pragma once

#include "TensorSource.h"

#include <memory>

namespace memescope::ml {

// A `pytorch_model.bin` as torch.save (PyTorch >= 1.6) writes it: a zip archive holding a pickled state
// dict and one record per storage. Read with LibTorch's own unpickler, which knows tensors, storages and
// plain containers and nothing else: a pickle that names any other Python global is refused, no code runs.
// The legacy (pre-1.6) non-zip format is refused with the command that converts it. All tensors are
// read on open (the format has no index to seek by).
class TorchPickleFile : public TensorSource {
public:
    static std::shared_ptr<TorchPickleFile> open(const std::string& path);

    const std::string& path() const override { return path_; }
    const std::map<std::string, TensorMeta>& index() const override { return index_; }
    torch::Tensor load(const std::string& name, torch::ScalarType floatType = torch::kFloat32) const override;

private:
    std::string path_;
    std::map<std::string, TensorMeta> index_;
    std::map<std::string, torch::Tensor> tensors_;
};

} // namespace memescope::ml
