#include "Blend.h"

#include <stdexcept>

namespace memescope::baseline {

std::vector<double> blend(const std::vector<double>& net, const std::vector<double>& tfidf, double weight) {
    if (net.size() != tfidf.size()) throw std::invalid_argument("blend: rows of different lengths");
    std::vector<double> out(net.size());
    for (size_t k = 0; k < net.size(); ++k)
        out[k] = (1.0 - weight) * net[k] + weight * tfidf[k];
    return out;
}

std::vector<std::vector<double>> blend(const std::vector<std::vector<double>>& net,
                                       const std::vector<std::vector<double>>& tfidf, double weight) {
    if (net.size() != tfidf.size()) throw std::invalid_argument("blend: different numbers of rows");
    std::vector<std::vector<double>> out;
    out.reserve(net.size());
    for (size_t i = 0; i < net.size(); ++i)
        out.push_back(blend(net[i], tfidf[i], weight));
    return out;
}

std::vector<double> blendWeightGrid() {
    std::vector<double> g;
    for (int i = 0; i <= 10; ++i)
        g.push_back(i / 10.0);
    return g;
}

} // namespace memescope::baseline
