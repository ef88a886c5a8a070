#pragma once

#include <vector>

#include "RunTraining.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <functional>

namespace memescope {

class ProjectStore;

// One ablation study: a base config, named variants (each a set of overrides of the base), seeds.
struct AblationSpec {
    QString name = "ablation";
    QJsonObject base{{"preset", "tiny"}};
    QVector<QPair<QString, QJsonObject>> variants;
    int seeds = 1, firstSeed = 42;
    int epochs = 0; // 0: as the configs say
    QString device = "auto";

    // Either a list of configs ([{"name": "full"}, {"name": "text-only", "image_encoder": "off"}]) or
    // {"name": ..., "base": {...}, "configs": [...], "seeds": N, "epochs": N}. Errors name `file`.
    static AblationSpec fromJson(const QByteArray& json, const QString& file);
    // Every switch of the engine against the full model: contrastive, MoE, fusion kinds, text-only,
    // image-only, OCR source, figurative reasoning, and the TF-IDF baseline.
    static AblationSpec standard();
    // The variant's name in words ("Without mixture of experts"), for dialogs and reports; the name
    // itself for an unknown variant.
    static QString describe(const QString& variant);
    QJsonObject toJson() const;
};

// How long a study will take here, from the epochs this project's earlier runs took. A variant whose model
// (every setting that changes the arithmetic per meme) trained here before takes its own measured epoch
// time; any other is scaled from the measured runs by its arithmetic per meme (ml::trainingFlopsPerSample):
// a variant without the image encoder trains many times faster than the full model, and the estimate says
// so. Each run adds the measured time outside its epochs (setting up, scoring every meme). Variants with
// frozen encoders train from the feature cache: their epochs cost the trainable part only, and the cache
// is counted once for all the variants that share it.
struct AblationEstimate {
    int runs = 0;               // variants x seeds
    int neuralEpochs = 0;       // epochs over all neural runs (the TF-IDF baseline trains in seconds)
    double totalSeconds = 0;    // the whole study; 0: nothing measured yet
    double secondsPerEpoch = 0; // the median measured epoch of the study's first neural variant
    int measuredEpochs = 0;     // how many measured epochs of this project the estimate rests on
    int variantsMeasured = 0;   // neural variants whose own epoch time was measured here
    int neuralVariants = 0;
    double secondsPerRun = 0; // the median time a run spent outside its epochs
    // Frozen encoders: building their feature cache, once per distinct set of frozen encoders (measured
    // build rate where a run here built one, else scaled by the frozen layers' arithmetic); in totalSeconds.
    double cacheBuildSeconds = 0;
    bool upperBound = false; // early stopping may end runs sooner
    double seconds() const { return totalSeconds; }
    bool known() const { return totalSeconds > 0; }
};
AblationEstimate estimateAblation(ProjectStore& store, const AblationSpec& spec);

// An epoch's seconds as a fixed part (data loading, the optimizer's bookkeeping) plus a part proportional to
// the arithmetic per meme: the least-squares line through (arithmetic, median epoch seconds), one point per
// model measured; through the origin when only one cost was measured, or when the line would have a
// negative slope or intercept (noise).
struct EpochCostFit {
    double fixedSeconds = 0, secondsPerFlop = 0;
    bool known() const { return secondsPerFlop > 0; }
    double secondsFor(double flops) const { return fixedSeconds + secondsPerFlop * flops; }
};
EpochCostFit fitEpochCost(const std::vector<std::pair<double, double>>& points);

// One finished run of the study.
struct AblationRow {
    QString variant;
    int seed = 0;
    qint64 runId = 0;
    double valMacroF1 = 0, testMacroF1 = 0, testWeightedF1 = 0, testAccuracy = 0, seconds = 0;
    // The network's own test macro-F1 without the TF-IDF blend that validation may have chosen (the test
    // figure above includes it): a text-only variant blended with the TF-IDF part can equal the baseline and
    // say nothing about the network. -1: not a network (the TF-IDF baseline).
    double networkAloneTestMacroF1 = -1;
    bool blended = false; // the TF-IDF part had a weight above 0
    QJsonObject toJson() const;
    static AblationRow fromJson(const QJsonObject& o); // missing keys of older studies: their defaults
};

struct AblationAggregate {
    QString variant;
    int runs = 0;
    // mean and sample standard deviation (n - 1; 0 for a single run)
    double testMacroF1 = 0, testMacroF1Std = 0, testWeightedF1 = 0, testWeightedF1Std = 0;
    double testAccuracy = 0, testAccuracyStd = 0, valMacroF1 = 0, valMacroF1Std = 0;
    // The mean over seeds of the network alone (AblationRow); networkAloneKnown false for the baseline and
    // for studies stored before it was kept; blended: some seed's test figure includes the TF-IDF part.
    double networkAloneMacroF1 = 0;
    bool networkAloneKnown = false, blended = false;
    // The variant's seed-averaged predictions on the test memes (AblationSignificance): their macro-F1 with a
    // 95 % interval over the memes, and the Holm-corrected randomisation test against the first variant.
    bool significanceKnown = false;
    double averagedMacroF1 = 0, averagedLow = 0, averagedHigh = 0;
    bool intervalShown = false, reference = false;
    double pValue = 1, pHolm = 1;
    bool survives = false;
    // A row of the stored table (AblationResult's "table"); missing keys of older studies: their defaults.
    QJsonObject toJson() const;
    static AblationAggregate fromJson(const QJsonObject& o);
};
// "0.612 (0.55–0.67)" and "reference" / "p = 0.03 (Holm 0.06) · noise?" for a row: the table.md cells, also
// the Ablation dialog's; "—" when the study's significance is not known.
QString ablationSignificanceCell(const AblationAggregate& a);
QString ablationTestCell(const AblationAggregate& a, bool inReadersLanguage = true);
// "0.612" (the network without the TF-IDF part; " *" when some seed's test figure blended it in) or "—".
QString ablationNetworkAloneCell(const AblationAggregate& a);

// Rows grouped by variant in first-appearance order.
QVector<AblationAggregate> aggregateAblation(const QVector<AblationRow>& rows);
QString ablationCsv(const QVector<AblationAggregate>& table);
QString ablationMarkdown(const QVector<AblationAggregate>& table);

// Where a study stands: run (0-based) of count, its variant and seed, and that run's training progress.
struct AblationProgress {
    int run = 0, count = 0;
    QString variant;
    int seed = 0;
    TrainingProgress training;

    JobProgress toJobProgress() const; // finished runs as the bar, this as the detail
};

struct AblationResult {
    qint64 ablationId = 0;
    bool cancelled = false;
    QVector<AblationRow> rows;
    QVector<AblationAggregate> table;
    QString csvPath, markdownPath;
    QJsonObject toJson() const;
};

// Runs variants x seeds one after another into outDir/<variant>/seed-<n>/ (a run already finished there is
// reused, so an interrupted study continues), writes outDir/table.csv and table.md, stores it in the project.
// Reports through `job`: progress (detail: AblationProgress), notes, and each finished run's AblationRow as a
// record; cancellation stops the current run within a batch.
AblationResult runAblation(ProjectStore& store, const AblationSpec& spec, const QString& outDir,
                           const JobContext& job = {});

} // namespace memescope

Q_DECLARE_METATYPE(memescope::AblationProgress)
Q_DECLARE_METATYPE(memescope::AblationRow)
