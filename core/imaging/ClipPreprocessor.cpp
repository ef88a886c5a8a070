#include "ClipPreprocessor.h"

#include "PilResize.h"

#include <stdexcept>

namespace memescope {

ClipPreprocessor::Result ClipPreprocessor::process(const cv::Mat& rgb) const {
    if (rgb.empty() || rgb.type() != CV_8UC3)
        throw std::invalid_argument("ClipPreprocessor: RGB uint8 image expected");
    const int h = rgb.rows, w = rgb.cols;
    const int shortSide = std::min(h, w), longSide = std::max(h, w);
    // Python: int(size * long / short) -- float division, then truncation.
    const int newLong = int(double(size_) * double(longSide) / double(shortSide));
    Result r;
    r.resizedWidth = w <= h ? size_ : newLong;
    r.resizedHeight = w <= h ? newLong : size_;
    const cv::Mat resized = pilBicubicResize(rgb, r.resizedWidth, r.resizedHeight);
    r.cropTop = (r.resizedHeight - size_) / 2;
    r.cropLeft = (r.resizedWidth - size_) / 2;
    r.croppedRgb = resized(cv::Rect(r.cropLeft, r.cropTop, size_, size_)).clone();
    r.chw = normalizeToChw(r.croppedRgb);
    return r;
}

std::vector<float> ClipPreprocessor::normalizeToChw(const cv::Mat& croppedRgb) {
    const int h = croppedRgb.rows, w = croppedRgb.cols;
    std::vector<float> chw(size_t(3) * size_t(h) * size_t(w));
    const size_t plane = size_t(h) * size_t(w);
    for (int y = 0; y < h; ++y) {
        const uint8_t* row = croppedRgb.ptr<uint8_t>(y);
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c) {
                // As HF: uint8 -> float64 * (1/255) -> float32, then (x - mean) / std in float32.
                const float v = float(double(row[x * 3 + c]) * (1.0 / 255.0));
                chw[c * plane + size_t(y) * size_t(w) + size_t(x)] = (v - kMean[c]) / kStd[c];
            }
    }
    return chw;
}

} // namespace memescope
