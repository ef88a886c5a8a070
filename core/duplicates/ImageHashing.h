#pragma once

#include "core/store/ImageHashStore.h"
#include "core/util/JobContext.h"

#include <QStringList>
#include <QVector>

namespace memescope {
struct DecodedImage;
struct OcrWord;
class ProjectStore;
} // namespace memescope

namespace memescope::duplicates {

// The stored form of an image's perceptual hash and caption-blind picture signature, from pixels already
// decoded for another purpose (OCR), with the boxes of the words OCR read on it (none: the signature
// compares the whole picture): an undecodable image keeps the decoder's message, a flat one says so.
StoredImageHash hashDecodedImage(const DecodedImage& image, int64_t sampleRowId, const QString& storedPath,
                                 const QVector<OcrWord>& words = {});

struct ImageHashSummary {
    int hashed = 0;     // hashes computed now
    int failed = 0;     // images without a hash (named in errors)
    QStringList errors; // "sample_id: message"
    bool cancelled = false;
};

// Computes the hashes the project lacks (images added or replaced since, a project made by a version that
// did not hash during OCR or kept no picture signatures): decodes each such image on all cores, masks the
// words its stored OCR found, stores results in small transactions (a cancelled job keeps what it
// finished). An undecodable image is named, never a stop.
class ImageHashJob {
public:
    static ImageHashSummary run(ProjectStore& store, const JobContext& job = {});
};

} // namespace memescope::duplicates
