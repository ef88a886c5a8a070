// Duplicate detection at scale: grouping 10,000 and 100,000 memes (texts + stored 64-bit image hashes) with
// the indexes (MinHash/LSH, multi-index hashing) against the all-pairs comparison on a 10,000 sample, in the
// same run. Synthetic memes: 15-word captions over a 20,000-word Zipf vocabulary, random hashes and picture
// signatures (a smooth backdrop, a few objects, caption rows masked), with 5 % near copies (one or two words
// changed; up to 6 bits flipped; the picture re-encoded, a third of them under a caption of another size).
// Prints a table.
#include "core/duplicates/CaptionNormalizer.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/HammingIndex.h"
#include "core/duplicates/PictureIndex.h"
#include "core/duplicates/TextSimilarity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace memescope;
using namespace memescope::duplicates;

namespace {

// A picture as its signature: a two-colour vertical gradient, three to six rectangles of other colours, and
// caption rows (top and bottom) masked as text.
PictureSignature syntheticPicture(std::mt19937& rng) {
    constexpr int g = PictureSignature::kGrid;
    PictureSignature p;
    int top[3], bottom[3];
    for (int c = 0; c < 3; ++c) {
        top[c] = int(rng() % 256);
        bottom[c] = int(rng() % 256);
    }
    for (int y = 0; y < g; ++y)
        for (int x = 0; x < g; ++x)
            for (int c = 0; c < 3; ++c)
                p.colours[size_t((y * g + x) * 3 + c)] = uint8_t(top[c] + (bottom[c] - top[c]) * y / (g - 1));
    for (int k = 3 + int(rng() % 4); k > 0; --k) {
        const int x0 = int(rng() % g), y0 = int(rng() % g), w = 2 + int(rng() % 5), h = 2 + int(rng() % 5);
        const uint8_t colour[3] = {uint8_t(rng()), uint8_t(rng()), uint8_t(rng())};
        for (int y = y0; y < std::min(g, y0 + h); ++y)
            for (int x = x0; x < std::min(g, x0 + w); ++x)
                for (int c = 0; c < 3; ++c)
                    p.colours[size_t((y * g + x) * 3 + c)] = colour[c];
    }
    return p;
}

void maskCaptionRows(PictureSignature& p, int topRows, int bottomRows) {
    constexpr int g = PictureSignature::kGrid;
    p.textMask = {};
    for (int y = 0; y < g; ++y)
        if (y < topRows || y >= g - bottomRows)
            for (int x = 0; x < g; ++x)
                p.textMask[size_t(y * g + x) / 64] |= uint64_t(1) << ((y * g + x) % 64);
}

std::vector<DuplicateInput> syntheticMemes(int n, uint32_t seed) {
    std::mt19937 rng(seed);
    // Zipf(1.0) over 20,000 words by inverse transform on the cumulative weights.
    static std::vector<double> cumulative = [] {
        std::vector<double> c(20000);
        double s = 0;
        for (int i = 0; i < 20000; ++i)
            c[size_t(i)] = s += 1.0 / (i + 1);
        return c;
    }();
    auto word = [&] {
        const double u = std::uniform_real_distribution<double>(0, cumulative.back())(rng);
        return QStringLiteral("w%1").arg(std::lower_bound(cumulative.begin(), cumulative.end(), u) -
                                         cumulative.begin());
    };
    std::vector<DuplicateInput> memes(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        DuplicateInput& m = memes[size_t(i)];
        m.split = i % 5 == 0 ? Split::Test : Split::Train;
        m.hasImage = true;
        if (i > 0 && rng() % 20 == 0) { // a near copy of an earlier meme
            const DuplicateInput& o = memes[size_t(rng() % uint32_t(i))];
            QStringList words = o.text.split(' ');
            words[int(rng() % uint32_t(words.size()))] = word();
            m.text = words.join(' ');
            uint64_t h = *o.imageHash;
            for (int f = int(rng() % 7); f > 0; --f)
                h ^= uint64_t(1) << (rng() % 64);
            m.imageHash = h;
            PictureSignature picture = *o.picture; // re-encoded: every block a little off
            for (uint8_t& v : picture.colours)
                v = uint8_t(std::clamp(int(v) + int(rng() % 7) - 3, 0, 255));
            if (rng() % 3 == 0) maskCaptionRows(picture, 2 + int(rng() % 3), 2 + int(rng() % 3));
            m.picture = picture;
            continue;
        }
        QStringList words;
        for (int k = 0; k < 15; ++k)
            words << word();
        m.text = words.join(' ');
        m.imageHash = (uint64_t(rng()) << 32) | rng();
        PictureSignature picture = syntheticPicture(rng);
        maskCaptionRows(picture, 2 + int(rng() % 3), 2 + int(rng() % 3));
        m.picture = picture;
    }
    return memes;
}

// Each caption normalised and cut into word-pair shingles, as findDuplicates does.
std::vector<std::vector<uint64_t>> shingleSets(const std::vector<DuplicateInput>& memes) {
    std::vector<std::vector<uint64_t>> sets;
    for (const DuplicateInput& m : memes) {
        std::vector<std::string> w;
        for (const QString& x : captionWords(normalizeCaption(m.text)))
            w.push_back(x.toStdString());
        sets.push_back(wordShingles(w));
    }
    return sets;
}

double seconds(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e9;
}

// The peer: every pair of captions by exact Jaccard, every pair of hashes by Hamming distance and every pair
// of pictures by their similarity.
double allPairsSeconds(const std::vector<DuplicateInput>& memes, const DuplicateSettings& s, long* pairs) {
    QElapsedTimer t;
    t.start();
    const std::vector<std::vector<uint64_t>> sets = shingleSets(memes);
    long found = 0;
    for (size_t a = 0; a < sets.size(); ++a)
        for (size_t b = a + 1; b < sets.size(); ++b)
            found += jaccard(sets[a], sets[b]) >= s.textThreshold;
    std::vector<uint64_t> hashes;
    for (const DuplicateInput& m : memes)
        hashes.push_back(*m.imageHash);
    found += long(HammingIndex::allPairsWithin(hashes, s.imageDistance).size());
    std::vector<const PictureSignature*> pictures;
    for (const DuplicateInput& m : memes)
        pictures.push_back(m.picture ? &*m.picture : nullptr);
    found += long(PictureIndex::allPairsAbove(pictures, s.pictureSimilarity).size());
    *pairs = found;
    return seconds(t);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const DuplicateSettings settings;
    std::printf("| memes | MemeScope (indexes) s | groups | leaked test memes | all-pairs peer s | peer / "
                "MemeScope |\n");
    std::printf("|---|---|---|---|---|---|\n");
    for (const int n : {10000, 100000}) {
        const std::vector<DuplicateInput> memes = syntheticMemes(n, 7);
        QElapsedTimer t;
        t.start();
        const DuplicateReport r = findDuplicates(memes, settings);
        const double ours = seconds(t);
        if (n == 10000) {
            long pairs = 0;
            const double peer = allPairsSeconds(memes, settings, &pairs);
            std::printf("| %d | %.2f | %zu | %zu | %.2f (%ld matching pairs) | %.1fx |\n", n, ours,
                        r.groups.size(), r.leakedTestMembers().size(), peer, pairs, peer / ours);
        } else {
            std::printf("| %d | %.2f | %zu | %zu | (all pairs: ~100x the 10,000 figure) | |\n", n, ours,
                        r.groups.size(), r.leakedTestMembers().size());
        }
        std::fflush(stdout);
    }
    // Where the time goes at 100,000: normalising captions, the text index, the image index.
    const std::vector<DuplicateInput> memes = syntheticMemes(100000, 7);
    QElapsedTimer t;
    t.start();
    const std::vector<std::vector<uint64_t>> sets = shingleSets(memes);
    const double normalise = seconds(t);
    t.restart();
    const size_t textPairs = MinHashIndex::nearPairs(sets, settings.textThreshold).size();
    const double text = seconds(t);
    std::vector<uint64_t> hashes;
    for (const DuplicateInput& m : memes)
        hashes.push_back(*m.imageHash);
    t.restart();
    const size_t imagePairs = HammingIndex::pairsWithin(hashes, settings.imageDistance).size();
    const double image = seconds(t);
    std::vector<const PictureSignature*> pictures;
    for (const DuplicateInput& m : memes)
        pictures.push_back(m.picture ? &*m.picture : nullptr);
    t.restart();
    const size_t picturePairs = PictureIndex::pairsAbove(pictures, settings.pictureSimilarity).size();
    const double picture = seconds(t);
    std::printf("\n100,000 memes by step: normalise + shingle %.2f s, MinHash/LSH %.2f s (%zu pairs), "
                "multi-index hashing %.2f s (%zu pairs), picture index %.2f s (%zu links)\n",
                normalise, text, textPairs, image, imagePairs, picture, picturePairs);
    return 0;
}
