#pragma once

#include <QColor>
#include <QImage>
#include <QVector>

namespace memescope {

// Attention heatmaps: a low-resolution grid (e.g. 7 x 7 patch weights) smoothly upsampled to the image,
// mapped through a perceptually uniform colour map and alpha-blended onto the picture.
class Heatmap {
public:
    // Colour of t in [0, 1] on the "inferno"-like map used everywhere in MemeScope (dark -> bright).
    static QColor colorAt(double t);

    // Bicubic-smooth upsampling of a rows x cols grid (row-major) to width x height, values normalised to
    // [0, 1] by the grid's min/max (a constant grid maps to 0).
    static QVector<float> upsample(const QVector<float>& grid, int rows, int cols, int width, int height);

    // The overlay: `image` with the heatmap blended at `opacity` (0..1); high attention is opaque-ish,
    // low attention lets the image through, so the picture stays readable.
    static QImage overlay(const QImage& image, const QVector<float>& grid, int rows, int cols,
                          double opacity);

    // A horizontal colour legend strip, width x height.
    static QImage legend(int width, int height);
};

} // namespace memescope
