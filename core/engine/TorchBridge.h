#pragma once
// Private to memescope_engine (its .cpp files only; includes LibTorch): conversions between the Qt types of
// the facade and the torch library's, and the one place model-library exceptions become EngineError.

#include "JsonBridge.h"
#include "ModelSession.h"
#include "core/ml/config/ModelConfig.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/text/BpeTokenizer.h"
#include "core/ml/train/DataParallel.h"

#include <QVector>
#include <filesystem>
#include <torch/torch.h>

namespace memescope::bridge {

// A tensor's values as float32 on the CPU (empty for an undefined tensor).
inline QVector<float> flat(const torch::Tensor& t) {
    if (!t.defined()) return {};
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return QVector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Runs `f`, turning every model-library exception into an EngineError with its message.
template <typename F> auto guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const ml::CheckpointError& e) {
        throw EngineError(QString::fromStdString(e.what()));
    } catch (const ml::ConfigError& e) {
        throw EngineError("model config: " + QString::fromStdString(e.what()));
    } catch (const ml::DataParallelError& e) {
        throw EngineError(QString::fromStdString(e.what()));
    } catch (const ml::TokenizerError& e) {
        throw EngineError(QString::fromStdString(e.what()));
    } catch (const c10::Error& e) {
        throw EngineError("model error: " + QString::fromStdString(e.what_without_backtrace()));
    } catch (const std::filesystem::filesystem_error& e) {
        throw EngineError(QString::fromStdString(e.what()));
    }
}

} // namespace memescope::bridge
