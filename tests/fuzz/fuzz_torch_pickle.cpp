// The pytorch_model.bin reader (PyTorch zip + LibTorch's unpickler) on arbitrary bytes: it either refuses
// the file with a message naming it, or returns a state dict whose every tensor loads and can be read.
#include "FuzzFile.h"
#include "core/ml/io/TorchPickleFile.h"

#include <torch/torch.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = fuzz::inputPath("-pytorch_model.bin");
    fuzz::writeInput(path, data, size);
    std::shared_ptr<memescope::ml::TorchPickleFile> file;
    try {
        file = memescope::ml::TorchPickleFile::open(path);
    } catch (const memescope::ml::CheckpointError& e) {
        if (std::string(e.what()).find(path) == std::string::npos) std::abort(); // must name the file
        return 0;
    }
    for (const auto& [name, meta] : file->index()) {
        const torch::Tensor t = file->load(name);
        if (t.numel() != 0 && t.numel() < (1 << 22)) (void)t.sum().item<double>(); // touches every element
    }
    return 0;
}
