#include "OcrJob.h"

#include "OcrStore.h"
#include "core/duplicates/ImageHashing.h"
#include "core/imaging/ImageDecoder.h"
#include "core/store/ImageHashStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace memescope {
namespace {

struct WorkItem {
    int64_t rowId;
    QString sampleId;
    QString path;
    QString storedPath;
};

struct Done {
    int64_t rowId;
    QString sampleId;
    OcrResult result;
    StoredImageHash hash; // computed from the same decoded pixels (duplicate detection)
};

} // namespace

OcrJobSummary OcrJob::run(ProjectStore& store, const OcrJobOptions& options, const JobContext& job) {
    QElapsedTimer timer;
    timer.start();
    OcrEngine::parseStrategy(
        options.settings.strategy); // a bad setting fails even when nothing is left to do
    OcrJobSummary summary;
    OcrStore ocrStore(store);
    const QHash<int64_t, QString> done = options.force ? QHash<int64_t, QString>() : ocrStore.doneSamples();
    QVector<WorkItem> work;
    for (const SampleRecord& s : SampleStore(store).loadAll()) {
        if (s.imagePath.isEmpty() || s.imageStatus == ImageStatus::Missing ||
            s.imageStatus == ImageStatus::NotGiven)
            continue;
        ++summary.total;
        if (done.contains(s.id)) {
            ++summary.skipped;
            continue;
        }
        work.push_back({s.id, s.sampleId, store.resolveStoredPath(s.imagePath), s.imagePath});
    }
    const int threads = std::max(
        1, std::min(options.threads > 0 ? options.threads : QThread::idealThreadCount(), int(work.size())));
    summary.threads = threads;
    if (work.isEmpty()) {
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }

    // Engines are created up front on this thread so a bad language setting fails before any work starts.
    std::vector<std::unique_ptr<OcrEngine>> engines;
    for (int i = 0; i < threads; ++i)
        engines.push_back(std::make_unique<OcrEngine>(options.settings));

    std::atomic<int> next{0};
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Done> finished;
    int workersLeft = threads;
    auto cancelled = [&] { return job.cancelled(); };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            OcrEngine& engine = *engines[t];
            while (!cancelled()) {
                const int i = next.fetch_add(1);
                if (i >= work.size()) break;
                // One decode serves OCR and the perceptual hash (no second pass over the images).
                OcrResult r;
                const DecodedImage img = ImageDecoder::decodeFile(work[i].path);
                if (!img.ok()) {
                    r.error = img.error;
                } else {
                    try {
                        r = engine.recognize(img.rgb);
                    } catch (const std::exception& e) {
                        r.error = work[i].path + ": " + QString::fromUtf8(e.what());
                    }
                }
                // The picture signature leaves out the blocks where OCR found words.
                StoredImageHash hash =
                    duplicates::hashDecodedImage(img, work[i].rowId, work[i].storedPath, r.words);
                std::lock_guard lock(mutex);
                finished.push_back({work[i].rowId, work[i].sampleId, std::move(r), std::move(hash)});
                ready.notify_one();
            }
            std::lock_guard lock(mutex);
            --workersLeft;
            ready.notify_one();
        });
    }

    const QString version = OcrEngine::tesseractVersion();
    const QString settingsJson =
        QString::fromUtf8(QJsonDocument(options.settings.toJson()).toJson(QJsonDocument::Compact));
    OcrJobProgress p;
    p.total = int(work.size());
    QVector<StoredOcr> batch;
    QVector<StoredImageHash> hashes;
    ImageHashStore hashStore(store);
    auto flush = [&] {
        if (batch.isEmpty()) return;
        Transaction tx(store);
        ocrStore.save(batch);
        hashStore.save(hashes);
        tx.commit();
        batch.clear();
        hashes.clear();
    };
    try {
        for (;;) {
            std::deque<Done> got;
            bool allDone = false;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return !finished.empty() || workersLeft == 0; });
                got.swap(finished);
                allDone = workersLeft == 0 && got.empty();
            }
            if (allDone) break;
            for (Done& d : got) {
                if (!d.result.ok()) {
                    ++summary.failed;
                    ++p.failed;
                    summary.errors << d.sampleId + ": " + d.result.error;
                }
                batch.push_back(
                    {d.rowId, OcrEngine::engineName(), version, settingsJson, std::move(d.result)});
                hashes.push_back(std::move(d.hash));
                ++summary.processed;
                ++p.done;
                p.lastSampleId = d.sampleId;
            }
            if (batch.size() >= options.writeBatch) flush();
            job.progress({p.done, p.total,
                          QCoreApplication::translate("memescope::Progress", "reading text (OCR)"), -1,
                          QVariant::fromValue(p)});
        }
        flush();
    } catch (...) {
        // A database failure (disk full, ...) stops the job: let the workers finish, then report it.
        next.store(int(work.size()));
        for (auto& th : pool)
            th.join();
        throw;
    }
    for (auto& th : pool)
        th.join();
    summary.cancelled = cancelled() && summary.processed < work.size();
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace memescope
