#include "Heatmap.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace memescope {

QColor Heatmap::colorAt(double t) {
    // Key colours of matplotlib's "inferno" at t = 0, 0.25, 0.5, 0.75, 1 (values are facts, not code),
    // linearly interpolated.
    static const double keys[5][3] = {
        {0, 0, 4}, {87, 16, 110}, {188, 55, 84}, {249, 142, 9}, {252, 255, 164}};
    t = std::clamp(t, 0.0, 1.0);
    const double pos = t * 4.0;
    const int i = std::min(int(pos), 3);
    const double f = pos - i;
    auto mix = [&](int c) { return int(std::lround(keys[i][c] + (keys[i + 1][c] - keys[i][c]) * f)); };
    return QColor(mix(0), mix(1), mix(2));
}

QVector<float> Heatmap::upsample(const QVector<float>& grid, int rows, int cols, int width, int height) {
    QVector<float> out(size_t(width) * height, 0.f);
    if (rows <= 0 || cols <= 0 || grid.size() != rows * cols || width <= 0 || height <= 0) return out;
    const auto [mn, mx] = std::minmax_element(grid.begin(), grid.end());
    const float lo = *mn, range = *mx - *mn;
    if (range <= 0) return out;
    cv::Mat small(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            small.at<float>(r, c) = (grid[r * cols + c] - lo) / range;
    cv::Mat big;
    // Cubic gives smooth blobs over patch borders; clamp the small overshoot it introduces.
    cv::resize(small, big, cv::Size(width, height), 0, 0, cv::INTER_CUBIC);
    for (int y = 0; y < height; ++y) {
        const float* row = big.ptr<float>(y);
        for (int x = 0; x < width; ++x)
            out[y * width + x] = std::clamp(row[x], 0.f, 1.f);
    }
    return out;
}

QImage Heatmap::overlay(const QImage& image, const QVector<float>& grid, int rows, int cols, double opacity) {
    QImage base = image.convertToFormat(QImage::Format_RGB32);
    const int w = base.width(), h = base.height();
    const QVector<float> heat = upsample(grid, rows, cols, w, h);
    opacity = std::clamp(opacity, 0.0, 1.0);
    // 256-entry lookup table: colorAt is too slow per pixel for a 640 x 640 meme at interactive rates.
    QRgb lut[256];
    for (int i = 0; i < 256; ++i)
        lut[i] = colorAt(i / 255.0).rgb();
    for (int y = 0; y < h; ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(base.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const float v = heat[y * w + x];
            const double a = opacity * (0.35 + 0.65 * v);
            const QRgb c = lut[int(v * 255.f + 0.5f)];
            const QRgb p = line[x];
            line[x] = qRgb(int(qRed(p) * (1 - a) + qRed(c) * a), int(qGreen(p) * (1 - a) + qGreen(c) * a),
                           int(qBlue(p) * (1 - a) + qBlue(c) * a));
        }
    }
    return base;
}

QImage Heatmap::legend(int width, int height) {
    QImage img(width, height, QImage::Format_RGB32);
    for (int x = 0; x < width; ++x) {
        const QRgb c = colorAt(width > 1 ? double(x) / (width - 1) : 0).rgb();
        for (int y = 0; y < height; ++y)
            img.setPixel(x, y, c);
    }
    return img;
}

} // namespace memescope
