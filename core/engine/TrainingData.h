#pragma once

#include "core/ml/config/ModelKinds.h"

#include "core/store/LabelSchema.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace memescope {

class ProjectStore;

// One meme as a model sees it: the text chosen by the config's text source, the image when usable, labels.
struct TrainingSample {
    int64_t rowId = 0;
    QString sampleId, split, text, imagePath; // imagePath empty: text-only
    QVector<int> labels;                      // label indices; empty = unlabelled
};

// Which text the model reads: the dataset's own text (the published OCR), Tesseract's text stored in the
// project, or none; optionally followed by the figurative-reasoning field.
struct TextChoice {
    ml::TextSource source = ml::TextSource::Dataset;
    bool figurativeReasoning = false;
};

// The project's samples prepared for training and evaluation, with the split index lists.
struct TrainingData {
    LabelSchema schema;
    QVector<TrainingSample> samples;
    std::vector<int64_t> train, val, test, unlabelled; // indices into samples
    QStringList notes; // what was substituted (e.g. validation carved from train), for the log

    // `splitScheme`: a named split scheme (SplitSchemeStore) decides each meme's split; empty or "original":
    // the dataset's own. Throws StoreError for an unknown scheme (naming the ones there are).
    static TrainingData load(ProjectStore& store, const TextChoice& text, bool useImages,
                             const QString& splitScheme = {});
    std::vector<int64_t> split(const QString& name) const; // train | val | test | all
    QStringList texts(const std::vector<int64_t>& indices) const;
    std::vector<std::string>
    utf8Texts(const std::vector<int64_t>& indices) const; // for the plain-C++ engines
    std::vector<std::vector<int>> labelLists(const std::vector<int64_t>& indices) const;
};

// Decodes and CLIP-preprocesses images, keeping the uint8 crops in memory (up to a byte budget) so later
// epochs skip decoding and resizing. Thread-safe. A file that cannot be decoded gives an empty result (the
// sample is then text-only) and is remembered with its problem.
class ImageCache {
public:
    ImageCache(int size, int64_t budgetBytes = int64_t(2) << 30);
    std::vector<float> pixels(int64_t key, const QString& path);
    QStringList problems() const;

private:
    int size_;
    int64_t budget_, used_ = 0;
    mutable std::mutex mutex_;
    std::unordered_map<int64_t, std::vector<uint8_t>> crops_;
    QStringList problems_;
};

} // namespace memescope
