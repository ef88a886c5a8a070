#pragma once

#include "DatasetRecord.h"
#include "ImportReport.h"

#include <QVector>

namespace memescope {

// Turn dataset files into DatasetRecords. Problems with single records go into the report (skipped,
// with file, index and reason); a file that cannot be read or parsed at all is one skipped entry with
// index -1 and yields no records. None of these throw.
class DatasetReaders {
public:
    // AxiOM / RESTORE / *_llava_dataset.json: a JSON array of objects.
    static QVector<DatasetRecord> readJsonArray(const QString& path, ImportReport& report);
    // JSON Lines: one object per line (generic layout).
    static QVector<DatasetRecord> readJsonLines(const QString& path, ImportReport& report);
    // CSV: AxiOM's variants (sample_id, ocr_text, meme_anxiety_categories[, triples]; or label-only) and
    // the generic layout (sample_id|id, text|ocr_text, labels|label, split, image).
    static QVector<DatasetRecord> readCsv(const QString& path, ImportReport& report);

    // Reads a whole file as UTF-8; returns false with a message naming the problem.
    static bool readTextFile(const QString& path, QString& text, QString& error);
};

} // namespace memescope
