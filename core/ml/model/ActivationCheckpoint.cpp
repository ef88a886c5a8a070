#include "ActivationCheckpoint.h"

#include "core/ml/train/FineTuning.h"

#include <ATen/core/ivalue.h>

namespace memescope::ml {
namespace {

// The layer's function, kept with the autograd node until its backward ran.
struct LayerHolder : torch::CustomClassHolder {
    explicit LayerHolder(std::function<torch::Tensor(const torch::Tensor&)> f)
        : fn(std::move(f)) {}
    std::function<torch::Tensor(const torch::Tensor&)> fn;
};

at::Generator generatorFor(const torch::Tensor& x) {
    return at::globalContext().defaultGenerator(x.device());
}

struct Checkpoint : torch::autograd::Function<Checkpoint> {
    // `anchor` requires grad, so the backward runs even when `x` needs none (the layer's weights do).
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& anchor, c10::intrusive_ptr<LayerHolder> layer) {
        (void)anchor;
        at::Generator gen = generatorFor(x);
        {
            std::lock_guard<std::mutex> lock(gen.mutex());
            ctx->saved_data["rng"] = gen.get_state();
        }
        ctx->saved_data["layer"] = c10::IValue::make_capsule(layer);
        // bf16 autocast on CUDA: the backward runs on autograd's own thread, where it is off; the
        // recomputation must run as the forward did (the same kernels, the same random draws).
        ctx->saved_data["autocast"] = autocastEnabled();
        ctx->save_for_backward({x});
        torch::NoGradGuard noGrad;
        return layer->fn(x);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const torch::Tensor x = ctx->get_saved_variables()[0];
        auto layer = c10::static_intrusive_pointer_cast<LayerHolder>(ctx->saved_data["layer"].toCapsule());
        at::Generator gen = generatorFor(x);
        torch::Tensor now;
        {
            std::lock_guard<std::mutex> lock(gen.mutex());
            now = gen.get_state();
            gen.set_state(ctx->saved_data["rng"].toTensor());
        }
        const torch::Tensor input = x.detach().requires_grad_(true);
        torch::Tensor y;
        {
            torch::AutoGradMode enable(true);
            const AutocastScope mixed(ctx->saved_data["autocast"].toBool() && !autocastEnabled());
            y = layer->fn(input);
        }
        {
            std::lock_guard<std::mutex> lock(gen.mutex());
            gen.set_state(now); // the rest of the backward draws as it would have
        }
        torch::autograd::backward({y}, {grads[0]}); // accumulates into the layer's weights
        return {x.requires_grad() ? input.grad() : torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor checkpointed(std::function<torch::Tensor(const torch::Tensor&)> layer, const torch::Tensor& x) {
    const torch::Tensor anchor = torch::empty({0}, torch::requires_grad());
    return Checkpoint::apply(x, anchor, c10::make_intrusive<LayerHolder>(std::move(layer)));
}

bool shouldCheckpoint(bool asked, const torch::nn::Module& module) {
    if (!asked || !module.is_training() || !torch::GradMode::is_enabled()) return false;
    for (const torch::Tensor& p : module.parameters())
        if (p.requires_grad()) return true;
    return false;
}

} // namespace memescope::ml
