#include "MemePreprocessing.h"

#include <opencv2/imgproc.hpp>

namespace memescope {

QString ocrVariantName(OcrVariant v) {
    switch (v) {
    case OcrVariant::Grey: return "grey";
    case OcrVariant::Inverted: return "inverted";
    case OcrVariant::WhiteTextMask: return "white-text";
    case OcrVariant::AdaptiveThreshold: return "adaptive";
    }
    return "grey";
}

std::optional<OcrVariant> ocrVariantFromName(const QString& name) {
    for (OcrVariant v : allOcrVariants())
        if (ocrVariantName(v) == name) return v;
    return std::nullopt;
}

QList<OcrVariant> allOcrVariants() {
    return {OcrVariant::Grey, OcrVariant::Inverted, OcrVariant::WhiteTextMask, OcrVariant::AdaptiveThreshold};
}

double ocrUpscaleFactor(const cv::Mat& rgb) {
    const int shortSide = std::min(rgb.cols, rgb.rows);
    if (shortSide <= 0) return 1.0;
    if (shortSide < 400) return 2.0;
    if (shortSide < 700) return 1.5;
    return 1.0;
}

cv::Mat prepareForOcr(const cv::Mat& rgb, OcrVariant variant, double scale) {
    cv::Mat src = rgb;
    if (scale != 1.0) cv::resize(rgb, src, cv::Size(), scale, scale, cv::INTER_CUBIC);
    cv::Mat grey;
    cv::cvtColor(src, grey, cv::COLOR_RGB2GRAY);
    switch (variant) {
    case OcrVariant::Grey: return grey;
    case OcrVariant::Inverted: {
        cv::Mat inv;
        cv::bitwise_not(grey, inv);
        return inv;
    }
    case OcrVariant::WhiteTextMask: {
        // Caption fill: bright and nearly colourless. HSV: V high, S low.
        cv::Mat hsv, mask;
        cv::cvtColor(src, hsv, cv::COLOR_RGB2HSV);
        cv::inRange(hsv, cv::Scalar(0, 0, 200), cv::Scalar(180, 45, 255), mask);
        // Close pin-holes left by JPEG noise inside the strokes, drop specks.
        cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
        cv::Mat out;
        cv::bitwise_not(mask, out); // dark text on white
        return out;
    }
    case OcrVariant::AdaptiveThreshold: {
        cv::Mat bin;
        const int block = std::max(15, (std::min(grey.cols, grey.rows) / 20) | 1);
        cv::adaptiveThreshold(grey, bin, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 10);
        return bin;
    }
    }
    return grey;
}

} // namespace memescope
