#include "LabelConsensus.h"

#include <QHash>
#include <algorithm>

namespace memescope {
namespace {

const LabelAnswer* latestOf(const QVector<LabelAnswer>& answers, bool adjudicationsOnly) {
    const LabelAnswer* latest = nullptr;
    for (const LabelAnswer& a : answers)
        if ((!adjudicationsOnly || a.adjudication) && (!latest || a.order > latest->order)) latest = &a;
    return latest;
}

uint64_t pluralityMask(const QVector<LabelAnswer>& answers) {
    QHash<uint64_t, int> votes;
    QHash<uint64_t, int64_t> newest;
    for (const LabelAnswer& a : answers) {
        ++votes[a.mask];
        newest[a.mask] = std::max(newest.value(a.mask, a.order), a.order);
    }
    uint64_t best = answers.front().mask;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const int bestVotes = votes.value(best);
        if (it.value() > bestVotes ||
            (it.value() == bestVotes && newest.value(it.key()) > newest.value(best)))
            best = it.key();
    }
    return best;
}

uint64_t perLabelMajorityMask(const QVector<LabelAnswer>& answers) {
    const LabelAnswer* latest = latestOf(answers, false);
    uint64_t used = 0;
    for (const LabelAnswer& a : answers)
        used |= a.mask;
    uint64_t out = 0;
    for (int bit = 0; bit < 64; ++bit) {
        const uint64_t b = uint64_t(1) << bit;
        if (!(used & b)) continue;
        const auto ticked =
            std::count_if(answers.begin(), answers.end(), [b](const auto& a) { return a.mask & b; });
        const auto twice = 2 * ticked;
        if (twice > answers.size() || (twice == answers.size() && (latest->mask & b))) out |= b;
    }
    return out;
}

} // namespace

LabelConsensus consensusOf(const QVector<LabelAnswer>& latestAnswers, bool multiLabel) {
    LabelConsensus c;
    c.answers = int(latestAnswers.size());
    if (latestAnswers.isEmpty()) return c;
    if (const LabelAnswer* decision = latestOf(latestAnswers, true)) {
        c.mask = decision->mask;
        c.adjudicator = decision->annotator;
    } else {
        c.mask = multiLabel ? perLabelMajorityMask(latestAnswers) : pluralityMask(latestAnswers);
    }
    c.support = int(std::count_if(latestAnswers.begin(), latestAnswers.end(),
                                  [&c](const LabelAnswer& a) { return a.mask == *c.mask; }));
    return c;
}

} // namespace memescope
