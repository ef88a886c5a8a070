#include "MemePreprocessing.h"

#include <opencv2/imgproc.hpp>

namespace memescope {

QString ocrVariantName(OcrVariant v) {
    switch (v) {
    case OcrVariant::Grey:
        return "grey";
    case OcrVariant::Inverted:
        return "inverted";
    case OcrVariant::WhiteTextMask:
        return "white-text";
    case OcrVariant::AdaptiveThreshold:
        return "adaptive";
    case OcrVariant::OutlinedText:
        return "outlined";
    }
    return "grey";
}

std::optional<OcrVariant> ocrVariantFromName(const QString& name) {
    for (OcrVariant v : allOcrVariants())
        if (ocrVariantName(v) == name) return v;
    return std::nullopt;
}

QList<OcrVariant> allOcrVariants() {
    return {OcrVariant::Grey, OcrVariant::Inverted, OcrVariant::WhiteTextMask, OcrVariant::OutlinedText,
            OcrVariant::AdaptiveThreshold};
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
    case OcrVariant::Grey:
        return grey;
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
        cv::morphologyEx(mask, mask, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
        cv::Mat out;
        cv::bitwise_not(mask, out); // dark text on white
        return out;
    }
    case OcrVariant::OutlinedText: {
        cv::Mat hsv, white, dark;
        cv::cvtColor(src, hsv, cv::COLOR_RGB2HSV);
        cv::inRange(hsv, cv::Scalar(0, 0, 190), cv::Scalar(180, 60, 255), white);
        cv::inRange(hsv, cv::Scalar(0, 0, 0), cv::Scalar(180, 255, 90), dark);
        cv::Mat nearDark, inner, border;
        cv::dilate(dark, nearDark, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
        cv::erode(white, inner, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
        border = white & ~inner;
        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(white, labels, stats, centroids, 8, CV_32S);
        std::vector<int> borderPixels(n, 0), outlinedPixels(n, 0);
        for (int y = 0; y < labels.rows; ++y) {
            const int* l = labels.ptr<int>(y);
            const uchar* b = border.ptr<uchar>(y);
            const uchar* d = nearDark.ptr<uchar>(y);
            for (int x = 0; x < labels.cols; ++x)
                if (b[x]) {
                    ++borderPixels[l[x]];
                    if (d[x]) ++outlinedPixels[l[x]];
                }
        }
        // A glyph's fill is outlined nearly all round; a pale background region or a highlight is not.
        const double maxArea = 0.05 * double(src.cols) * src.rows;
        std::vector<uchar> keep(n, 0);
        for (int i = 1; i < n; ++i)
            keep[i] = stats.at<int>(i, cv::CC_STAT_AREA) >= 6 &&
                      stats.at<int>(i, cv::CC_STAT_AREA) <= maxArea &&
                      outlinedPixels[i] >= 0.6 * borderPixels[i];
        cv::Mat out(src.rows, src.cols, CV_8U, cv::Scalar(255));
        for (int y = 0; y < labels.rows; ++y) {
            const int* l = labels.ptr<int>(y);
            uchar* o = out.ptr<uchar>(y);
            for (int x = 0; x < labels.cols; ++x)
                if (keep[l[x]]) o[x] = 0; // dark text on white
        }
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
