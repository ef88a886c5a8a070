#include "StateDictLoader.h"

#include <torch/torch.h>

#include <sstream>

namespace memescope::ml {
namespace {

std::string shapeText(at::IntArrayRef s) {
    std::ostringstream o;
    o << '[';
    for (size_t i = 0; i < s.size(); ++i)
        o << (i ? ", " : "") << s[i];
    o << ']';
    return o.str();
}

bool ignorable(const std::string& name) {
    return name.find("position_ids") != std::string::npos; // HF buffers in older files
}

} // namespace

std::string LoadReport::summary() const {
    std::ostringstream o;
    o << loaded.size() << " tensors loaded";
    if (!prefix.empty()) o << " (prefix '" << prefix << "')";
    auto list = [&](const char* what, const std::vector<std::string>& v) {
        if (v.empty()) return;
        o << "; " << v.size() << ' ' << what << ": ";
        for (size_t i = 0; i < v.size() && i < 12; ++i)
            o << (i ? ", " : "") << v[i];
        if (v.size() > 12) o << ", ...";
    };
    list("missing", missing);
    list("mis-shaped", misShaped);
    list("unexpected", unexpected);
    return o.str();
}

LoadReport loadStateDict(torch::nn::Module& module, const SafetensorsFile& file,
                         const std::vector<std::string>& prefixes, bool strict) {
    const auto params = module.named_parameters(true);
    // Pick the prefix under which most parameters are found.
    std::string prefix;
    size_t bestHits = 0;
    for (const std::string& p : prefixes) {
        size_t hits = 0;
        for (const auto& kv : params)
            hits += file.contains(p + kv.key());
        if (hits > bestHits) {
            bestHits = hits;
            prefix = p;
        }
    }
    LoadReport r;
    r.prefix = prefix;
    torch::NoGradGuard noGrad;
    for (const auto& kv : params) {
        const std::string key = prefix + kv.key();
        if (!file.contains(key)) {
            r.missing.push_back(kv.key());
            continue;
        }
        const auto& info = file.tensors().at(key);
        if (at::IntArrayRef(info.shape) != kv.value().sizes()) {
            r.misShaped.push_back(kv.key() + ": file " + shapeText(info.shape) + " vs model " +
                                  shapeText(kv.value().sizes()));
            continue;
        }
        kv.value().copy_(file.load(key, kv.value().scalar_type()));
        r.loaded.push_back(kv.key());
    }
    for (const auto& [name, info] : file.tensors()) {
        if (name.rfind(prefix, 0) != 0 || ignorable(name)) continue;
        if (!params.contains(name.substr(prefix.size()))) r.unexpected.push_back(name);
    }
    if (strict && !r.complete())
        throw CheckpointError(file.path() + ": does not fit the model: " + r.summary());
    return r;
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module& module) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& kv : module.named_parameters(true))
        out.emplace_back(kv.key(), kv.value());
    for (const auto& kv : module.named_buffers(true))
        out.emplace_back(kv.key(), kv.value());
    return out;
}

} // namespace memescope::ml
