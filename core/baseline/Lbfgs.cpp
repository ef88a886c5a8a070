#include "Lbfgs.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace memescope::baseline {
namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

double maxAbs(const std::vector<double>& v) {
    double m = 0;
    for (double x : v)
        m = std::max(m, std::abs(x));
    return m;
}

struct Pair {
    std::vector<double> s, y; // step and gradient change
    double rho = 0;
};

} // namespace

LbfgsResult minimiseLbfgs(std::vector<double>& x, const Objective& objective, int maxIterations,
                          double gradientTolerance, int memory) {
    LbfgsResult r;
    std::vector<double> g(x.size()), xNew(x.size()), gNew(x.size()), d(x.size());
    double f = objective(x, g);
    std::deque<Pair> history;
    std::vector<double> alpha(size_t(std::max(1, memory)));
    for (r.iterations = 0; r.iterations < maxIterations; ++r.iterations) {
        if (maxAbs(g) < gradientTolerance) {
            r.converged = true;
            break;
        }
        // Direction: -H g by the two-loop recursion; H0 scaled by s'y / y'y of the latest pair.
        d = g;
        for (size_t k = history.size(); k-- > 0;) {
            alpha[k] = history[k].rho * dot(history[k].s, d);
            for (size_t i = 0; i < d.size(); ++i)
                d[i] -= alpha[k] * history[k].y[i];
        }
        const double gamma = history.empty()
                                 ? 1.0 / std::max(1.0, std::sqrt(dot(g, g)))
                                 : 1.0 / (history.back().rho * dot(history.back().y, history.back().y));
        for (double& v : d)
            v *= gamma;
        for (size_t k = 0; k < history.size(); ++k) {
            const double beta = history[k].rho * dot(history[k].y, d);
            for (size_t i = 0; i < d.size(); ++i)
                d[i] += history[k].s[i] * (alpha[k] - beta);
        }
        for (double& v : d)
            v = -v;
        double slope = dot(g, d);
        if (slope >= 0) { // not a descent direction (numerical trouble): restart from steepest descent
            history.clear();
            for (size_t i = 0; i < d.size(); ++i)
                d[i] = -g[i] / std::max(1.0, std::sqrt(dot(g, g)));
            slope = dot(g, d);
        }
        // Backtracking line search (Armijo, c1 = 1e-4) from the full quasi-Newton step.
        double step = 1.0, fNew = f;
        bool accepted = false;
        for (int tries = 0; tries < 40; ++tries) {
            for (size_t i = 0; i < x.size(); ++i)
                xNew[i] = x[i] + step * d[i];
            fNew = objective(xNew, gNew);
            if (std::isfinite(fNew) && fNew <= f + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted) break; // no decrease possible at machine precision: as good as it gets
        Pair p;
        p.s.resize(x.size());
        p.y.resize(x.size());
        for (size_t i = 0; i < x.size(); ++i) {
            p.s[i] = xNew[i] - x[i];
            p.y[i] = gNew[i] - g[i];
        }
        const double sy = dot(p.s, p.y);
        const double change = f - fNew;
        x.swap(xNew);
        g.swap(gNew);
        f = fNew;
        if (sy > 1e-12) { // keep only pairs that preserve positive curvature
            p.rho = 1.0 / sy;
            history.push_back(std::move(p));
            if (int(history.size()) > memory) history.pop_front();
        }
        if (change <= 1e-14 * std::max(1.0, std::abs(f))) {
            ++r.iterations;
            r.converged = maxAbs(g) < gradientTolerance * 100;
            break;
        }
    }
    r.value = f;
    return r;
}

} // namespace memescope::baseline
