#pragma once

#include <numeric>
#include <vector>

namespace memescope::duplicates {

// Disjoint sets with path halving and union by size (Tarjan 1975).
class UnionFind {
public:
    explicit UnionFind(int n)
        : parent_(size_t(n))
        , size_(size_t(n), 1) {
        std::iota(parent_.begin(), parent_.end(), 0);
    }
    int find(int x) {
        while (parent_[size_t(x)] != x) {
            parent_[size_t(x)] = parent_[size_t(parent_[size_t(x)])];
            x = parent_[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return;
        if (size_[size_t(a)] < size_[size_t(b)]) std::swap(a, b);
        parent_[size_t(b)] = a;
        size_[size_t(a)] += size_[size_t(b)];
    }

private:
    std::vector<int> parent_, size_;
};

} // namespace memescope::duplicates
