#include "ImageHashing.h"

#include "PerceptualHash.h"
#include "PictureSignature.h"
#include "core/imaging/ImageDecoder.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace memescope::duplicates {

StoredImageHash hashDecodedImage(const DecodedImage& image, int64_t sampleRowId, const QString& storedPath,
                                 const QVector<OcrWord>& words) {
    StoredImageHash h;
    h.sampleRowId = sampleRowId;
    h.imagePath = storedPath;
    if (!image.ok()) {
        h.error = image.error.isEmpty() ? QStringLiteral("the image could not be decoded") : image.error;
        return h;
    }
    h.phash = perceptualHash(image.rgb);
    if (!h.phash) {
        h.error = QStringLiteral("flat image (one colour): no picture to compare");
        return h;
    }
    std::vector<cv::Rect> boxes;
    boxes.reserve(size_t(words.size()));
    for (const OcrWord& w : words)
        boxes.emplace_back(w.box.x(), w.box.y(), w.box.width(), w.box.height());
    if (const auto picture = pictureSignature(image.rgb, boxes)) h.picture = picture->toBytes();
    return h;
}

ImageHashSummary ImageHashJob::run(ProjectStore& store, const JobContext& job) {
    ImageHashSummary summary;
    ImageHashStore hashes(store);
    OcrStore ocrStore(store);
    const QVector<ImageHashStore::Missing> missing = hashes.missing();
    const QString stage = QCoreApplication::translate("memescope::Progress", "hashing images for duplicates");
    const qint64 total = missing.size();
    constexpr int kChunk = 64; // one transaction and one progress report per chunk
    for (qint64 from = 0; from < total; from += kChunk) {
        if (job.cancelled()) {
            summary.cancelled = true;
            break;
        }
        job.progress({from, total, stage, -1, {}});
        const QVector<ImageHashStore::Missing> chunk = missing.mid(from, kChunk);
        // The words OCR found on each (read here, on this thread: the store is not shared across threads).
        QVector<QVector<OcrWord>> read;
        for (const ImageHashStore::Missing& m : chunk) {
            const std::optional<StoredOcr> ocr = ocrStore.load(m.sampleRowId);
            read.push_back(ocr && ocr->result.ok() ? ocr->result.words : QVector<OcrWord>());
        }
        const QVector<QVector<OcrWord>> words = std::move(read); // read from the workers: const, no detach
        QVector<int> order(chunk.size());
        std::iota(order.begin(), order.end(), 0);
        const QVector<StoredImageHash> results =
            QtConcurrent::blockingMapped(order, [&store, &chunk, &words](int i) {
                const ImageHashStore::Missing& m = chunk[i];
                const DecodedImage img = ImageDecoder::decodeFile(store.resolveStoredPath(m.imagePath));
                return hashDecodedImage(img, m.sampleRowId, m.imagePath, words[i]);
            });
        hashes.save(results);
        for (int i = 0; i < results.size(); ++i) {
            if (results[i].phash)
                ++summary.hashed;
            else {
                ++summary.failed;
                summary.errors << chunk[i].sampleId + ": " + results[i].error;
            }
        }
    }
    job.progress({total, total, stage, 0, {}});
    return summary;
}

} // namespace memescope::duplicates
