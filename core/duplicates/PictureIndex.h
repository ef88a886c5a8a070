#pragma once

#include "PictureSignature.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace memescope::duplicates {

struct PictureMatch {
    int a = 0, b = 0;      // indices into the input, a < b
    double similarity = 0; // PictureIndex::similarity: the share of text-free blocks alike
};

// Finds memes that show the same picture whatever their captions say, from their PictureSignatures.
//
// Similarity, over the blocks free of text in both memes: the share of them showing the same colour (every
// channel within kColourTolerance of 255 levels: a re-encoded or rescaled picture keeps its block colours,
// another picture does not). A shared plain backdrop would make unrelated pictures agree, so the picture's
// structure must agree too: both memes' block colours are high-passed over those blocks (minus the mean of
// those blocks in a 5 x 5 window, the block itself included), so only edges, objects and texture remain,
// and their correlation
// 2 <ra, rb> / (|ra|^2 + |rb|^2) must reach kMinStructureCorrelation (else the similarity is 0). Undefined
// (nullopt) when the two share fewer than kMinCommonBlocks text-free blocks or too little structure there
// (kMinStructure over at least kMinStructureBlocks blocks): nothing to compare.
//
// Candidates, not all pairs: a meme's most structured text-free blocks (up to kKeyBlocks, the edges and
// objects of its picture) each give a key of their position and colour (16 levels per channel); memes are
// compared when they share two such keys (one, when either has only a few), probing the neighbouring colour
// cell for a channel near a cell's edge (multi-probe LSH, Lv et al., VLDB 2007). Pairs the caller already
// suspects (pHash neighbours) are compared as well. A comparison stops as soon as too many blocks differ in
// colour; the structure is computed only for pairs whose colours agree. Once two memes are known to show
// one picture (union-find) they are not compared again, so a picture reused a thousand times costs a
// thousand comparisons, not half a million.
class PictureIndex {
public:
    static constexpr int kMinCommonBlocks = 24;    // of 256: an eighth of the picture
    static constexpr int kMinStructureBlocks = 16; // of those, with enough text-free blocks around them
    // RMS high-passed colour, grey levels: a plain backdrop (white behind a tweet, one colour behind a
    // caption) stays well below, JPEG's noise included, so text-on-plain memes never count as one picture.
    static constexpr double kMinStructure = 2.0;
    // Grey levels, per channel, of a block's mean colour: re-encoding and rescaling move a block's mean by a
    // level or two; two photographs over one backdrop differ by more almost everywhere.
    static constexpr int kColourTolerance = 4;
    static constexpr double kMinStructureCorrelation = 0.7;
    static constexpr int kKeyBlocks = 32;

    static std::optional<double> similarity(const PictureSignature& a, const PictureSignature& b);

    // `pictures[i]` null: that meme has no picture signature. Returns the matches at or above
    // `threshold` that linked two memes not yet known to share a picture (enough to form the groups).
    static std::vector<PictureMatch> pairsAbove(const std::vector<const PictureSignature*>& pictures,
                                                double threshold,
                                                const std::vector<std::pair<int, int>>& suspected = {},
                                                const std::function<bool()>& cancelled = {});
    // The peer: every pair compared (bench_duplicates and the tests).
    static std::vector<PictureMatch> allPairsAbove(const std::vector<const PictureSignature*>& pictures,
                                                   double threshold);
};

} // namespace memescope::duplicates
