#include "Thumbnail.h"

#include <opencv2/imgproc.hpp>

namespace memescope {

QImage rgbMatToQImage(const cv::Mat& rgb) {
    if (rgb.empty()) return {};
    QImage img(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    return img.copy(); // detach from the Mat's buffer
}

cv::Mat qimageToRgbMat(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                 size_t(rgb.bytesPerLine()));
    return view.clone();
}

QImage makeThumbnail(const cv::Mat& rgb, int maxSide) {
    if (rgb.empty() || maxSide <= 0) return {};
    const double scale = std::min(1.0, double(maxSide) / std::max(rgb.cols, rgb.rows));
    if (scale >= 1.0) return rgbMatToQImage(rgb);
    cv::Mat small;
    cv::resize(rgb, small,
               cv::Size(std::max(1, int(rgb.cols * scale + 0.5)), std::max(1, int(rgb.rows * scale + 0.5))),
               0, 0, cv::INTER_AREA);
    return rgbMatToQImage(small);
}

} // namespace memescope
