#pragma once

#include <QVector>
#include <cstdint>

namespace memescope {

// Stratified hold-out: within each stratum (e.g. label), round(n * holdout) items, chosen by a seeded
// Fisher-Yates shuffle, are marked true. Deterministic across platforms (mt19937 + explicit modulo;
// std::shuffle and std::uniform_int_distribution are implementation-defined).
// AxiOM's reference splits its train file 7:1 into train/validation: holdout = 1/8.
QVector<bool> stratifiedHoldout(const QVector<int>& strata, double holdout, uint32_t seed);

} // namespace memescope
