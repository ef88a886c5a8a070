#include "GroupAwareSplit.h"

#include "ProjectDuplicates.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>

namespace memescope::duplicates {
namespace {

constexpr std::array<Split, 3> kSplits = {Split::Train, Split::Validation, Split::Test};

int slotOf(Split s) {
    return s == Split::Train ? 0 : s == Split::Validation ? 1 : s == Split::Test ? 2 : -1;
}

struct Unit {
    std::vector<int> members; // indices into found.samples
    int stratum = -1;         // a label index, or -1 (unlabelled)
};

} // namespace

QHash<int64_t, Split> groupAwareSplit(const ProjectDuplicates& found, const QHash<int64_t, Split>& given,
                                      uint32_t seed, GroupAwareSplitSummary* summary) {
    const int n = int(found.samples.size());
    auto splitOf = [&](int i) { return given.value(found.samples[i].rowId, Split::Unassigned); };
    // How often each label occurs among the memes being split: a unit is stratified by its rarest label.
    std::map<int, int> labelCount;
    std::array<double, 3> total{};
    for (int i = 0; i < n; ++i) {
        const int slot = slotOf(splitOf(i));
        if (slot < 0) continue;
        total[size_t(slot)] += 1;
        if (const auto& l = found.samples[i].labels)
            for (int b = 0; b < 64; ++b)
                if ((*l >> b) & 1u) ++labelCount[b];
    }
    const double all = total[0] + total[1] + total[2];
    QHash<int64_t, Split> out = given;
    if (all == 0) return out;

    std::vector<Unit> units;
    std::vector<bool> done(size_t(n), false);
    auto stratumOf = [&](const std::vector<int>& members) {
        for (const int m : members)
            if (const auto& l = found.samples[m].labels; l && *l) {
                int best = -1;
                for (int b = 0; b < 64; ++b)
                    if (((*l >> b) & 1u) && (best < 0 || labelCount[b] < labelCount[best])) best = b;
                return best;
            }
        return -1;
    };
    for (const DuplicateGroup& g : found.report.groups) {
        Unit u;
        for (const int m : g.members)
            if (slotOf(splitOf(m)) >= 0) u.members.push_back(m);
        for (const int m : g.members)
            done[size_t(m)] = true;
        if (u.members.empty()) continue;
        u.stratum = stratumOf(u.members);
        units.push_back(std::move(u));
    }
    for (int i = 0; i < n; ++i)
        if (!done[size_t(i)] && slotOf(splitOf(i)) >= 0) units.push_back({{i}, stratumOf({i})});

    std::map<int, std::vector<size_t>> byStratum;
    for (size_t u = 0; u < units.size(); ++u)
        byStratum[units[u].stratum].push_back(u);
    std::mt19937 rng(seed);
    for (auto& [stratum, list] : byStratum) {
        // Fisher-Yates with rng() % k (std::shuffle's draws differ between standard libraries).
        for (size_t k = list.size(); k > 1; --k)
            std::swap(list[k - 1], list[rng() % k]);
        std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
            return units[a].members.size() > units[b].members.size();
        });
        double size = 0;
        for (const size_t u : list)
            size += double(units[u].members.size());
        std::array<double, 3> target{}, have{};
        for (size_t s = 0; s < 3; ++s)
            target[s] = size * total[s] / all;
        for (const size_t u : list) {
            // The split that lacks the most; when none lacks any, the one least over its share.
            size_t best = 0;
            double bestScore = -1e300;
            for (size_t s = 0; s < 3; ++s) {
                if (target[s] <= 0) continue;
                const double score = target[s] - have[s] >= 0 ? target[s] - have[s] : -(have[s] / target[s]);
                if (score > bestScore) bestScore = score, best = s;
            }
            have[best] += double(units[u].members.size());
            for (const int m : units[u].members)
                out[found.samples[m].rowId] = kSplits[best];
        }
    }
    if (summary) {
        *summary = {};
        for (const Unit& u : units)
            summary->groupsKeptWhole += u.members.size() > 1 ? 1 : 0;
        for (int i = 0; i < n; ++i) {
            const Split now = out.value(found.samples[i].rowId, Split::Unassigned);
            summary->train += now == Split::Train;
            summary->val += now == Split::Validation;
            summary->test += now == Split::Test;
            summary->moved += now != splitOf(i);
        }
    }
    return out;
}

} // namespace memescope::duplicates
