#pragma once

#include <QByteArray>
#include <array>
#include <cstdint>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace memescope::duplicates {

// A caption-blind description of a meme's picture, for "the picture under another caption": a 64-bit hash
// of the whole meme moves with its caption, so unrelated memes of one template family come as close as a
// picture re-captioned. This keeps the picture's layout at block resolution and marks where text is, so
// two memes are compared only where neither shows text:
//   - the mean colour of each block of a kGrid x kGrid grid (area averaging, as pHash downsamples);
//   - a mask of the blocks that any recognised word's box touches (OCR's word boxes, grown by a quarter of
//     the word's height so the outline of a meme caption is covered too).
// Computed once per image beside the pHash, from the pixels OCR decodes; stored in the project.
struct PictureSignature {
    static constexpr int kGrid = 16;
    static constexpr int kBlocks = kGrid * kGrid;
    std::array<uint8_t, kBlocks * 3> colours{}; // block-major: R, G, B of block (y * kGrid + x)
    std::array<uint64_t, kBlocks / 64> textMask{};

    bool hasText(int block) const { return (textMask[size_t(block) / 64] >> (block % 64)) & 1; }
    int textBlocks() const;

    // The stored form: kBlocks * 3 colour bytes, then the mask's kBlocks / 8 bytes (little-endian words).
    QByteArray toBytes() const;
    static std::optional<PictureSignature> fromBytes(const QByteArray& bytes); // nullopt: wrong size
};

// `image`: CV_8UC3 (RGB), CV_8UC4 or CV_8UC1; `textBoxes` in the image's pixels. An empty image gives
// nullopt.
std::optional<PictureSignature> pictureSignature(const cv::Mat& image,
                                                 const std::vector<cv::Rect>& textBoxes);

} // namespace memescope::duplicates
