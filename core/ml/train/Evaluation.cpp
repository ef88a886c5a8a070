#include "Evaluation.h"

#include "core/metrics/ThresholdTuning.h"
#include "core/ml/model/Losses.h"

namespace memescope::ml {

ModelOutputs runModel(MultimodalModel& model, const BatchBuilder& builder, const SampleLoader& loader,
                      const std::vector<int64_t>& indices, const torch::Device& device,
                      const InferenceOptions& options) {
    std::vector<std::vector<int64_t>> batches;
    for (size_t i = 0; i < indices.size(); i += size_t(options.batchSize))
        batches.emplace_back(indices.begin() + long(i),
                             indices.begin() + long(std::min(indices.size(), i + size_t(options.batchSize))));
    BatchPrefetcher prefetcher(std::move(batches), loader, builder, options.loaderThreads, 4);
    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> probs, targets, fused, text, image;
    ModelOutputs out;
    ModelBatch batch;
    std::vector<std::vector<std::string>> units;
    while (prefetcher.next(batch, &units)) {
        if (options.cancelled && options.cancelled()) break;
        const ModelBatch b = batch.to(device);
        const ModelOutput o = model->forward(b);
        probs.push_back(model->probabilities(o.logits).to(torch::kCPU));
        targets.push_back(batch.targets);
        fused.push_back(o.fused.to(torch::kCPU));
        if (o.textPooled.defined()) text.push_back(o.textPooled.to(torch::kCPU));
        if (o.imagePooled.defined()) image.push_back(o.imagePooled.to(torch::kCPU));
        if (options.attention) {
            const bool token = o.textToImage.defined();
            torch::Tensor mean = token ? o.textToImage.mean({1, 2}).to(torch::kCPU) : torch::Tensor();
            for (int64_t k = 0; k < b.size(); ++k) {
                torch::Tensor a;
                const bool hasImage = !b.imageMask.defined() || b.imageMask[k].item<float>() > 0.5f;
                if (token && hasImage)
                    a = mean[k]
                            .narrow(0, 0, int64_t(units[size_t(k)].size()))
                            .narrow(1, 1, mean.size(2) - 1)
                            .contiguous();
                out.attention.push_back(a);
                out.units.push_back(units[size_t(k)]);
            }
        }
    }
    if (wasTraining) model->train();
    if (!probs.empty()) {
        out.probabilities = torch::cat(probs);
        out.targets = torch::cat(targets);
        out.fused = torch::cat(fused);
        if (!text.empty()) out.text = torch::cat(text);
        if (!image.empty()) out.image = torch::cat(image);
    }
    return out;
}

std::vector<std::vector<int>> predictedRows(const torch::Tensor& probabilities, bool multiLabel,
                                            const torch::Tensor& thresholds) {
    const int64_t n = probabilities.size(0), c = probabilities.size(1);
    const torch::Tensor p = probabilities.to(torch::kFloat32).contiguous();
    const float* data = p.data_ptr<float>();
    torch::Tensor th = thresholds.defined() ? thresholds.to(torch::kCPU, torch::kFloat32).contiguous()
                                            : torch::full({c}, 0.5f);
    const float* t = th.data_ptr<float>();
    std::vector<std::vector<int>> rows(size_t(n), std::vector<int>(size_t(c), 0));
    for (int64_t i = 0; i < n; ++i)
        metrics::decideRow(data + i * c, size_t(c), multiLabel, t, size_t(c), rows[size_t(i)].data());
    return rows;
}

std::vector<std::vector<int>> targetRows(const torch::Tensor& targets, int64_t numLabels, bool multiLabel) {
    const int64_t n = targets.size(0);
    std::vector<std::vector<int>> rows(size_t(n), std::vector<int>(size_t(numLabels), 0));
    if (multiLabel) {
        const torch::Tensor t = targets.to(torch::kFloat32).contiguous();
        for (int64_t i = 0; i < n; ++i)
            for (int64_t j = 0; j < numLabels; ++j)
                rows[size_t(i)][size_t(j)] = t[i][j].item<float>() > 0.5f ? 1 : 0;
    } else {
        const torch::Tensor t = targets.to(torch::kLong).contiguous();
        for (int64_t i = 0; i < n; ++i)
            rows[size_t(i)][size_t(t[i].item<int64_t>())] = 1;
    }
    return rows;
}

double classificationLossOf(const ModelOutputs& out, bool multiLabel, const torch::Tensor& positiveWeight) {
    if (!out.probabilities.defined() || out.probabilities.size(0) == 0) return 0;
    const torch::Tensor p = out.probabilities.to(torch::kFloat).clamp(1e-7, 1 - 1e-7);
    // Logits that give back these probabilities: log-odds per label (sigmoid), log-probabilities (softmax:
    // log_softmax of log p is log p again, as the row sums to one).
    const torch::Tensor logits = multiLabel ? p.log() - (-p).log1p() : p.log();
    return classificationLoss(logits, out.targets, multiLabel, positiveWeight).item<double>();
}

metrics::Report scoreOutputs(const ModelOutputs& out, bool multiLabel, const torch::Tensor& thresholds) {
    if (!out.probabilities.defined()) return {};
    const int64_t c = out.probabilities.size(1);
    const auto predicted = predictedRows(out.probabilities, multiLabel, thresholds);
    return metrics::reportFromRows(targetRows(out.targets, c, multiLabel), predicted, multiLabel, int(c));
}

double checkpointScore(const metrics::Report& r) {
    const double s = r.macroF1 + r.weightedF1;
    return s > 0 ? 2 * r.macroF1 * r.weightedF1 / s : 0;
}

torch::Tensor tuneThresholds(const torch::Tensor& probabilities, const torch::Tensor& targets) {
    const torch::Tensor p = probabilities.to(torch::kCPU, torch::kFloat64).contiguous();
    const torch::Tensor y = targets.to(torch::kCPU, torch::kFloat32).contiguous();
    const int64_t n = p.size(0), c = p.size(1);
    std::vector<std::vector<double>> probs(size_t(n), std::vector<double>(static_cast<size_t>(c)));
    std::vector<std::vector<int>> truth(size_t(n), std::vector<int>(static_cast<size_t>(c)));
    const double* pp = p.data_ptr<double>();
    const float* yy = y.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < c; ++j) {
            probs[size_t(i)][size_t(j)] = pp[i * c + j];
            truth[size_t(i)][size_t(j)] = yy[i * c + j] > 0.5f ? 1 : 0;
        }
    const std::vector<double> t = metrics::tuneThresholds(probs, truth, int(c)).thresholds;
    return torch::tensor(std::vector<float>(t.begin(), t.end()));
}

} // namespace memescope::ml
