#pragma once

#include "core/store/ImageHashStore.h"
#include "core/util/JobContext.h"

#include <QStringList>

namespace memescope {
struct DecodedImage;
class ProjectStore;
} // namespace memescope

namespace memescope::duplicates {

// The stored form of an image's perceptual hash, from pixels already decoded for another purpose (OCR):
// an undecodable image keeps the decoder's message, a flat one says so.
StoredImageHash hashDecodedImage(const DecodedImage& image, int64_t sampleRowId, const QString& storedPath);

struct ImageHashSummary {
    int hashed = 0;     // hashes computed now
    int failed = 0;     // images without a hash (named in errors)
    QStringList errors; // "sample_id: message"
    bool cancelled = false;
};

// Computes the hashes the project lacks (images added or replaced since, a project made by a version that
// did not hash during OCR): decodes each such image on all cores, stores results in small transactions
// (a cancelled job keeps what it finished). An undecodable image is named, never a stop.
class ImageHashJob {
public:
    static ImageHashSummary run(ProjectStore& store, const JobContext& job = {});
};

} // namespace memescope::duplicates
