#pragma once

#include "core/store/RunStore.h"

#include <QVector>
#include <optional>

namespace memescope {

// A run's stored text-to-image attention of one meme ([words][patches]) averaged over the words: a side x
// side grid of where the model looked (not why). Empty, with side 0, when there is none or its shape is not a
// square grid. The report and the inspector draw it when relevance cannot be computed.
QVector<float> meanStoredAttention(const std::optional<RunBlob>& attention, int* side);

} // namespace memescope
