#include "BaselineFitting.h"

#include <QJsonArray>

#include <algorithm>

namespace memescope {
namespace {

QString number(double v) {
    return QString::number(v, 'g', 3);
}

} // namespace

std::vector<std::vector<double>> baselineProbabilities(const baseline::TfidfLogisticRegression& model,
                                                       const TrainingData& data,
                                                       const std::vector<int64_t>& indices) {
    return model.predictProba(data.utf8Texts(indices));
}

FittedBaseline fitBaseline(const TrainingData& data) {
    using baseline::TfidfLogisticRegression;
    FittedBaseline b;
    const bool multi = data.schema.isMultiLabel();
    const QStringList names = data.schema.names();
    b.fit =
        b.model.fitSelectingC(data.utf8Texts(data.train), data.labelLists(data.train),
                              data.utf8Texts(data.val), data.labelLists(data.val), data.schema.size(), multi);
    const baseline::BaselineFit& f = b.fit;
    QStringList byC;
    QJsonObject scores;
    for (const auto& [c, score] : f.scoreByC) {
        byC << QStringLiteral("C %1: %2").arg(number(c), QString::number(score, 'f', 3));
        scores.insert(number(c), score);
    }
    if (f.cChosen)
        b.notes << QStringLiteral("TF-IDF baseline: C = %1 chosen on the validation split (macro-F1 %2; %3)")
                       .arg(number(f.c), QString::number(f.validationMacroF1, 'f', 3), byC.join(", "));
    else
        b.notes << QStringLiteral(
                       "TF-IDF baseline: the validation split has %1 labelled memes, too few to choose "
                       "C (needs %2): C = %3, scikit-learn's default%4")
                       .arg(f.validationMemes)
                       .arg(TfidfLogisticRegression::kMinValidationMemes)
                       .arg(number(f.c))
                       .arg(multi ? ", and the thresholds stay at 0.5" : "");
    if (f.minDf != baseline::BaselineOptions{}.minDf)
        b.notes << QStringLiteral(
            "TF-IDF baseline: no word or character n-gram occurs in two training texts; "
            "every feature kept (min_df 1)");
    QJsonArray untuned;
    for (int l : f.untunedLabels)
        untuned.append(names.value(l));
    if (multi && f.cChosen) {
        QStringList tuned;
        for (int l = 0; l < int(f.thresholds.size()); ++l)
            if (std::find(f.untunedLabels.begin(), f.untunedLabels.end(), l) == f.untunedLabels.end())
                tuned << QStringLiteral("%1 %2").arg(names.value(l),
                                                     QString::number(f.thresholds[size_t(l)], 'f', 2));
        if (!tuned.isEmpty())
            b.notes << "TF-IDF baseline: decision thresholds tuned on the validation split: " +
                           tuned.join(", ");
        if (!untuned.isEmpty()) {
            QStringList u;
            for (const QJsonValue& v : untuned)
                u << v.toString();
            b.notes << QStringLiteral(
                           "TF-IDF baseline: thresholds left at 0.5 for %1: fewer than %2 validation "
                           "memes carry them")
                           .arg(u.join(", "))
                           .arg(TfidfLogisticRegression::kMinPositivesToTune);
        }
    }
    QJsonArray thresholds;
    for (double t : f.thresholds)
        thresholds.append(t);
    b.record = QJsonObject{{"c", f.c},
                           {"c_chosen", f.cChosen},
                           {"validation_macro_f1_by_c", scores},
                           {"validation_macro_f1", f.validationMacroF1},
                           {"min_df", f.minDf},
                           {"sublinear_tf", true},
                           {"features", qint64(b.model.featureCount())},
                           {"thresholds", thresholds},
                           {"untuned_labels", untuned},
                           {"notes", QJsonArray::fromStringList(b.notes)}};
    return b;
}

} // namespace memescope
