#include "FusedAdamW.h"

#include <torch/torch.h>

#include <cmath>

namespace memescope::ml {
namespace {

bool plainCpuFloat(const torch::Tensor& t) {
    return t.defined() && t.device().is_cpu() && t.scalar_type() == torch::kFloat && t.is_contiguous() &&
           !t.is_sparse();
}

// One parameter's AdamW update, element by element as LibTorch computes it with whole-tensor operations
// (decoupled decay, both moments, bias-corrected step), each constant rounded to float as a Scalar is.
struct AdamWStep {
    float decay;                // 1 - lr * weight_decay
    float beta1, oneMinusBeta1; // first moment
    float beta2, oneMinusBeta2; // second moment
    float sqrtBiasCorrection2, eps;
    float negativeStepSize; // -lr / bias_correction1

    void apply(float* __restrict p, const float* __restrict g, float* __restrict m, float* __restrict v,
               int64_t n) const {
        for (int64_t i = 0; i < n; ++i) {
            const float pi = p[i] * decay;
            const float mi = m[i] * beta1 + oneMinusBeta1 * g[i];
            const float vi = v[i] * beta2 + oneMinusBeta2 * g[i] * g[i];
            const float denom = std::sqrt(vi) / sqrtBiasCorrection2 + eps;
            m[i] = mi;
            v[i] = vi;
            p[i] = pi + negativeStepSize * (mi / denom);
        }
    }
};

} // namespace

bool FusedAdamW::fusable() const {
    for (const auto& group : param_groups()) {
        if (static_cast<const torch::optim::AdamWOptions&>(group.options()).amsgrad()) return false;
        for (const torch::Tensor& p : group.params()) {
            if (!p.grad().defined()) continue;
            if (!plainCpuFloat(p) || !plainCpuFloat(p.grad())) return false;
            const auto it = state().find(stateKey(state(), p));
            if (it == state().end()) continue;
            const auto& s = static_cast<const torch::optim::AdamWParamState&>(*it->second);
            if (!plainCpuFloat(s.exp_avg()) || !plainCpuFloat(s.exp_avg_sq())) return false;
        }
    }
    return true;
}

torch::Tensor FusedAdamW::step(LossClosure closure) {
    if (closure || !fusable()) return torch::optim::AdamW::step(std::move(closure));
    torch::NoGradGuard noGrad;
    for (auto& group : param_groups()) {
        const auto& o = static_cast<const torch::optim::AdamWOptions&>(group.options());
        const auto [beta1, beta2] = o.betas();
        for (torch::Tensor& p : group.params()) {
            if (!p.grad().defined()) continue;
            auto& slot = state()[stateKey(state(), p)];
            if (!slot) {
                auto fresh = std::make_unique<torch::optim::AdamWParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                slot = std::move(fresh);
            }
            auto& s = static_cast<torch::optim::AdamWParamState&>(*slot);
            s.step(s.step() + 1);
            const double biasCorrection1 = 1 - std::pow(beta1, double(s.step()));
            const double biasCorrection2 = 1 - std::pow(beta2, double(s.step()));
            AdamWStep u;
            u.decay = o.weight_decay() != 0 ? float(1 - o.lr() * o.weight_decay()) : 1.0f;
            u.beta1 = float(beta1);
            u.oneMinusBeta1 = float(1 - beta1);
            u.beta2 = float(beta2);
            u.oneMinusBeta2 = float(1 - beta2);
            u.sqrtBiasCorrection2 = float(std::sqrt(biasCorrection2));
            u.eps = float(o.eps());
            u.negativeStepSize = float(-o.lr() / biasCorrection1);
            u.apply(p.data_ptr<float>(), p.grad().data_ptr<float>(), s.exp_avg().data_ptr<float>(),
                    s.exp_avg_sq().data_ptr<float>(), p.numel());
        }
    }
    return {};
}

} // namespace memescope::ml
