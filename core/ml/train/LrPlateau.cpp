#include "LrPlateau.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

namespace memescope::ml {

LrPlateau::LrPlateau(double factor, int patience, double threshold, double minLr)
    : factor_(factor)
    , threshold_(threshold)
    , minLr_(minLr)
    , patience_(patience)
    , best_(-std::numeric_limits<double>::infinity()) {}

double LrPlateau::step(double metric, double currentLr) {
    if (metric > best_ * (1.0 + threshold_) || best_ == -std::numeric_limits<double>::infinity()) {
        best_ = metric;
        badEpochs_ = 0;
        return currentLr;
    }
    if (++badEpochs_ > patience_) {
        badEpochs_ = 0;
        return std::max(minLr_, currentLr * factor_);
    }
    return currentLr;
}

nlohmann::json LrPlateau::toJson() const {
    return {{"best",
             best_ == -std::numeric_limits<double>::infinity() ? nlohmann::json() : nlohmann::json(best_)},
            {"bad_epochs", badEpochs_}};
}

void LrPlateau::fromJson(const nlohmann::json& j) {
    best_ = j.at("best").is_null() ? -std::numeric_limits<double>::infinity() : j.at("best").get<double>();
    badEpochs_ = j.at("bad_epochs").get<int>();
}

} // namespace memescope::ml
