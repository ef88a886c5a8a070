#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <optional>

namespace memescope::duplicates {

// The 64-bit DCT perceptual hash (Zauner, "Implementation and Benchmarking of Perceptual Image Hash
// Functions", 2010, as pHash computes it): luma, a 7x7 mean filter, 32x32 by area averaging, the 2-D DCT,
// the 8x8 lowest frequencies without the first row and column (the DC term and the pure horizontal /
// vertical gradients that a brightness ramp or a crop shift most), each bit = coefficient > their median.
// Reposts (rescaled, re-encoded as JPEG, lightly cropped, another watermark) stay within a few bits;
// different pictures differ in ~32. Returns nullopt for a flat image (no structure to hash: every flat
// image would otherwise match every other).
std::optional<uint64_t> perceptualHash(const cv::Mat& image); // CV_8UC3 (RGB or BGR) or CV_8UC1

inline int hammingDistance(uint64_t a, uint64_t b) {
    return __builtin_popcountll(a ^ b);
}

} // namespace memescope::duplicates
