#pragma once

#include "OcrTypes.h"

#include <QHash>
#include <QVector>
#include <optional>

namespace memescope {

class ProjectStore;

struct StoredOcr {
    int64_t sampleRowId = 0;
    QString engine, engineVersion, settingsJson;
    OcrResult result;
};

// OCR results in the project: one row per sample (the latest run), engine + version + settings recorded.
class OcrStore {
public:
    explicit OcrStore(ProjectStore& store)
        : store_(store) {}
    void save(const QVector<StoredOcr>& results); // one transaction
    std::optional<StoredOcr> load(int64_t sampleRowId);
    QHash<int64_t, QString> doneSamples(); // sample row id -> error ('' when fine)
    QHash<int64_t, QString> recognizedTexts(); // sample row id -> OCR'd text (non-empty ones)
    int count();

private:
    ProjectStore& store_;
};

} // namespace memescope
