#pragma once

#include <nlohmann/json_fwd.hpp>

namespace memescope::ml {

// ReduceLROnPlateau in "max" mode with PyTorch's defaults for the relative threshold: after `patience`
// epochs without the metric beating best * (1 + threshold), the learning rate is multiplied by `factor`
// (never below minLr). Plain state, so a checkpoint can carry it.
class LrPlateau {
public:
    LrPlateau(double factor = 0.5, int patience = 2, double threshold = 1e-4, double minLr = 0);
    // Feeds one epoch's metric; returns the learning rate to use from now on.
    double step(double metric, double currentLr);
    int badEpochs() const { return badEpochs_; }
    double best() const { return best_; }

    nlohmann::json toJson() const;
    void fromJson(const nlohmann::json& j);

private:
    double factor_, threshold_, minLr_;
    int patience_;
    double best_;
    int badEpochs_ = 0;
};

} // namespace memescope::ml
