#pragma once

#include "DatasetFormat.h"
#include "ImportReport.h"
#include "core/store/LabelSchema.h"
#include "core/util/JobContext.h"

#include <QStringList>
#include <optional>

namespace memescope {

class ProjectStore;

struct ImportOptions {
    DatasetFormat format = DatasetFormat::Auto;
    uint32_t splitSeed = 42;      // AxiOM's 7:1 train/validation split
    std::optional<TaskKind> task; // generic CSV/JSONL: single- or multi-label (else inferred)
    QStringList labelOrder;       // generic CSV/JSONL: label names in order (else first seen)
};

// Imports a dataset file or folder into a project in ONE transaction: either every usable record lands
// (with its import report) or, on a crash or error, nothing does. Records that cannot be used are
// listed in the returned report; the rest import. Throws StoreError only for problems that stop the whole
// import (no dataset files, a label schema that contradicts the project's, a database failure). Each file
// read and each stage is reported through `job` as progress (files read of all files).
class DatasetImporter {
public:
    static ImportReport importPath(ProjectStore& store, const QString& path,
                                   const ImportOptions& options = {}, const JobContext& job = {});
};

} // namespace memescope
