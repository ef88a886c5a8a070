#pragma once

#include "core/util/Error.h"

#include "MemePreprocessing.h"
#include "OcrTypes.h"

#include <QJsonObject>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace memescope {

struct OcrSettings {
    QString languages = "eng"; // Tesseract language codes joined by '+', e.g. "eng+deu"
    // "auto" = the meme strategy (autoVariants(), best mean word confidence wins), or variant names joined
    // by '+' (e.g. "outlined+grey": each is tried, the best wins), or a single variant name.
    QString strategy = "auto";
    // Words below this stay in the word boxes but not in the plain text (bench_ocr: 30 -> 6.6 % WER, 50
    // -> 6.1 %).
    int minWordConfidence = 50;
    QString tessdataDir; // empty: Tesseract's default (TESSDATA_PREFIX or the packaged data)

    QJsonObject toJson() const;
};

class OcrError : public Error {
public:
    using Error::Error;
};

// Tesseract word-level OCR tuned for memes. One engine per thread (TessBaseAPI is not thread-safe);
// creating one costs ~0.1 s, so keep it for many images.
class OcrEngine {
public:
    explicit OcrEngine(const OcrSettings& settings = {}); // throws OcrError (e.g. language not installed)
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    OcrResult recognize(const cv::Mat& rgb);                      // with the configured strategy
    OcrResult recognizeVariant(const cv::Mat& rgb, OcrVariant v); // one variant only
    OcrResult recognizeFile(const QString& path);                 // decode safely, then recognize

    const OcrSettings& settings() const { return settings_; }
    static QString engineName() { return QStringLiteral("tesseract"); }
    static QString tesseractVersion();
    static QStringList installedLanguages(const QString& tessdataDir = {});
    // The variants a strategy string names; throws OcrError for an unknown name.
    static QList<OcrVariant> parseStrategy(const QString& strategy);
    // The variants the "auto" strategy tries, in order (chosen from bench_ocr's measurements).
    static QList<OcrVariant> autoVariants();

private:
    OcrSettings settings_;
    QList<OcrVariant> variants_; // what recognize() tries
    std::unique_ptr<tesseract::TessBaseAPI> api_;
};

} // namespace memescope
