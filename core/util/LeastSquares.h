#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace memescope {

// An ordinary least-squares line y = intercept + slope * x through (x, y) points; nullopt when the x values
// do not vary (no line is determined). Callers decide what makes sense of it (a positive slope, a
// non-negative intercept) and what to fall back to.
struct Line {
    double intercept = 0, slope = 0;
    double at(double x) const { return intercept + slope * x; }
};

inline std::optional<Line> leastSquaresLine(const std::vector<std::pair<double, double>>& points) {
    if (points.empty()) return std::nullopt;
    double mx = 0, my = 0;
    for (const auto& [x, y] : points)
        mx += x, my += y;
    mx /= double(points.size());
    my /= double(points.size());
    double sxx = 0, sxy = 0;
    for (const auto& [x, y] : points)
        sxx += (x - mx) * (x - mx), sxy += (x - mx) * (y - my);
    if (!(sxx > 0)) return std::nullopt;
    const double slope = sxy / sxx;
    return Line{my - slope * mx, slope};
}

} // namespace memescope
