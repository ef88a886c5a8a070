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

bool isBuffer(const std::string& name) {
    return name.find("position_ids") != std::string::npos; // HF buffers in older files
}

bool startsWithAny(const std::string& name, const std::vector<std::string>& prefixes) {
    for (const std::string& p : prefixes)
        if (name.rfind(p, 0) == 0) return true;
    return false;
}

} // namespace

std::string LoadReport::summary() const {
    std::ostringstream o;
    o << loaded.size() << " tensors loaded";
    if (!source.empty()) o << " from " << source;
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
    list("left at random init", randomInit);
    list("ignored", ignored);
    list("unexpected", unexpected);
    return o.str();
}

LoadReport loadStateDict(torch::nn::Module& module, const TensorSource& file, const LoadRules& rules) {
    const auto params = module.named_parameters(true);
    std::string prefix;
    size_t bestHits = 0;
    for (const std::string& p : rules.prefixes) {
        size_t hits = 0;
        for (const auto& kv : params)
            hits += file.contains(p + kv.key());
        if (hits > bestHits) {
            bestHits = hits;
            prefix = p;
        }
    }
    LoadReport r;
    r.source = file.path();
    r.prefix = prefix;
    torch::NoGradGuard noGrad;
    for (const auto& kv : params) {
        const std::string key = prefix + kv.key();
        if (!file.contains(key)) {
            (startsWithAny(kv.key(), rules.optional) ? r.randomInit : r.missing).push_back(kv.key());
            continue;
        }
        const TensorMeta& info = file.index().at(key);
        if (at::IntArrayRef(info.shape) != kv.value().sizes()) {
            r.misShaped.push_back(kv.key() + ": file " + shapeText(info.shape) + " vs model " +
                                  shapeText(kv.value().sizes()));
            continue;
        }
        kv.value().copy_(file.load(key, kv.value().scalar_type()));
        r.loaded.push_back(kv.key());
    }
    for (const auto& [name, info] : file.index()) {
        if (isBuffer(name)) continue;
        const bool underPrefix = name.rfind(prefix, 0) == 0;
        if (underPrefix && params.contains(name.substr(prefix.size()))) continue;
        if (startsWithAny(name, rules.ignored) ||
            (underPrefix && startsWithAny(name.substr(prefix.size()), rules.ignored)))
            r.ignored.push_back(name);
        else if (underPrefix)
            r.unexpected.push_back(name);
    }
    if (rules.strict && !r.complete()) {
        std::string where = file.path();
        if (!r.misShaped.empty()) {
            const std::string first = r.misShaped.front().substr(0, r.misShaped.front().find(':'));
            where = file.fileOf(prefix + first);
        }
        throw CheckpointError(where + ": does not fit the model: " + r.summary());
    }
    return r;
}

LoadReport loadStateDict(torch::nn::Module& module, const TensorSource& file,
                         const std::vector<std::string>& prefixes, bool strict) {
    LoadRules rules;
    rules.prefixes = prefixes;
    rules.strict = strict;
    return loadStateDict(module, file, rules);
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
