#include "WideAndDeep.h"
#include "ModelSession.h"
#include "core/baseline/Blend.h"
#include "core/metrics/ThresholdTuning.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace memescope {
namespace {

std::vector<double> toStd(const QVector<float>& v) {
    return std::vector<double>(v.begin(), v.end());
}

QVector<float> toQt(const std::vector<double>& v) {
    QVector<float> out;
    out.reserve(int(v.size()));
    for (double x : v)
        out << float(x);
    return out;
}

std::vector<double> thresholdsFor(const std::vector<std::vector<double>>& probs,
                                  const std::vector<std::vector<int>>& truth, bool multi, int numLabels) {
    if (!multi) return std::vector<double>(size_t(numLabels), 0.5);
    return metrics::tuneThresholds(probs, truth, numLabels,
                                   baseline::TfidfLogisticRegression::kMinPositivesToTune)
        .thresholds;
}

double validationScore(const std::vector<std::vector<double>>& probs,
                       const std::vector<std::vector<int>>& truth, bool multi, int numLabels) {
    return metrics::macroF1(probs, truth, multi, thresholdsFor(probs, truth, multi, numLabels));
}

// Probability rows (missing ones as zeros) and 0/1 truth rows of a split.
void rowsOf(const TrainingData& data, const std::vector<int64_t>& split,
            const QHash<int64_t, QVector<float>>& probabilities, std::vector<std::vector<double>>& probs,
            std::vector<std::vector<int>>& truth) {
    const int K = data.schema.size();
    for (int64_t i : split)
        probs.push_back(toStd(probabilities.value(data.samples[i].rowId, QVector<float>(K, 0.f))));
    truth = metrics::labelIndicators(data.labelLists(split), K);
}

} // namespace

WideChoice chooseWideWeight(const TrainingData& data, const QHash<int64_t, QVector<float>>& network,
                            const FittedBaseline& wide) {
    WideChoice choice;
    const bool multi = data.schema.isMultiLabel();
    const int K = data.schema.size();
    std::vector<std::vector<double>> net;
    std::vector<std::vector<int>> truth;
    rowsOf(data, data.val, network, net, truth);
    if (int(data.val.size()) < baseline::TfidfLogisticRegression::kMinValidationMemes) {
        choice.notes << QStringLiteral(
                            "wide-and-deep: the validation split has %1 labelled memes, too few to "
                            "weigh the TF-IDF part (needs %2): the network alone")
                            .arg(data.val.size())
                            .arg(baseline::TfidfLogisticRegression::kMinValidationMemes);
        choice.record = QJsonObject{{"weight", 0.0}, {"chosen", false}};
        return choice;
    }
    const auto tfidf = baselineProbabilities(wide.model, data, data.val);
    QJsonObject byWeight;
    double best = -1, networkAlone = 0, baselineAlone = 0;
    for (double w : baseline::blendWeightGrid()) {
        const double score = validationScore(baseline::blend(net, tfidf, w), truth, multi, K);
        byWeight.insert(QString::number(w, 'f', 1), score);
        if (w == 0) networkAlone = score;
        if (w == 1) baselineAlone = score;
        if (score > best + 1e-12) {
            best = score;
            choice.weight = w;
        }
    }
    choice.notes << QStringLiteral("wide-and-deep: TF-IDF part weighted %1 (validation macro-F1 %2; network "
                                   "alone %3, TF-IDF baseline alone %4)")
                        .arg(choice.weight, 0, 'f', 1)
                        .arg(best, 0, 'f', 3)
                        .arg(networkAlone, 0, 'f', 3)
                        .arg(baselineAlone, 0, 'f', 3);
    // For the record only (the weight is chosen above, on validation): what the network alone scores on
    // the test split, with its own validation-tuned thresholds, so a reader sees what the TF-IDF part adds.
    std::vector<std::vector<double>> testNet;
    std::vector<std::vector<int>> testTruth;
    rowsOf(data, data.test, network, testNet, testTruth);
    const double networkAloneTest =
        metrics::macroF1(testNet, testTruth, multi, thresholdsFor(net, truth, multi, K));
    choice.record = QJsonObject{{"weight", choice.weight},
                                {"chosen", true},
                                {"validation_macro_f1_by_weight", byWeight},
                                {"validation_macro_f1", best},
                                {"network_alone_test_macro_f1", networkAloneTest},
                                {"baseline", wide.record}};
    return choice;
}

QVector<float> blendRow(const QVector<float>& network, const QString& text, const WidePart& wide) {
    if (wide.weight <= 0) return network;
    const auto tfidf = wide.model.predictProba({text.toStdString()}).front();
    if (int(tfidf.size()) != network.size()) return network;
    return toQt(baseline::blend(toStd(network), tfidf, wide.weight));
}

void blendProbabilities(QHash<int64_t, QVector<float>>& probabilities, const TrainingData& data,
                        const WidePart& wide) {
    if (wide.weight <= 0) return;
    for (const TrainingSample& s : data.samples) {
        auto it = probabilities.find(s.rowId);
        if (it != probabilities.end()) *it = blendRow(*it, s.text, wide);
    }
}

void saveWidePart(const QString& modelDir, const baseline::TfidfLogisticRegression& model,
                  const WideChoice& choice) {
    try {
        model.save(QDir(modelDir).filePath("wide.model").toStdString());
    } catch (const std::runtime_error& e) {
        throw EngineError(QString::fromStdString(e.what()));
    }
    QSaveFile f(QDir(modelDir).filePath("wide.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(choice.record).toJson()) < 0 || !f.commit())
        throw EngineError(f.fileName() + ": cannot write: " + f.errorString());
}

std::optional<WidePart> loadWidePart(const QString& modelDir) {
    const QString jsonPath = QDir(modelDir).filePath("wide.json");
    if (!QFileInfo::exists(jsonPath)) return std::nullopt;
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly)) throw EngineError(jsonPath + ": cannot read: " + f.errorString());
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
    const double weight = d.object().value("weight").toDouble(-1);
    if (err.error != QJsonParseError::NoError || !d.isObject() || !(weight >= 0 && weight <= 1))
        throw EngineError(jsonPath + ": not a wide-and-deep record (needs a \"weight\" between 0 and 1)");
    WidePart part;
    part.weight = weight;
    if (weight > 0) {
        try {
            part.model =
                baseline::TfidfLogisticRegression::load(QDir(modelDir).filePath("wide.model").toStdString());
        } catch (const std::runtime_error& e) {
            throw EngineError(QString::fromStdString(e.what()));
        }
    }
    return part;
}

} // namespace memescope
