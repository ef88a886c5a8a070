#include "TorchPickleFile.h"

#include "Safetensors.h"
#include "StateDictPickle.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/storage_context.h>
#include <torch/csrc/jit/serialization/unpickler.h>
#include <torch/torch.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>

namespace memescope::ml {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw CheckpointError(path + ": " + what);
}

// LibTorch sizes a storage from the pickle and trusts a tensor's offset, sizes and strides: a crafted file
// could make a tensor reach past its record. Every tensor is checked against the bytes really read.
void checkTensorsStayInTheirRecords(const std::string& path, const c10::IValue& root,
                                    const std::map<const void*, size_t>& recordBytes) {
    if (!root.isGenericDict()) return; // reported by the caller
    for (const auto& entry : root.toGenericDict()) {
        if (!entry.value().isTensor()) continue;
        const torch::Tensor t = entry.value().toTensor();
        const std::string name = entry.key().isString() ? entry.key().toStringRef() : "?";
        const auto record = recordBytes.find(t.storage().data_ptr().get());
        if (record == recordBytes.end()) fail(path, "tensor '" + name + "' has no data record");
        if (t.storage().nbytes() > record->second)
            fail(path, "tensor '" + name + "' claims " + std::to_string(t.storage().nbytes()) +
                           " bytes but its record holds " + std::to_string(record->second) +
                           " (damaged file?)");
        const __int128 elements = __int128(t.storage().nbytes() / std::max<size_t>(1, t.element_size()));
        __int128 last = t.storage_offset();
        bool empty = false;
        if (t.storage_offset() < 0) fail(path, "tensor '" + name + "' has a negative offset");
        for (int64_t d = 0; d < t.dim(); ++d) {
            if (t.size(d) < 0 || t.stride(d) < 0)
                fail(path, "tensor '" + name + "' has a negative size or stride");
            if (t.size(d) == 0)
                empty = true;
            else
                last += __int128(t.size(d) - 1) * __int128(t.stride(d));
        }
        if (!empty && last >= elements)
            fail(path, "tensor '" + name + "' reaches past the end of its data (damaged file?)");
    }
}

std::string refusal(const std::string& detail) {
    return "is not a plain state dict of tensors (" + detail +
           "); MemeScope reads tensors and plain containers only and runs no code from a checkpoint. "
           "Re-save it as safetensors or as a plain state dict with torch.save(model.state_dict(), path)";
}

} // namespace

std::shared_ptr<TorchPickleFile> TorchPickleFile::open(const std::string& path) {
    char magic[4] = {};
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) fail(path, std::string("cannot be opened: ") + std::strerror(errno));
        in.read(magic, 4);
        if (in.gcount() < 4) fail(path, "truncated: " + std::to_string(in.gcount()) + " bytes");
    }
    if (std::memcmp(magic, "PK\x03\x04", 4) != 0) {
        if (static_cast<unsigned char>(magic[0]) == 0x80)
            fail(path, "is in PyTorch's legacy (pre-1.6) pickle format, which MemeScope does not read "
                       "(unpickling it could run code). Convert it once, where you trust the file, with: "
                       "python3 -c \"import torch; torch.save(torch.load('pytorch_model.bin', "
                       "map_location='cpu'), 'pytorch_model.bin')\"");
        fail(path, "is neither a PyTorch zip checkpoint nor a legacy pickle (wrong file?)");
    }
    c10::IValue root;
    try {
        caffe2::serialize::PyTorchStreamReader zip(path);
        if (!zip.hasRecord("data.pkl")) fail(path, "has no data.pkl (not a torch.save checkpoint)");
        const auto [data, size] = zip.getRecord("data.pkl");
        std::string pickle;
        try {
            pickle = restrictStateDictPickle(std::string_view(static_cast<const char*>(data.get()), size));
        } catch (const PickleRefused& e) {
            fail(path, refusal(e.what()));
        }
        size_t offset = 0;
        std::map<const void*, size_t> recordBytes; // what each storage really holds, checked below
        torch::jit::Unpickler unpickler(
            [&](char* buffer, size_t n) {
                const size_t k = std::min(n, pickle.size() - offset);
                std::memcpy(buffer, pickle.data() + offset, k);
                offset += k;
                return k;
            },
            /*type_resolver=*/nullptr, /*obj_loader=*/nullptr,
            [&](const std::string& record) {
                auto [ptr, bytes] = zip.getRecord("data/" + record);
                recordBytes[ptr.get()] = bytes;
                return std::move(ptr);
            },
            c10::Device(c10::kCPU), /*use_storage_device=*/false, torch::jit::Unpickler::defaultTypeParser,
            // Each record read once; views of one storage (tied weights) share it, as in Python.
            std::make_shared<torch::jit::DeserializationStorageContext>());
        root = unpickler.parse_ivalue();
        checkTensorsStayInTheirRecords(path, root, recordBytes);
    } catch (const CheckpointError&) {
        throw;
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        fail(path, "is damaged or truncated (" + what.substr(0, what.find('\n')) + ")");
    } catch (const std::exception& e) {
        fail(path, std::string("is damaged or truncated (") + e.what() + ")");
    }
    if (!root.isGenericDict()) fail(path, "does not hold a state dict (a dictionary of tensors)");
    auto f = std::shared_ptr<TorchPickleFile>(new TorchPickleFile);
    f->path_ = path;
    for (const auto& entry : root.toGenericDict()) {
        if (!entry.key().isString()) fail(path, "a state dict key is not a string");
        const std::string name = entry.key().toStringRef();
        if (!entry.value().isTensor())
            fail(path, "entry '" + name + "' is not a tensor (" + entry.value().tagKind() + ")");
        const torch::Tensor t = entry.value().toTensor();
        f->index_[name] = TensorMeta{safetensorsDtypeName(t.scalar_type()), t.sizes().vec()};
        f->tensors_[name] = t;
    }
    return f;
}

torch::Tensor TorchPickleFile::load(const std::string& name, torch::ScalarType floatType) const {
    const auto it = tensors_.find(name);
    if (it == tensors_.end()) fail(path_, "no tensor named '" + name + "'");
    torch::Tensor t = it->second.contiguous().clone();
    if (t.is_floating_point() && t.scalar_type() != floatType) t = t.to(floatType);
    return t;
}

} // namespace memescope::ml
