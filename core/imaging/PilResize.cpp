#include "PilResize.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace memescope {
namespace {

constexpr int kPrecisionBits = 22;

double cubic(double x) {
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    if (x < 2.0) return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
    return 0.0;
}

// Per output index: first input index and fixed-point weights (PIL's precompute_coeffs + normalize).
struct AxisCoefficients {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int> weights; // count.size() * stride
    int stride = 0;
};

AxisCoefficients coefficients(int inSize, int outSize) {
    const double scale = double(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 2.0 * filterScale;
    const double inv = 1.0 / filterScale;
    AxisCoefficients c;
    c.stride = int(std::ceil(support)) * 2 + 1;
    c.first.resize(outSize);
    c.count.resize(outSize);
    c.weights.assign(size_t(outSize) * c.stride, 0);
    std::vector<double> w(c.stride);
    for (int o = 0; o < outSize; ++o) {
        const double center = (o + 0.5) * scale;
        const int lo = std::max(int(center - support + 0.5), 0);
        const int hi = std::min(int(center + support + 0.5), inSize);
        const int n = hi - lo;
        double total = 0.0;
        for (int j = 0; j < n; ++j) {
            w[j] = cubic((j + lo - center + 0.5) * inv);
            total += w[j];
        }
        for (int j = 0; j < n; ++j) {
            const double v = total != 0.0 ? w[j] / total : 0.0;
            c.weights[size_t(o) * c.stride + j] =
                v < 0 ? int(v * (1 << kPrecisionBits) - 0.5) : int(v * (1 << kPrecisionBits) + 0.5);
        }
        c.first[o] = lo;
        c.count[o] = n;
    }
    return c;
}

inline uint8_t clip8(int32_t acc) {
    const int32_t v = acc >> kPrecisionBits;
    return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v));
}

cv::Mat horizontal(const cv::Mat& src, int outW) {
    const int ch = src.channels();
    const AxisCoefficients c = coefficients(src.cols, outW);
    cv::Mat dst(src.rows, outW, src.type());
    for (int y = 0; y < src.rows; ++y) {
        const uint8_t* in = src.ptr<uint8_t>(y);
        uint8_t* out = dst.ptr<uint8_t>(y);
        for (int o = 0; o < outW; ++o) {
            const int* k = &c.weights[size_t(o) * c.stride];
            const int lo = c.first[o], n = c.count[o];
            for (int channel = 0; channel < ch; ++channel) {
                int32_t acc = 1 << (kPrecisionBits - 1);
                for (int j = 0; j < n; ++j)
                    acc += k[j] * int32_t(in[(lo + j) * ch + channel]);
                out[o * ch + channel] = clip8(acc);
            }
        }
    }
    return dst;
}

cv::Mat vertical(const cv::Mat& src, int outH) {
    const int rowBytes = src.cols * src.channels();
    const AxisCoefficients c = coefficients(src.rows, outH);
    cv::Mat dst(outH, src.cols, src.type());
    std::vector<int32_t> acc(rowBytes);
    for (int o = 0; o < outH; ++o) {
        std::fill(acc.begin(), acc.end(), 1 << (kPrecisionBits - 1));
        const int* k = &c.weights[size_t(o) * c.stride];
        for (int j = 0; j < c.count[o]; ++j) {
            const uint8_t* in = src.ptr<uint8_t>(c.first[o] + j);
            const int32_t w = k[j];
            for (int x = 0; x < rowBytes; ++x)
                acc[x] += w * int32_t(in[x]);
        }
        uint8_t* out = dst.ptr<uint8_t>(o);
        for (int x = 0; x < rowBytes; ++x)
            out[x] = clip8(acc[x]);
    }
    return dst;
}

} // namespace

cv::Mat pilBicubicResize(const cv::Mat& src, int width, int height) {
    if (src.depth() != CV_8U || width <= 0 || height <= 0)
        throw std::invalid_argument("pilBicubicResize: uint8 image and positive size expected");
    cv::Mat m = src.isContinuous() ? src : src.clone();
    if (width != m.cols) m = horizontal(m, width);
    if (height != m.rows) m = vertical(m, height);
    return m.data == src.data ? src.clone() : m;
}

} // namespace memescope
