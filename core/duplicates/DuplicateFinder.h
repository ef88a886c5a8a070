#pragma once

#include "DuplicateTypes.h"

#include <functional>

namespace memescope::duplicates {

// Finds the groups of memes that repeat each other, from their texts and image hashes: text matches by
// MinHash/LSH (TextSimilarity.h), image matches by multi-index hashing of pHashes (HammingIndex.h), the
// same picture under other captions by caption-blind picture signatures (PictureIndex.h), groups
// by union-find over both, each group's kind from whether all its members share one text component and /
// or one image component. Plain data in, plain data out (no store): the project wrapper is
// ProjectDuplicates. Throws std::invalid_argument for settings out of range; returns an empty report when
// cancelled.
DuplicateReport findDuplicates(const std::vector<DuplicateInput>& inputs, const DuplicateSettings& settings,
                               const std::function<bool()>& cancelled = {});

} // namespace memescope::duplicates
