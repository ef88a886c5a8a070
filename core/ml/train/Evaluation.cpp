#include "Evaluation.h"

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
    for (int64_t i = 0; i < n; ++i) {
        const float* r = data + i * c;
        if (multiLabel) {
            for (int64_t j = 0; j < c; ++j)
                rows[size_t(i)][size_t(j)] = r[j] > t[j] ? 1 : 0;
        } else {
            rows[size_t(i)][size_t(std::max_element(r, r + c) - r)] = 1;
        }
    }
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

metrics::Report scoreOutputs(const ModelOutputs& out, bool multiLabel, const torch::Tensor& thresholds) {
    if (!out.probabilities.defined()) return {};
    const int64_t c = out.probabilities.size(1);
    const auto predicted = predictedRows(out.probabilities, multiLabel, thresholds);
    const auto truth = targetRows(out.targets, c, multiLabel);
    if (multiLabel) return metrics::multiLabelReport(truth, predicted, int(c));
    std::vector<int> yTrue, yPred;
    for (size_t i = 0; i < truth.size(); ++i) {
        yTrue.push_back(int(std::find(truth[i].begin(), truth[i].end(), 1) - truth[i].begin()));
        yPred.push_back(int(std::find(predicted[i].begin(), predicted[i].end(), 1) - predicted[i].begin()));
    }
    return metrics::singleLabelReport(yTrue, yPred, int(c));
}

double checkpointScore(const metrics::Report& r) {
    const double s = r.macroF1 + r.weightedF1;
    return s > 0 ? 2 * r.macroF1 * r.weightedF1 / s : 0;
}

torch::Tensor tuneThresholds(const torch::Tensor& probabilities, const torch::Tensor& targets) {
    const int64_t n = probabilities.size(0), c = probabilities.size(1);
    const torch::Tensor p = probabilities.to(torch::kFloat32).contiguous();
    const torch::Tensor y = targets.to(torch::kFloat32).contiguous();
    torch::Tensor th = torch::full({c}, 0.5f);
    for (int64_t j = 0; j < c; ++j) {
        double bestF1 = -1;
        float best = 0.5f;
        for (int step = 1; step <= 19; ++step) {
            const float t = 0.05f * float(step);
            int64_t tp = 0, fp = 0, fn = 0;
            for (int64_t i = 0; i < n; ++i) {
                const bool pred = p[i][j].item<float>() > t, truth = y[i][j].item<float>() > 0.5f;
                tp += pred && truth;
                fp += pred && !truth;
                fn += !pred && truth;
            }
            if (tp + fn == 0) break; // no positives: nothing to tune on
            const double f1 = 2.0 * double(tp) / double(2 * tp + fp + fn);
            // Ties go to the threshold closest to 0.5 (the untuned default), which generalises best.
            if (f1 > bestF1 + 1e-12 ||
                (std::abs(f1 - bestF1) <= 1e-12 && std::abs(t - 0.5f) < std::abs(best - 0.5f))) {
                bestF1 = f1;
                best = t;
            }
        }
        th[j] = best;
    }
    return th;
}

} // namespace memescope::ml
