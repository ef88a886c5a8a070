// The JSON dataset readers (AxiOM / RESTORE arrays, JSON Lines) on arbitrary bytes: they must report
// problems in the ImportReport, never crash, hang or read out of bounds.
#include "FuzzFile.h"
#include "core/dataset/DatasetReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = fuzz::inputPath(".json");
    fuzz::writeInput(path, data, size);
    const QString file = QString::fromStdString(path);
    memescope::ImportReport report;
    const auto array = memescope::DatasetReaders::readJsonArray(file, report);
    const auto lines = memescope::DatasetReaders::readJsonLines(file, report);
    // The readers refuse records without an id (tst_import): none may slip through on odd input.
    for (const auto& r : array)
        if (r.sampleId.isEmpty()) std::abort();
    for (const auto& r : lines)
        if (r.sampleId.isEmpty()) std::abort();
    return 0;
}
