#include "PerceptualHash.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace memescope::duplicates {

std::optional<uint64_t> perceptualHash(const cv::Mat& image) {
    if (image.empty()) return std::nullopt;
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_RGB2GRAY); // R and B weigh alike enough
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_RGBA2GRAY);
    else
        grey = image;
    cv::Mat f;
    grey.convertTo(f, CV_32F);
    cv::blur(f, f, cv::Size(7, 7), cv::Point(-1, -1), cv::BORDER_REPLICATE);
    cv::Mat small;
    cv::resize(f, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat freq;
    cv::dct(small, freq);
    std::array<float, 64> c{};
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            c[size_t(y * 8 + x)] = freq.at<float>(y + 1, x + 1);
    // A flat picture has only rounding noise here; 1.0 is far below any picture's (grey levels 0..255,
    // a visible edge gives coefficients in the tens or hundreds).
    float energy = 0;
    for (const float v : c)
        energy = std::max(energy, std::abs(v));
    if (energy < 1.0f) return std::nullopt;
    std::array<float, 64> sorted = c;
    std::nth_element(sorted.begin(), sorted.begin() + 32, sorted.end());
    const float upper = sorted[32];
    const float lower = *std::max_element(sorted.begin(), sorted.begin() + 32);
    const float median = (lower + upper) / 2;
    uint64_t h = 0;
    for (size_t i = 0; i < 64; ++i)
        if (c[i] > median) h |= uint64_t(1) << i;
    return h;
}

} // namespace memescope::duplicates
