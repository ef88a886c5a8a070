#include "LeakFreeRefresh.h"

#include "ProjectDuplicates.h"
#include "core/analysis/EvaluationReport.h"
#include "core/analysis/RunSummary.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SplitSchemeStore.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace memescope::duplicates {

int refreshLeakFreeFigures(ProjectStore& store, const JobContext& job, bool everyRun) {
    const DuplicateSettings current = ProjectDuplicates::projectSettings(store);
    RunStore runs(store);
    const LabelSchema schema = store.labelSchema();
    std::optional<QVector<SampleRecord>> samples; // read once, and only when a run is to be redone
    QHash<QString, QHash<int64_t, Split>> splitsByScheme;
    QHash<QString, LeakedMemes> leakedByScheme;
    const QVector<RunRecord> all = runs.runs();
    const QString stage = QCoreApplication::translate("memescope::Progress", "updating leak-free figures");
    int updated = 0;
    for (qsizetype k = 0; k < all.size(); ++k) {
        if (job.cancelled()) break;
        job.progress({k, all.size(), stage, -1, {}});
        const RunRecord& run = all[k];
        if (run.status != RunStatus::Finished || !run.summary.contains("test")) continue;
        if (!everyRun) {
            const std::optional<LeakFreeFigures> stored = RunSummary::of(run).test.leakFree;
            if (stored && stored->textThreshold == current.textThreshold &&
                stored->imageDistance == current.imageDistance)
                continue; // up to date
        }
        const QHash<int64_t, QVector<float>> predictions = runs.predictions(run.id);
        if (predictions.isEmpty()) continue;
        QString scheme = run.summary.value("split_scheme").toString();
        if (scheme.isEmpty()) scheme = QStringLiteral("original");
        if (!splitsByScheme.contains(scheme)) {
            try {
                splitsByScheme.insert(scheme, SplitSchemeStore(store).load(scheme));
                leakedByScheme.insert(scheme,
                                      ProjectDuplicates::leakedTestMemes(store, job.part({}), scheme));
            } catch (const StoreError&) { // its split scheme was removed since: the run keeps what it had
                splitsByScheme.insert(scheme, {});
            }
            if (job.cancelled()) break; // leaked memes of a cancelled search would be too few
        }
        if (!leakedByScheme.contains(scheme)) continue;
        const QHash<int64_t, Split>& splits = splitsByScheme[scheme];
        QVector<QVector<float>> probabilities;
        QVector<QVector<int>> truth;
        QVector<int64_t> rowIds;
        if (!samples) samples = SampleStore(store).loadAll();
        for (const SampleRecord& s : *samples) {
            if (splits.value(s.id, Split::Unassigned) != Split::Test || !s.labelMask) continue;
            const auto p = predictions.constFind(s.id);
            if (p == predictions.cend()) continue;
            const QVector<int> labels = schema.indicesOf(*s.labelMask);
            if (!schema.isMultiLabel() && labels.size() != 1) continue; // single-label needs one class
            probabilities << *p;
            truth << labels;
            rowIds << s.id;
        }
        if (probabilities.isEmpty()) continue;
        const LeakFreeFigures figures = leakFreeFigures(probabilities, truth, rowIds, leakedByScheme[scheme],
                                                        schema, RunSummary::of(run).thresholds);
        QJsonObject summary = run.summary;
        QJsonObject test = summary.value("test").toObject();
        test.insert("leak_free", figures.toJson());
        summary.insert("test", test);
        runs.setSummary(run.id, summary, run.checkpointPath);
        ++updated;
    }
    job.progress({all.size(), all.size(), stage, 0, {}});
    return updated;
}

} // namespace memescope::duplicates
