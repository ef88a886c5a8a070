#pragma once

#include <QImage>
#include <opencv2/core.hpp>

namespace memescope {

// Conversions and thumbnails (area-averaged downscale: sharp, no aliasing, fast).
QImage rgbMatToQImage(const cv::Mat& rgb);
cv::Mat qimageToRgbMat(const QImage& image);
// Longest side scaled to `maxSide` (never upscaled).
QImage makeThumbnail(const cv::Mat& rgb, int maxSide);

} // namespace memescope
