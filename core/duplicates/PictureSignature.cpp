#include "PictureSignature.h"

#include <algorithm>
#include <bit>
#include <opencv2/imgproc.hpp>

namespace memescope::duplicates {

int PictureSignature::textBlocks() const {
    int n = 0;
    for (const uint64_t w : textMask)
        n += std::popcount(w);
    return n;
}

QByteArray PictureSignature::toBytes() const {
    QByteArray out(reinterpret_cast<const char*>(colours.data()), int(colours.size()));
    for (const uint64_t w : textMask)
        for (int b = 0; b < 8; ++b)
            out.append(char((w >> (8 * b)) & 0xff));
    return out;
}

std::optional<PictureSignature> PictureSignature::fromBytes(const QByteArray& bytes) {
    PictureSignature s;
    if (bytes.size() != int(s.colours.size() + s.textMask.size() * 8)) return std::nullopt;
    std::copy_n(reinterpret_cast<const uint8_t*>(bytes.constData()), s.colours.size(), s.colours.begin());
    const auto* mask = reinterpret_cast<const uint8_t*>(bytes.constData()) + s.colours.size();
    for (size_t w = 0; w < s.textMask.size(); ++w)
        for (int b = 0; b < 8; ++b)
            s.textMask[w] |= uint64_t(mask[w * 8 + size_t(b)]) << (8 * b);
    return s;
}

std::optional<PictureSignature> pictureSignature(const cv::Mat& image,
                                                 const std::vector<cv::Rect>& textBoxes) {
    if (image.empty()) return std::nullopt;
    cv::Mat rgb;
    if (image.channels() == 1)
        cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB);
    else if (image.channels() == 4)
        cv::cvtColor(image, rgb, cv::COLOR_RGBA2RGB);
    else
        rgb = image;
    constexpr int g = PictureSignature::kGrid;
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(g, g), 0, 0, cv::INTER_AREA);
    PictureSignature s;
    for (int y = 0; y < g; ++y)
        for (int x = 0; x < g; ++x) {
            const cv::Vec3b c = small.at<cv::Vec3b>(y, x);
            for (int ch = 0; ch < 3; ++ch)
                s.colours[size_t((y * g + x) * 3 + ch)] = c[ch];
        }
    const double bw = double(rgb.cols) / g, bh = double(rgb.rows) / g;
    for (const cv::Rect& box : textBoxes) {
        if (box.width <= 0 || box.height <= 0) continue;
        const double grow = box.height / 4.0;
        const int x0 = std::clamp(int((box.x - grow) / bw), 0, g - 1);
        const int x1 = std::clamp(int((box.x + box.width + grow) / bw), 0, g - 1);
        const int y0 = std::clamp(int((box.y - grow) / bh), 0, g - 1);
        const int y1 = std::clamp(int((box.y + box.height + grow) / bh), 0, g - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const int block = y * g + x;
                s.textMask[size_t(block) / 64] |= uint64_t(1) << (block % 64);
            }
    }
    return s;
}

} // namespace memescope::duplicates
