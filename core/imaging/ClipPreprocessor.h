#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace memescope {

// CLIPImageProcessor (openai/clip-vit-base-patch32 settings, PIL path): shortest edge to `size` with PIL
// bicubic (long edge = int(size * long / short)), centre crop size x size (top = (H - size) / 2, floored),
// x / 255, normalise with CLIP's mean/std, HWC -> CHW. Matches shared/fixtures/preprocess/clip exactly.
class ClipPreprocessor {
public:
    explicit ClipPreprocessor(int size = 224)
        : size_(size) {}

    struct Result {
        cv::Mat croppedRgb;     // size x size CV_8UC3 (before rescale)
        std::vector<float> chw; // 3 * size * size, normalised
        int resizedWidth = 0, resizedHeight = 0, cropTop = 0, cropLeft = 0;
    };

    Result process(const cv::Mat& rgb) const;
    // The normalisation step alone, for a size x size crop kept (e.g. cached as uint8) from process().
    static std::vector<float> normalizeToChw(const cv::Mat& croppedRgb);
    int size() const { return size_; }

    static constexpr float kMean[3] = {0.48145466f, 0.4578275f, 0.40821073f};
    static constexpr float kStd[3] = {0.26862954f, 0.26130258f, 0.27577711f};

private:
    int size_;
};

} // namespace memescope
