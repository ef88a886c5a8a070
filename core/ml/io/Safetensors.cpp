#include "Safetensors.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace memescope::ml {
namespace {

constexpr uint64_t kMaxHeader = 100ull * 1024 * 1024;

struct DtypeInfo {
    const char* name;
    torch::ScalarType type;
    int size;
};

const DtypeInfo kDtypes[] = {
    {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2}, {"BF16", torch::kBFloat16, 2},
    {"F64", torch::kFloat64, 8}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"I16", torch::kInt16, 2},   {"I8", torch::kInt8, 1},     {"U8", torch::kUInt8, 1},
    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* dtypeByName(const std::string& n) {
    for (const auto& d : kDtypes)
        if (n == d.name) return &d;
    return nullptr;
}

const DtypeInfo* dtypeByType(torch::ScalarType t) {
    for (const auto& d : kDtypes)
        if (t == d.type) return &d;
    return nullptr;
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw CheckpointError(path + ": " + what);
}

} // namespace

std::string safetensorsDtypeName(torch::ScalarType type) {
    const DtypeInfo* d = dtypeByType(type);
    return d ? d->name : c10::toString(type);
}

std::shared_ptr<SafetensorsFile> SafetensorsFile::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::string("cannot be opened: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        fail(path, "cannot be read");
    }
    std::shared_ptr<SafetensorsFile> f(new SafetensorsFile);
    f->path_ = path;
    f->mapSize_ = size_t(st.st_size);
    if (f->mapSize_ < 8) {
        ::close(fd);
        fail(path, "truncated: " + std::to_string(f->mapSize_) + " bytes, not even the 8-byte header length");
    }
    void* m = ::mmap(nullptr, f->mapSize_, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m == MAP_FAILED) fail(path, "cannot be memory-mapped");
    f->map_ = static_cast<const uint8_t*>(m);

    uint64_t headerLen = 0;
    std::memcpy(&headerLen, f->map_, 8); // little-endian on every platform LibTorch supports here
    if (headerLen > kMaxHeader)
        fail(path,
             "header length " + std::to_string(headerLen) + " is over the 100 MB limit (corrupt file?)");
    if (headerLen > f->mapSize_ - 8)
        fail(path, "truncated: the header says " + std::to_string(headerLen) + " bytes but the file has " +
                       std::to_string(f->mapSize_ - 8));
    f->dataStart_ = 8 + headerLen;
    const uint64_t dataSize = f->mapSize_ - f->dataStart_;
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(f->map_ + 8, f->map_ + 8 + headerLen);
    } catch (const nlohmann::json::exception& e) {
        fail(path, std::string("malformed header JSON: ") + e.what());
    }
    if (!header.is_object()) fail(path, "the header is not a JSON object");
    std::vector<std::pair<uint64_t, uint64_t>> ranges;
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__") {
            if (!it.value().is_object()) fail(path, "__metadata__ is not an object");
            for (auto m2 = it.value().begin(); m2 != it.value().end(); ++m2)
                if (m2.value().is_string()) f->metadata_[m2.key()] = m2.value().get<std::string>();
            continue;
        }
        const auto& t = it.value();
        const std::string where = "tensor '" + it.key() + "'";
        if (!t.is_object() || !t.contains("dtype") || !t.contains("shape") || !t.contains("data_offsets"))
            fail(path, where + ": needs dtype, shape and data_offsets");
        SafetensorInfo info;
        if (!t["dtype"].is_string()) fail(path, where + ": dtype is not a string");
        info.dtype = t["dtype"].get<std::string>();
        const DtypeInfo* dt = dtypeByName(info.dtype);
        if (!dt) fail(path, where + ": unsupported dtype " + info.dtype);
        if (!t["shape"].is_array()) fail(path, where + ": shape is not a list");
        uint64_t elements = 1;
        for (const auto& d : t["shape"]) {
            if (!d.is_number_unsigned())
                fail(path, where + ": shape has a negative or non-integer dimension");
            const uint64_t v = d.get<uint64_t>();
            if (v != 0 && elements > (uint64_t(1) << 62) / v) fail(path, where + ": shape is absurdly large");
            elements *= v;
            info.shape.push_back(int64_t(v));
        }
        const auto& off = t["data_offsets"];
        if (!off.is_array() || off.size() != 2 || !off[0].is_number_unsigned() ||
            !off[1].is_number_unsigned())
            fail(path, where + ": data_offsets must be two non-negative integers");
        info.begin = off[0].get<uint64_t>();
        info.end = off[1].get<uint64_t>();
        if (info.begin > info.end) fail(path, where + ": data_offsets end before they begin");
        if (info.end > dataSize)
            fail(path, where + ": data ends at byte " + std::to_string(info.end) +
                           " but the data section has " + std::to_string(dataSize) + " (truncated file?)");
        if (info.end - info.begin != elements * uint64_t(dt->size))
            fail(path, where + ": " + std::to_string(info.end - info.begin) +
                           " bytes do not hold the shape's " + std::to_string(elements) + " elements of " +
                           info.dtype);
        ranges.emplace_back(info.begin, info.end);
        f->index_.emplace(it.key(), TensorMeta{info.dtype, info.shape});
        f->tensors_.emplace(it.key(), std::move(info));
    }
    std::sort(ranges.begin(), ranges.end());
    for (size_t i = 1; i < ranges.size(); ++i)
        if (ranges[i].first < ranges[i - 1].second) fail(path, "two tensors' data overlap");
    return f;
}

SafetensorsFile::~SafetensorsFile() {
    if (map_) ::munmap(const_cast<uint8_t*>(map_), mapSize_);
}

torch::Tensor SafetensorsFile::load(const std::string& name, torch::ScalarType floatType) const {
    const auto it = tensors_.find(name);
    if (it == tensors_.end()) fail(path_, "no tensor named '" + name + "'");
    const SafetensorInfo& info = it->second;
    const DtypeInfo* dt = dtypeByName(info.dtype);
    // from_blob over the mapping, then a real copy: the result outlives this file.
    torch::Tensor view = torch::from_blob(const_cast<uint8_t*>(map_ + dataStart_ + info.begin), info.shape,
                                          torch::TensorOptions().dtype(dt->type));
    torch::Tensor t = view.clone();
    if (t.is_floating_point() && t.scalar_type() != floatType) t = t.to(floatType);
    return t;
}

void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata) {
    // Layout as the official writer: larger dtypes first, then by name (keeps every tensor aligned).
    std::vector<std::pair<std::string, torch::Tensor>> sorted;
    for (const auto& [name, t] : tensors)
        sorted.emplace_back(name, t.detach()); // copied to the CPU one at a time below
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        const int sa = int(a.second.element_size()), sb = int(b.second.element_size());
        return sa != sb ? sa > sb : a.first < b.first;
    });
    nlohmann::ordered_json header;
    if (!metadata.empty()) header["__metadata__"] = metadata;
    uint64_t offset = 0;
    for (const auto& [name, t] : sorted) {
        const DtypeInfo* dt = dtypeByType(t.scalar_type());
        if (!dt) throw CheckpointError(path + ": tensor '" + name + "' has a dtype safetensors cannot store");
        const uint64_t bytes = uint64_t(t.numel()) * uint64_t(dt->size);
        header[name] = {
            {"dtype", dt->name}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string json = header.dump();
    json.append((8 - json.size() % 8) % 8, ' ');
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw CheckpointError(path + ": cannot write: " + std::strerror(errno));
    auto writeAll = [&](const void* data, size_t n) {
        const auto* p = static_cast<const char*>(data);
        while (n > 0) {
            const ssize_t w = ::write(fd, p, n);
            if (w < 0) {
                const std::string err = std::strerror(errno);
                ::close(fd);
                ::unlink(tmp.c_str());
                throw CheckpointError(path + ": writing failed (" + err +
                                      "); the previous file, if any, is untouched");
            }
            p += w;
            n -= size_t(w);
        }
    };
    const uint64_t len = json.size();
    writeAll(&len, 8);
    writeAll(json.data(), json.size());
    for (const auto& [name, t] : sorted) {
        const torch::Tensor host = t.to(torch::kCPU).contiguous();
        writeAll(host.data_ptr(), size_t(host.numel()) * host.element_size());
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        throw CheckpointError(path + ": cannot flush to disk (disk full?)");
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        throw CheckpointError(path + ": cannot replace the file: " + std::strerror(errno));
    }
}

} // namespace memescope::ml
