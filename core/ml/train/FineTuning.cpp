#include "FineTuning.h"

#include <torch/torch.h>

#if __has_include(<ATen/autocast_mode.h>)
#include <ATen/autocast_mode.h>
#define MEMESCOPE_HAS_AUTOCAST 1
#endif

#include <cmath>

namespace memescope::ml {
namespace {

bool isEncoder(const std::string& name) {
    return name.rfind("text_encoder.", 0) == 0 || name.rfind("image_encoder.", 0) == 0;
}

} // namespace

bool frozenByConfig(const std::string& name, const ModelConfig& c) {
    auto under = [&](const std::string& prefix) { return name.rfind(prefix, 0) == 0; };
    if (c.freezeTextLayers > 0 && c.textEncoder == TextEncoderKind::Roberta) {
        if (under("text_encoder.embeddings.")) return true;
        for (int64_t i = 0; i < c.freezeTextLayers; ++i)
            if (under("text_encoder.encoder.layer." + std::to_string(i) + ".")) return true;
    }
    if (c.freezeImageLayers > 0) {
        if (under("image_encoder.vision_model.embeddings.") ||
            under("image_encoder.vision_model.pre_layrnorm."))
            return true;
        for (int64_t i = 0; i < c.freezeImageLayers; ++i)
            if (under("image_encoder.vision_model.encoder.layers." + std::to_string(i) + ".")) return true;
    }
    return false;
}

namespace {

double encoderRate(const ModelConfig& c) {
    return c.encoderLearningRate > 0 ? c.encoderLearningRate : c.learningRate;
}

} // namespace

int64_t freezeEncoderLayers(MultimodalModel& model) {
    int64_t frozen = 0;
    for (auto& kv : model->named_parameters(true))
        if (frozenByConfig(kv.key(), model->config())) {
            kv.value().set_requires_grad(false);
            ++frozen;
        }
    return frozen;
}

std::vector<torch::optim::OptimizerParamGroup> parameterGroups(MultimodalModel& model) {
    std::vector<torch::Tensor> fresh, encoders;
    for (auto& kv : model->named_parameters(true)) {
        if (!kv.value().requires_grad()) continue;
        (isEncoder(kv.key()) ? encoders : fresh).push_back(kv.value());
    }
    const ModelConfig& c = model->config();
    std::vector<torch::optim::OptimizerParamGroup> groups;
    auto options = [&](double lr) {
        return std::make_unique<torch::optim::AdamWOptions>(
            torch::optim::AdamWOptions(lr).weight_decay(c.weightDecay));
    };
    if (!fresh.empty()) groups.emplace_back(fresh, options(c.learningRate));
    if (!encoders.empty()) groups.emplace_back(encoders, options(encoderRate(c)));
    return groups;
}

std::vector<double> baseLearningRates(MultimodalModel& model) {
    bool fresh = false, encoders = false;
    for (auto& kv : model->named_parameters(true)) {
        if (!kv.value().requires_grad()) continue;
        (isEncoder(kv.key()) ? encoders : fresh) = true;
    }
    std::vector<double> rates;
    if (fresh) rates.push_back(model->config().learningRate);
    if (encoders) rates.push_back(encoderRate(model->config()));
    return rates;
}

double scheduleFactor(LrSchedule schedule, int64_t step, int64_t total, int64_t warmup) {
    if (warmup > 0 && step < warmup) return double(step + 1) / double(warmup);
    if (schedule == LrSchedule::Plateau || total <= warmup) return 1.0;
    const double progress =
        std::min(1.0, double(step - warmup) / double(std::max<int64_t>(1, total - warmup)));
    if (schedule == LrSchedule::Cosine) return 0.5 * (1.0 + std::cos(M_PI * progress));
    return 1.0 - progress; // linear
}

void setAutocast(bool on) {
#ifdef MEMESCOPE_HAS_AUTOCAST
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
    at::autocast::set_autocast_enabled(at::kCUDA, on);
#else
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(on);
#endif
    if (!on) at::autocast::clear_cache();
#else
    (void)on;
#endif
}

bool autocastEnabled() {
#ifdef MEMESCOPE_HAS_AUTOCAST
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    return at::autocast::is_autocast_enabled(at::kCUDA);
#else
    return at::autocast::is_enabled();
#endif
#else
    return false;
#endif
}

AutocastScope::AutocastScope(bool on)
    : on_(on) {
    if (on_) setAutocast(true);
}

AutocastScope::~AutocastScope() {
    if (on_) setAutocast(false);
}

void allowTf32(bool on) {
    at::globalContext().setAllowTF32CuBLAS(on);
    at::globalContext().setAllowTF32CuDNN(on);
}

} // namespace memescope::ml
