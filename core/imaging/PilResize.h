#pragma once

#include <opencv2/core.hpp>

namespace memescope {

// Bit-exact re-implementation of Pillow's uint8 BICUBIC resize (Image.resize(..., BICUBIC,
// reducing_gap=None)): separable, horizontal pass first (rounded to uint8), then vertical; Keys cubic with
// a = -0.5; the kernel widens by the scale factor when downscaling (antialiasing); 22-bit fixed-point
// weights. OpenCV's INTER_CUBIC (a = -0.75, no antialiasing) differs by up to 97 grey levels on a downscale,
// so CLIP features computed through it would not match the reference model's inputs.
// `src`: CV_8UC1/3/4. Returns a new Mat of the same type and size (width, height).
cv::Mat pilBicubicResize(const cv::Mat& src, int width, int height);

} // namespace memescope
