#include "Relevance.h"

#include "core/ml/fusion/AttentionKernel.h"

#include <stdexcept>
#include <string>

namespace memescope::ml {

namespace rollout {

torch::Tensor normaliseResidual(const torch::Tensor& R) {
    const torch::Tensor eye = torch::eye(R.size(0), R.options());
    const torch::Tensor hat = R - eye;
    const torch::Tensor sums = hat.sum(-1, /*keepdim=*/true);
    // The paper divides unconditionally; a modality with no attention before (the n-gram encoder) has R = I,
    // whose rows would be 0 / 0.
    return torch::where(sums.ne(0), hat / sums, torch::zeros_like(hat)) + eye;
}

void selfAttention(const torch::Tensor& A, torch::Tensor& Rss, torch::Tensor& Rsq) {
    Rsq = Rsq + torch::matmul(A, Rsq);
    Rss = Rss + torch::matmul(A, Rss);
}

std::pair<torch::Tensor, torch::Tensor> coAttention(const torch::Tensor& A, const torch::Tensor& Rss,
                                                    const torch::Tensor& Rqq, const torch::Tensor& Rqs) {
    // As the authors' code (Transformer-MM-Explainability, apply_mm_attention_rules): eq. 10 with both
    // residual-normalised self-relevances, eq. 11 as A R_qs.
    const torch::Tensor addSq =
        torch::matmul(normaliseResidual(Rss).t(), torch::matmul(A, normaliseResidual(Rqq)));
    const torch::Tensor addSs = torch::matmul(A, Rqs);
    return {addSs, addSq};
}

} // namespace rollout

namespace {

// Restores the model's training mode and autograd state however explain() leaves.
struct EvalScope {
    MultimodalModel& model;
    bool wasTraining;
    torch::AutoGradMode grad{true};
    explicit EvalScope(MultimodalModel& m)
        : model(m)
        , wasTraining(m->is_training()) {
        model->eval();
    }
    ~EvalScope() { model->train(wasTraining); }
};

ModelBatch repeated(const ModelBatch& b, int64_t n) {
    auto rep = [&](const torch::Tensor& t) {
        return t.defined() ? t.index_select(
                                 0, torch::zeros({n}, torch::TensorOptions(torch::kLong).device(t.device())))
                           : t;
    };
    return {rep(b.inputIds), rep(b.attentionMask), rep(b.ngramIds), rep(b.wordMask),
            rep(b.pixels),   rep(b.imageMask),     rep(b.targets)};
}

// Which inputs this meme actually uses.
struct Shape {
    bool text = false, image = false, tokenFusion = false;
    int64_t textLen = 0, imageTokens = 0;
    torch::Tensor textWeights; // [L] float64: how the fused vector pools the text positions
    torch::Tensor textMask;    // [L] float64: 1 = a real token / word
};

Shape shapeOf(const ModelConfig& c, const ModelBatch& b) {
    Shape s;
    s.text = c.hasText();
    s.image = c.hasImage() && (!b.imageMask.defined() || b.imageMask.to(torch::kCPU).item<double>() > 0.5);
    s.tokenFusion = c.fusion == FusionKind::Token && s.text && s.image;
    if (s.text) {
        const torch::Tensor mask =
            (c.textEncoder == TextEncoderKind::Roberta ? b.attentionMask : b.wordMask)[0]
                .to(torch::kCPU)
                .to(torch::kFloat64);
        s.textLen = mask.size(0);
        s.textMask = mask;
        if (c.fusion == FusionKind::SeedCls && c.textEncoder == TextEncoderKind::Roberta) {
            // The reference reads the first token of the last layers.
            s.textWeights = torch::zeros({s.textLen}, torch::kFloat64);
            s.textWeights[0] = 1.0;
        } else {
            s.textWeights = mask / mask.sum().clamp_min(1.0);
        }
    }
    if (c.hasImage()) s.imageTokens = c.clip.numPatches() + 1;
    return s;
}

torch::Tensor toCpuFloat(const torch::Tensor& t) {
    return t.defined() ? t.detach().to(torch::kCPU, torch::kFloat32).contiguous() : t;
}

Relevance rawAttention(MultimodalModel& model, const ModelBatch& b, int cls, const Shape& s) {
    if (!s.tokenFusion)
        throw std::invalid_argument("raw attention needs token fusion, both encoders and an image");
    torch::NoGradGuard ng;
    const ModelOutput out = model->forward(b);
    Relevance r;
    r.classScore = out.logits[0][cls].item<double>();
    // [layers, heads, L, 1 + P] -> [L, 1 + P]; the text queries pooled as the fused vector pools them.
    const torch::Tensor t2i =
        out.textToImage[0].to(torch::kCPU, torch::kFloat64).mean(std::vector<int64_t>{0, 1});
    r.patches = toCpuFloat(torch::matmul(s.textWeights, t2i).slice(0, 1));
    const torch::Tensor i2t =
        out.imageToText[0].to(torch::kCPU, torch::kFloat64).mean(std::vector<int64_t>{0, 1});
    r.tokens = toCpuFloat(i2t.mean(0) * s.textMask);
    return r;
}

Relevance gradientRollout(MultimodalModel& model, const ModelBatch& b, int cls, const Shape& s) {
    const ModelConfig& c = model->config();
    std::vector<torch::Tensor> probs;
    ModelOutput out;
    {
        AttentionRecording recording(&probs);
        out = model->forward(b);
    }
    const torch::Tensor score = out.logits[0][cls];
    Relevance r;
    r.classScore = score.item<double>();

    const int64_t textLayers =
        c.hasText() && c.textEncoder == TextEncoderKind::Roberta ? c.roberta.numLayers : 0;
    const int64_t imageLayers = c.hasImage() ? c.clip.numLayers : 0;
    const int64_t fusionLayers =
        c.fusion == FusionKind::Token && c.hasText() && c.hasImage() ? c.fusionLayers : 0;
    const size_t needed = size_t(textLayers + imageLayers + 2 * fusionLayers);
    if (probs.size() < needed)
        throw std::logic_error("rollout: " + std::to_string(probs.size()) + " attention maps recorded, " +
                               std::to_string(needed) + " expected");
    probs.resize(needed); // later ones (transformer head, seed blocks) are not propagated
    std::vector<torch::Tensor> grads;
    if (!probs.empty())
        grads = torch::autograd::grad({score}, probs, {}, /*retain_graph=*/false, /*create_graph=*/false,
                                      /*allow_unused=*/true);
    // A_bar = E_h[(dS/dA * A)^+] for the one sample; an unused map (no path to S) has no relevance.
    auto cam = [&](size_t i) {
        const torch::Tensor a = probs[i][0].detach().to(torch::kCPU, torch::kFloat64);
        if (!grads[i].defined()) return torch::zeros({a.size(1), a.size(2)}, a.options());
        return (grads[i][0].to(torch::kCPU, torch::kFloat64) * a).clamp_min(0).mean(0);
    };

    const auto f64 = torch::TensorOptions(torch::kFloat64);
    const int64_t L = s.text ? s.textLen : 0, N = c.hasImage() ? s.imageTokens : 0;
    torch::Tensor Rtt = torch::eye(L, f64), Rii = torch::eye(N, f64);
    torch::Tensor Rti = torch::zeros({L, N}, f64), Rit = torch::zeros({N, L}, f64);
    size_t i = 0;
    for (int64_t l = 0; l < textLayers; ++l)
        rollout::selfAttention(cam(i++), Rtt, Rti);
    for (int64_t l = 0; l < imageLayers; ++l)
        rollout::selfAttention(cam(i++), Rii, Rit);
    for (int64_t l = 0; l < fusionLayers; ++l) {
        // Both directions of a fusion layer read the states from before it (see MultimodalModel::forward).
        const torch::Tensor textToImage = cam(i++), imageToText = cam(i++);
        const auto [addTt, addTi] = rollout::coAttention(textToImage, Rtt, Rii, Rit);
        const auto [addIi, addIt] = rollout::coAttention(imageToText, Rii, Rtt, Rti);
        Rtt = Rtt + addTt;
        Rti = Rti + addTi;
        Rii = Rii + addIi;
        Rit = Rit + addIt;
    }
    // Read out the rows the classifier's input is made of: the pooled text positions and the image's class
    // token, averaged as the token fusion averages them (0.5 each); one side alone otherwise.
    // Padding positions are zeroed (their rows are read with weight 0, but a pad can still be a key).
    if (s.tokenFusion) {
        r.tokens = toCpuFloat((0.5 * torch::matmul(s.textWeights, Rtt) + 0.5 * Rit[0]) * s.textMask);
        r.patches = toCpuFloat((0.5 * torch::matmul(s.textWeights, Rti) + 0.5 * Rii[0]).slice(0, 1));
    } else {
        if (s.text) r.tokens = toCpuFloat(torch::matmul(s.textWeights, Rtt) * s.textMask);
        if (s.image) r.patches = toCpuFloat(Rii[0].slice(0, 1));
    }
    return r;
}

Relevance integratedGradients(MultimodalModel& model, const ModelBatch& b, int cls, const Shape& s, int steps,
                              const std::function<bool()>& cancelled,
                              const std::function<void(int64_t, int64_t)>& progress) {
    if (steps < 1) throw std::invalid_argument("integrated gradients: steps must be >= 1");
    InputEmbeddings x;
    {
        torch::NoGradGuard ng;
        x = model->inputEmbeddings(b);
    }
    if (x.text.defined()) x.text = x.text.detach();
    if (x.patches.defined()) x.patches = x.patches.detach();
    auto scaled = [](const torch::Tensor& t, const torch::Tensor& alpha) {
        return t.defined() ? (alpha.view({-1, 1, 1}) * t).requires_grad_() : t;
    };
    Relevance r;
    {
        torch::NoGradGuard ng;
        const auto zero = torch::zeros({1}, x.text.defined() ? x.text.options() : x.patches.options());
        r.classScore = model->forward(b, x).logits[0][cls].item<double>();
        r.baselineScore =
            model->forward(b, {scaled(x.text, zero), scaled(x.patches, zero)}).logits[0][cls].item<double>();
    }
    // Midpoint rule: alpha_k = (k + 1/2) / steps. Chunks bound the memory of one backward pass (and set how
    // often progress is reported and cancellation is checked).
    const int64_t chunk = 8;
    torch::Tensor gradText, gradPatches;
    for (int64_t k0 = 0; k0 < steps; k0 += chunk) {
        if (cancelled && cancelled()) {
            Relevance none;
            none.cancelled = true;
            return none;
        }
        if (progress) progress(k0, steps);
        const int64_t n = std::min<int64_t>(chunk, steps - k0);
        const auto opts = x.text.defined() ? x.text.options() : x.patches.options();
        const torch::Tensor alpha = (torch::arange(k0, k0 + n, opts) + 0.5) / double(steps);
        InputEmbeddings path{scaled(x.text, alpha), scaled(x.patches, alpha)};
        const ModelOutput out = model->forward(repeated(b, n), path);
        std::vector<torch::Tensor> inputs;
        if (path.text.defined()) inputs.push_back(path.text);
        if (path.patches.defined()) inputs.push_back(path.patches);
        const auto g = torch::autograd::grad({out.logits.select(1, cls).sum()}, inputs, {}, false, false,
                                             /*allow_unused=*/true);
        size_t gi = 0;
        auto accumulate = [&](torch::Tensor& sum, const torch::Tensor& input) {
            if (!input.defined()) return;
            const torch::Tensor gs = g[gi].defined() ? g[gi].sum(0).to(torch::kFloat64)
                                                     : torch::zeros_like(input[0], torch::kFloat64);
            ++gi;
            sum = sum.defined() ? sum + gs : gs;
        };
        accumulate(gradText, path.text);
        accumulate(gradPatches, path.patches);
    }
    double total = 0;
    if (x.text.defined()) {
        r.tokens = toCpuFloat((x.text[0].to(torch::kFloat64) * gradText / double(steps)).sum(-1));
        total += r.tokens.to(torch::kFloat64).sum().item<double>();
    }
    if (x.patches.defined()) {
        const torch::Tensor p = (x.patches[0].to(torch::kFloat64) * gradPatches / double(steps)).sum(-1);
        total += p.sum().item<double>();
        if (s.image) r.patches = toCpuFloat(p);
    }
    r.completenessGap = total - (r.classScore - r.baselineScore);
    return r;
}

} // namespace

Relevance explain(MultimodalModel& model, const ModelBatch& oneMeme, int classIndex, RelevanceMethod method,
                  int igSteps, const std::function<bool()>& cancelled,
                  const std::function<void(int64_t, int64_t)>& progress) {
    if (oneMeme.size() != 1) throw std::invalid_argument("explain: the batch must hold exactly one meme");
    if (classIndex < 0 || classIndex >= model->config().numLabels)
        throw std::invalid_argument("explain: class index " + std::to_string(classIndex) + " out of range");
    const torch::Device device = model->parameters().front().device();
    const ModelBatch b = oneMeme.to(device);
    EvalScope scope(model);
    const Shape s = shapeOf(model->config(), b);
    if (cancelled && cancelled()) {
        Relevance none;
        none.cancelled = true;
        return none;
    }
    switch (method) {
    case RelevanceMethod::RawAttention:
        return rawAttention(model, b, classIndex, s);
    case RelevanceMethod::Rollout:
        return gradientRollout(model, b, classIndex, s);
    case RelevanceMethod::IntegratedGradients:
        return integratedGradients(model, b, classIndex, s, igSteps, cancelled, progress);
    }
    throw std::invalid_argument("explain: unknown method");
}

} // namespace memescope::ml
