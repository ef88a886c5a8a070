#pragma once

#include <torch/optim/adamw.h>

#include <sstream>
#include <string>
#include <type_traits>

namespace memescope::ml {

// LibTorch's AdamW with the same state (AdamWParamState: step, exp_avg, exp_avg_sq — so checkpoints are
// unchanged) and the same update, computed for CPU float32 parameters in one pass over each parameter
// instead of LibTorch 1.13's eight tensor operations, each a pass over memory: on the `tiny` model's 13 M
// parameters one step took ~150 ms on one core, 13 % of a training step, and every data-parallel rank
// repeats it. Anything else (CUDA, other dtypes, amsgrad, a closure) takes LibTorch's own step.
class FusedAdamW : public torch::optim::AdamW {
public:
    using torch::optim::AdamW::AdamW;
    torch::Tensor step(LossClosure closure = nullptr) override;

private:
    bool fusable() const;
};

// LibTorch keys an optimizer's per-parameter state by the parameter's TensorImpl: as the printed pointer in
// 1.x, as the pointer itself in 2.x.
template <typename StateMap>
typename StateMap::key_type stateKey(const StateMap&, const torch::Tensor& parameter) {
    using Key = typename StateMap::key_type;
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream s;
        s << parameter.unsafeGetTensorImpl();
        return s.str();
    } else {
        return static_cast<Key>(parameter.unsafeGetTensorImpl());
    }
}

} // namespace memescope::ml
