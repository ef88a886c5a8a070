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
    r.chw.resize(size_t(3) * size_ * size_);
    const size_t plane = size_t(size_) * size_;
    for (int y = 0; y < size_; ++y) {
        const uint8_t* row = r.croppedRgb.ptr<uint8_t>(y);
        for (int x = 0; x < size_; ++x)
            for (int c = 0; c < 3; ++c) {
                // As HF: uint8 -> float64 * (1/255) -> float32, then (x - mean) / std in float32.
                const float v = float(double(row[x * 3 + c]) * (1.0 / 255.0));
                r.chw[c * plane + size_t(y) * size_ + x] = (v - kMean[c]) / kStd[c];
            }
    }
    return r;
}

} // namespace memescope
