// The CSV dataset reader (AxiOM variants and the generic layout) on arbitrary bytes: quoting, embedded
// newlines, odd encodings and ragged rows end up in the ImportReport, never in a crash or a hang.
#include "FuzzFile.h"
#include "core/dataset/DatasetReaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = fuzz::inputPath(".csv");
    fuzz::writeInput(path, data, size);
    memescope::ImportReport report;
    const auto records = memescope::DatasetReaders::readCsv(QString::fromStdString(path), report);
    for (const auto& r : records)
        if (r.sampleId.isEmpty()) std::abort();
    return 0;
}
