#pragma once

#include "DatasetFormat.h"

#include <QStringList>

namespace memescope {

class ProjectStore;

struct ExportOptions {
    DatasetFormat format = DatasetFormat::Auto; // Auto = the project's own layout (AxiOM, RESTORE or JSONL)
    bool copyImages = true;                     // hard-linked where possible, else copied
};

struct ExportSummary {
    QStringList files; // written, relative to the output folder
    int samples = 0;
    int images = 0;
};

// Writes a project back in the original dataset layouts (files written atomically), so that
// import -> export -> import gives the same samples, labels, splits and texts.
class DatasetExporter {
public:
    static ExportSummary exportProject(ProjectStore& store, const QString& outDir,
                                       const ExportOptions& options = {});
};

} // namespace memescope
