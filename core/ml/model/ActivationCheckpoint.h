#pragma once

#include <torch/torch.h>

#include <functional>

namespace memescope::ml {

// Activation (gradient) checkpointing of one layer (Chen et al. 2016, "Training Deep Nets with Sublinear
// Memory Cost"; what torch.utils.checkpoint's reentrant variant does): the forward keeps only the layer's
// input, not its activations; the backward runs the layer again, with the random-number state of the first
// run (so dropout draws the same mask), and back-propagates through that run. The same gradients for about
// one more forward per layer, and the memory of one layer's activations instead of all of them.
// `layer` must read the same tensors when run again (what it captures must outlive the backward).
torch::Tensor checkpointed(std::function<torch::Tensor(const torch::Tensor&)> layer, const torch::Tensor& x);

// Whether a layer of `module` should be checkpointed now: asked for, training, recording gradients, and
// some of its parameters train.
bool shouldCheckpoint(bool asked, const torch::nn::Module& module);

} // namespace memescope::ml
