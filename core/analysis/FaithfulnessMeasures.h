#pragma once
// The arithmetic of faithfulness tests for relevance maps, free of any model: the order a map deletes
// features in, the deletion curve's area (AOPC), and the pointing game's hit test on the vision encoder's
// patch grid. core/engine/FaithfulnessStudy runs them over a model's memes.
//  - Deletion / AOPC (Samek et al., IEEE TNNLS 2017): remove the most relevant features first and track the
//    class probability p; AOPC = 1/(K+1) * sum_{k=0..K} (p_0 - p_k). A faithful map makes p fall early, so a
//    larger AOPC is better; a random order is the floor.
//  - Pointing game (Zhang et al., ECCV 2016): a hit when the most relevant patch lies on the object.

#include <QRectF>
#include <QSize>
#include <QVector>
#include <cstdint>

namespace memescope::faithfulness {

// Indices of `relevance`, most relevant first (ties: the lower index first).
QVector<int> mostRelevantFirst(const QVector<float>& relevance);
// 0..n-1 shuffled by Fisher-Yates with mt19937(seed): the random floor, the same for a given seed.
QVector<int> randomOrder(int n, uint32_t seed);
// The deletion steps: the share of features removed at each point of the curve after the first (0).
const QVector<double>& deletionFractions(); // 0.1, 0.2, 0.3, 0.4, 0.5
// How many of n features a fraction removes: ceil(fraction * n) (at least 1 for a fraction > 0 and n > 0).
int countFor(double fraction, int n);
// The features removed at each step of the curve: the first countFor(f, n) of `order`, for each fraction.
QVector<QVector<int>> deletionSteps(const QVector<int>& order);
// AOPC of a curve p_0, p_1, ..., p_K.
double aopc(const QVector<float>& curve);

// The square of the image the vision encoder sees (the centre crop of the shortest side) cut into side x side
// patches; `patch` is row-major. Image pixels.
QRectF patchRect(int patch, int side, QSize image);
// Whether the centre of `patch` lies in `box`.
bool pointsInto(int patch, int side, QSize image, const QRectF& box);
// The hit rate of a patch drawn at random: the share of patches whose centre lies in `box`.
double chanceOfPointing(int side, QSize image, const QRectF& box);

} // namespace memescope::faithfulness
