// The safetensors reader on arbitrary bytes: the header is validated on open (length, JSON, dtypes,
// shapes, offsets); whatever passes must load every tensor without reading outside the file.
#include "FuzzFile.h"
#include "core/ml/io/Safetensors.h"

#include <torch/torch.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = fuzz::inputPath(".safetensors");
    fuzz::writeInput(path, data, size);
    std::shared_ptr<memescope::ml::SafetensorsFile> file;
    try {
        file = memescope::ml::SafetensorsFile::open(path);
    } catch (const memescope::ml::CheckpointError& e) {
        // The message must name the file.
        if (std::string(e.what()).find(path) == std::string::npos) std::abort();
        return 0;
    }
    for (const auto& [name, info] : file->tensors()) {
        const torch::Tensor t = file->load(name);
        if (t.numel() != 0) (void)t.sum().item<double>(); // touches every byte of the tensor
    }
    return 0;
}
