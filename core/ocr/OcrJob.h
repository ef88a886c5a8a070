#pragma once

#include "OcrEngine.h"
#include "core/util/JobContext.h"

#include <QStringList>

namespace memescope {

class ProjectStore;

struct OcrJobOptions {
    OcrSettings settings;
    int threads = 0;     // 0 = all cores
    bool force = false;  // re-run images already done
    int writeBatch = 32; // results per transaction
};

struct OcrJobProgress {
    int done = 0, total = 0, failed = 0;
    QString lastSampleId;
};

struct OcrJobSummary {
    int total = 0;      // images considered
    int processed = 0;  // recognised now
    int skipped = 0;    // already done, not forced
    int failed = 0;     // unreadable images (reported, not fatal)
    QStringList errors; // "sample_id: message"
    bool cancelled = false;
    double seconds = 0;
    int threads = 0;
};

// OCR over a whole project: every sample with an image, on a pool of threads each owning its own
// Tesseract engine; results are written by the calling thread (which owns the database connection) in
// small transactions as they arrive, so a cancelled or killed run keeps what it finished. Progress (detail:
// OcrJobProgress) follows every image; cancellation is checked between images. An unreadable image is a
// per-sample error (stored, reported), never a stop. Blocking: call it from a worker thread (GUI) or the
// CLI's main thread.
class OcrJob {
public:
    static OcrJobSummary run(ProjectStore& store, const OcrJobOptions& options, const JobContext& job = {});
};

} // namespace memescope

Q_DECLARE_METATYPE(memescope::OcrJobProgress)
