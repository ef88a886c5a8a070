#pragma once

#include <cstdint>
#include <vector>

namespace memescope::metrics {

struct ClassScores {
    int label = 0;
    double precision = 0, recall = 0, f1 = 0;
    int64_t support = 0; // true instances
    int64_t tp = 0, fp = 0, fn = 0;
};

struct Report {
    std::vector<ClassScores> perClass; // one entry per label considered, in label order
    double accuracy = 0;               // single-label: fraction correct; multi-label: exact-match ratio
    double macroPrecision = 0, macroRecall = 0, macroF1 = 0;
    double weightedPrecision = 0, weightedRecall = 0, weightedF1 = 0;
    double microPrecision = 0, microRecall = 0, microF1 = 0;
};

// Which labels the averages run over, as scikit-learn: by default the labels present in y_true or y_pred
// (single-label) or every column (multi-label indicator matrices); AllLabels includes labels that never
// occur, which then score 0.
enum class LabelSet { Present, AllLabels };

// scikit-learn conventions (precision_recall_fscore_support / f1_score / accuracy_score): F1 = 2tp /
// (2tp + fp + fn); every 0/0 (precision with nothing predicted, recall with nothing true, F1 with neither)
// is 0 -- sklearn's zero_division default; weighted averages use the true support as weights (0 when the
// total support is 0); micro averages pool tp/fp/fn over labels.
Report singleLabelReport(const std::vector<int>& yTrue, const std::vector<int>& yPred, int numLabels,
                         LabelSet labels = LabelSet::Present);
// Multi-label: rows of 0/1 per label (sample-major), numLabels columns.
Report multiLabelReport(const std::vector<std::vector<int>>& yTrue,
                        const std::vector<std::vector<int>>& yPred, int numLabels);

// numLabels x numLabels, [true][predicted].
std::vector<std::vector<int64_t>> confusionMatrix(const std::vector<int>& yTrue,
                                                  const std::vector<int>& yPred, int numLabels);
// Per label [[tn, fp], [fn, tp]] (sklearn's multilabel_confusion_matrix layout).
std::vector<std::vector<std::vector<int64_t>>> multiLabelConfusion(const std::vector<std::vector<int>>& yTrue,
                                                                   const std::vector<std::vector<int>>& yPred,
                                                                   int numLabels);
// Co-occurrence of true label i with predicted label j over samples: [true][predicted].
std::vector<std::vector<int64_t>> labelCooccurrence(const std::vector<std::vector<int>>& yTrue,
                                                    const std::vector<std::vector<int>>& yPred,
                                                    int numLabels);

} // namespace memescope::metrics
