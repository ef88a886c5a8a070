#pragma once

#include "core/util/JobContext.h"

#include <QString>
#include <QStringList>

namespace memescope {

class ProjectStore;

struct ReportResult {
    QString path;
    QStringList sections; // headings written, in order
    int images = 0;
    int pages = 0; // PDF only
};

// The analysis report of one run: dataset summary, run config, metrics tables (validation, test, per
// class), training curves, confusion matrix, the ablation table and chart (see below), and pages of the
// most confident mistakes with the relevance of each image for the label the model wrongly gave (stored
// attention when the run's model cannot be loaded). HTML is self-contained (images
// embedded as data URIs); PDF is laid out by QTextDocument on A4. The format follows the file extension
// (.html / .htm / .pdf). Throws memescope::Error naming the file and the problem.
// Progress counts the sections; a cancelled job writes nothing.
// The project's latest ablation study goes in when the run is one of its runs or with `includeAblation`.
ReportResult writeRunReport(ProjectStore& store, qint64 runId, const QString& outPath, int examples = 8,
                            const JobContext& job = {}, bool includeAblation = false);

} // namespace memescope
