#include "TrainingData.h"

#include "core/imaging/ClipPreprocessor.h"
#include "core/imaging/ImageDecoder.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SplitSchemeStore.h"

namespace memescope {

TrainingData TrainingData::load(ProjectStore& store, const TextChoice& text, bool useImages,
                                const QString& splitScheme) {
    TrainingData d;
    d.schema = store.labelSchema();
    OcrStore ocr(store);
    QVector<SampleRecord> records = SampleStore(store).loadAll();
    if (!splitScheme.isEmpty() && splitScheme != QLatin1String(SplitSchemeStore::kOriginal)) {
        const QHash<int64_t, Split> splits = SplitSchemeStore(store).load(splitScheme);
        for (SampleRecord& r : records)
            r.split = splitToString(splits.value(r.id, Split::Unassigned));
        d.notes << QStringLiteral("split scheme '%1'").arg(splitScheme);
    }
    int missingOcr = 0;
    for (const SampleRecord& r : records) {
        TrainingSample s;
        s.rowId = r.id;
        s.sampleId = r.sampleId;
        s.split = r.split;
        if (text.source == ml::TextSource::Dataset) {
            s.text = r.ocrText;
        } else if (text.source == ml::TextSource::Ocr) {
            const auto stored = ocr.load(r.id);
            if (stored)
                s.text = stored->result.text;
            else
                ++missingOcr;
        }
        if (text.figurativeReasoning && !r.figurativeReasoning.isEmpty())
            s.text = s.text.isEmpty() ? r.figurativeReasoning : s.text + "\n" + r.figurativeReasoning;
        if (useImages && r.imageStatus == ImageStatus::Ok) s.imagePath = store.resolveStoredPath(r.imagePath);
        if (r.labelMask) s.labels = d.schema.indicesOf(*r.labelMask);
        // A single-label sample needs exactly one label to be used for training or scoring.
        const bool usable = d.schema.isMultiLabel() ? r.labelMask.has_value() : s.labels.size() == 1;
        const int64_t index = d.samples.size();
        d.samples << s;
        if (!usable)
            d.unlabelled.push_back(index);
        else if (r.split == "val")
            d.val.push_back(index);
        else if (r.split == "test")
            d.test.push_back(index);
        else if (r.split == "train")
            d.train.push_back(index);
        else
            d.unlabelled.push_back(index);
    }
    if (missingOcr > 0)
        d.notes << QStringLiteral(
                       "%1 samples have no Tesseract text yet (run OCR first); they train with empty text")
                       .arg(missingOcr);
    if (d.val.empty() && d.train.size() >= 8) {
        // No validation split: every 8th training sample (in stored order) validates, as the AxiOM import
        // does.
        std::vector<int64_t> train;
        for (size_t i = 0; i < d.train.size(); ++i)
            (i % 8 == 7 ? d.val : train).push_back(d.train[i]);
        d.train = train;
        d.notes << QStringLiteral("no validation split: %1 training samples (every 8th) validate instead")
                       .arg(d.val.size());
    }
    return d;
}

std::vector<int64_t> TrainingData::split(const QString& name) const {
    if (name == "train") return train;
    if (name == "val") return val;
    if (name == "test") return test;
    std::vector<int64_t> all(size_t(samples.size()));
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int64_t(i);
    return all;
}

QStringList TrainingData::texts(const std::vector<int64_t>& indices) const {
    QStringList out;
    for (int64_t i : indices)
        out << samples[i].text;
    return out;
}

std::vector<std::string> TrainingData::utf8Texts(const std::vector<int64_t>& indices) const {
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (int64_t i : indices)
        out.push_back(samples[i].text.toStdString());
    return out;
}

std::vector<std::vector<int>> TrainingData::labelLists(const std::vector<int64_t>& indices) const {
    std::vector<std::vector<int>> out;
    out.reserve(indices.size());
    for (int64_t i : indices)
        out.emplace_back(samples[i].labels.begin(), samples[i].labels.end());
    return out;
}

ImageCache::ImageCache(int size, int64_t budgetBytes)
    : size_(size)
    , budget_(budgetBytes) {}

std::vector<float> ImageCache::pixels(int64_t key, const QString& path) {
    if (path.isEmpty()) return {};
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = crops_.find(key);
        if (it != crops_.end()) {
            if (it->second.empty()) return {}; // known to be unreadable
            const cv::Mat crop(size_, size_, CV_8UC3, it->second.data());
            return ClipPreprocessor::normalizeToChw(crop);
        }
    }
    const DecodedImage img = ImageDecoder::decodeFile(path);
    std::lock_guard<std::mutex> lock(mutex_);
    if (!img.ok()) {
        problems_ << img.error;
        crops_[key] = {};
        return {};
    }
    const ClipPreprocessor::Result r = ClipPreprocessor(size_).process(img.rgb);
    const int64_t bytes = int64_t(size_) * size_ * 3;
    if (used_ + bytes <= budget_) {
        crops_[key].assign(r.croppedRgb.datastart, r.croppedRgb.dataend);
        used_ += bytes;
    }
    return r.chw;
}

QStringList ImageCache::problems() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return problems_;
}

} // namespace memescope
