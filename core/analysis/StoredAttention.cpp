#include "StoredAttention.h"

#include <cmath>

namespace memescope {

QVector<float> meanStoredAttention(const std::optional<RunBlob>& attention, int* side) {
    *side = 0;
    if (!attention || attention->shape.size() != 2) return {};
    const int units = int(attention->shape[0]), patches = int(attention->shape[1]);
    const int s = int(std::lround(std::sqrt(double(patches))));
    if (s * s != patches || units <= 0 || attention->data.size() < qsizetype(units) * patches) return {};
    QVector<float> grid(patches, 0.f);
    for (int u = 0; u < units; ++u)
        for (int k = 0; k < patches; ++k)
            grid[k] += attention->data[u * patches + k] / float(units);
    *side = s;
    return grid;
}

} // namespace memescope
