#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <optional>

namespace memescope {

// Ways to turn a meme into something Tesseract reads well. Meme captions are mostly white capitals with a
// black outline over busy pictures (raw greyscale then OCRs to garbage), or dark text on a light panel.
enum class OcrVariant {
    Grey,              // as-is greyscale
    Inverted,          // white text becomes dark text on a light ground
    WhiteTextMask,     // near-white, low-saturation pixels only: isolates outlined caption fill
    OutlinedText,      // white components mostly bordered by dark pixels: Impact-style captions, not pale
                       // backgrounds
    AdaptiveThreshold, // local binarisation of the greyscale
};

QString ocrVariantName(OcrVariant v);
std::optional<OcrVariant> ocrVariantFromName(const QString& name);
QList<OcrVariant> allOcrVariants();

// The upscale factor applied before OCR: small memes have captions too small for the LSTM (which likes
// x-heights of ~20+ px); 1 when the image is large enough.
double ocrUpscaleFactor(const cv::Mat& rgb);

// Produces the 8-bit single-channel image Tesseract gets for a variant (dark text on light ground),
// already upscaled by `scale`.
cv::Mat prepareForOcr(const cv::Mat& rgb, OcrVariant variant, double scale);

} // namespace memescope
