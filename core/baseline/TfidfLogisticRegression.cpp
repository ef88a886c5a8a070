#include "TfidfLogisticRegression.h"
#include "BaselineText.h"
#include "Lbfgs.h"
#include "core/metrics/ThresholdTuning.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <stdexcept>

namespace memescope::baseline {
namespace {

// Training rows in compressed sparse form.
struct SparseRows {
    std::vector<size_t> start{0};
    std::vector<int> column;
    std::vector<double> value;
    size_t rows() const { return start.size() - 1; }
};

// Class scores z[k] = w[bias][k] + sum_f w[f][k] v_f of row i, then softmax (single-label) or a sigmoid
// per label (multi-label) into p.
void rowProbabilities(const std::vector<double>& w, size_t features, int K, const int* col, const double* val,
                      size_t nnz, bool multiLabel, std::vector<double>& p) {
    const double* bias = w.data() + features * size_t(K);
    for (int k = 0; k < K; ++k)
        p[size_t(k)] = bias[k];
    for (size_t e = 0; e < nnz; ++e) {
        const double* wf = w.data() + size_t(col[e]) * size_t(K);
        for (int k = 0; k < K; ++k)
            p[size_t(k)] += wf[k] * val[e];
    }
    if (multiLabel) {
        for (double& v : p)
            v = 1.0 / (1.0 + std::exp(-v));
        return;
    }
    const double m = *std::max_element(p.begin(), p.end());
    double sum = 0;
    for (double& v : p)
        sum += (v = std::exp(v - m));
    for (double& v : p)
        v /= sum;
}

// (1/n) sum of per-sample losses + ||w||^2 / (2 C n): scikit-learn's C * sum(loss) + ||w||^2 / 2 divided by
// C n, so the minimiser is the same and the gradient tolerance does not depend on the data's size.
Objective logisticObjective(const SparseRows& x, const std::vector<std::vector<int>>& y, size_t features,
                            int K, bool multiLabel, double c) {
    const double n = double(std::max<size_t>(1, x.rows()));
    const double lambda = 1.0 / (c * n);
    return [&x, &y, features, K, multiLabel, n, lambda](const std::vector<double>& w,
                                                        std::vector<double>& g) {
        std::fill(g.begin(), g.end(), 0.0);
        std::vector<double> p(static_cast<size_t>(K));
        double loss = 0;
        double* gBias = g.data() + features * size_t(K);
        for (size_t i = 0; i < x.rows(); ++i) {
            const size_t a = x.start[i], nnz = x.start[i + 1] - a;
            rowProbabilities(w, features, K, x.column.data() + a, x.value.data() + a, nnz, multiLabel, p);
            for (int k = 0; k < K; ++k) {
                const double t = double(y[i][size_t(k)]), q = std::clamp(p[size_t(k)], 1e-300, 1.0);
                if (multiLabel)
                    loss -= t * std::log(q) + (1 - t) * std::log(std::clamp(1.0 - p[size_t(k)], 1e-300, 1.0));
                else if (t > 0)
                    loss -= std::log(q);
                p[size_t(k)] = (p[size_t(k)] - t) / n;
            }
            for (size_t e = a; e < a + nnz; ++e) {
                double* gf = g.data() + size_t(x.column[e]) * size_t(K);
                const double v = x.value[e];
                for (int k = 0; k < K; ++k)
                    gf[k] += p[size_t(k)] * v;
            }
            for (int k = 0; k < K; ++k)
                gBias[k] += p[size_t(k)];
        }
        double reg = 0;
        for (size_t f = 0; f < features * size_t(K); ++f) {
            reg += w[f] * w[f];
            g[f] += lambda * w[f];
        }
        return loss / n + 0.5 * lambda * reg;
    };
}

void normalise(std::vector<std::pair<int, double>>& row, int block, const std::vector<int>& blocks,
               double scale) {
    double n = 0;
    for (const auto& [i, v] : row)
        if (blocks[size_t(i)] == block) n += v * v;
    n = std::sqrt(n);
    if (n <= 0) return;
    for (auto& [i, v] : row)
        if (blocks[size_t(i)] == block) v = v / n * scale;
}

} // namespace

std::unordered_map<std::string, int> baselineTerms(const std::string& text) {
    std::unordered_map<std::string, int> terms;
    const std::vector<std::string> ws = wordTokens(text);
    for (size_t i = 0; i < ws.size(); ++i) {
        ++terms["w:" + ws[i]];
        if (i + 1 < ws.size()) ++terms["w:" + ws[i] + " " + ws[i + 1]];
    }
    for (const std::string& g : charWbGrams(text, 2, 5))
        ++terms["c:" + g];
    return terms;
}

std::vector<std::pair<int, double>> TfidfLogisticRegression::features(const std::string& text) const {
    std::vector<std::pair<int, double>> row;
    for (const auto& [term, count] : baselineTerms(text)) {
        const auto it = vocab_.find(term);
        if (it == vocab_.end()) continue;
        const double tf = sublinearTf_ ? 1.0 + std::log(double(count)) : double(count);
        row.emplace_back(it->second, tf * idf_[size_t(it->second)]);
    }
    std::sort(row.begin(), row.end());
    normalise(row, 0, block_, blockScale_);
    normalise(row, 1, block_, blockScale_);
    return row;
}

std::vector<double> TfidfLogisticRegression::chunkContributions(const std::string& text, int label,
                                                                std::vector<std::string>* chunks) const {
    if (label < 0 || label >= numLabels_)
        throw std::invalid_argument("chunkContributions: label out of range");
    std::vector<std::string> pieces;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) pieces.push_back(text.substr(start, i - start));
    }
    // Each feature's value per occurrence: its tf-idf value over its count in the whole text.
    std::unordered_map<std::string, double> perOccurrence;
    const std::unordered_map<std::string, int> counts = baselineTerms(text);
    std::unordered_map<int, double> value;
    for (const auto& [f, v] : features(text))
        value[f] = v;
    for (const auto& [term, count] : counts) {
        const auto it = vocab_.find(term);
        if (it == vocab_.end()) continue;
        const double w = weights_[size_t(it->second) * size_t(numLabels_) + size_t(label)];
        perOccurrence[term] = value[it->second] * w / double(count);
    }
    auto share = [&](const std::string& term) {
        const auto it = perOccurrence.find(term);
        return it == perOccurrence.end() ? 0.0 : it->second;
    };
    std::vector<double> out(pieces.size(), 0.0);
    std::vector<std::pair<std::string, size_t>> tokens; // the text's word tokens, each with its chunk
    for (size_t c = 0; c < pieces.size(); ++c) {
        for (const std::string& g : charWbGrams(pieces[c], 2, 5))
            out[c] += share("c:" + g);
        for (const std::string& w : wordTokens(pieces[c])) {
            out[c] += share("w:" + w);
            tokens.emplace_back(w, c);
        }
    }
    for (size_t t = 0; t + 1 < tokens.size(); ++t) {
        const double half = share("w:" + tokens[t].first + " " + tokens[t + 1].first) / 2;
        out[tokens[t].second] += half;
        out[tokens[t + 1].second] += half;
    }
    if (chunks) *chunks = std::move(pieces);
    return out;
}

double TfidfLogisticRegression::idfOf(const std::string& feature) const {
    const auto it = vocab_.find(feature);
    return it == vocab_.end() ? 0.0 : idf_[size_t(it->second)];
}

void TfidfLogisticRegression::buildVocabulary(const std::vector<std::string>& texts, int minDf) {
    // Ordered map: feature indices do not depend on hashing.
    std::map<std::string, int> df;
    for (const auto& t : texts)
        for (const auto& [term, count] : baselineTerms(t))
            ++df[term];
    vocab_.clear();
    idf_.clear();
    block_.clear();
    const double n = double(texts.size());
    for (const auto& [term, d] : df) {
        if (d < minDf) continue;
        vocab_.emplace(term, int(idf_.size()));
        idf_.push_back(std::log((1.0 + n) / (1.0 + d)) + 1.0);
        block_.push_back(term[0] == 'c' ? 1 : 0);
    }
}

void TfidfLogisticRegression::fit(const std::vector<std::string>& texts,
                                  const std::vector<std::vector<int>>& labels, int numLabels, bool multiLabel,
                                  const BaselineOptions& o) {
    fitSelectingC(texts, labels, {}, {}, numLabels, multiLabel, o);
}

BaselineFit TfidfLogisticRegression::fitSelectingC(const std::vector<std::string>& trainTexts,
                                                   const std::vector<std::vector<int>>& trainLabels,
                                                   const std::vector<std::string>& valTexts,
                                                   const std::vector<std::vector<int>>& valLabels,
                                                   int numLabels, bool multiLabel, const BaselineOptions& o) {
    if (numLabels <= 0) throw std::invalid_argument("the baseline needs at least one label");
    numLabels_ = numLabels;
    multiLabel_ = multiLabel;
    sublinearTf_ = o.sublinearTf;
    blockScale_ = 1.0;
    thresholds_.assign(size_t(numLabels), 0.5);
    BaselineFit fit;
    fit.minDf = o.minDf;
    buildVocabulary(trainTexts, fit.minDf);
    if (idf_.empty() && fit.minDf > 1) { // a handful of texts sharing nothing: keep every feature
        fit.minDf = 1;
        buildVocabulary(trainTexts, 1);
    }
    SparseRows x;
    for (const auto& t : trainTexts) {
        for (const auto& [f, v] : features(t)) {
            x.column.push_back(f);
            x.value.push_back(v);
        }
        x.start.push_back(x.column.size());
    }
    const size_t F = idf_.size();
    const int K = numLabels;
    const std::vector<std::vector<int>> y = metrics::labelIndicators(trainLabels, K);
    const std::vector<std::vector<int>> valTruth = metrics::labelIndicators(valLabels, K);
    fit.validationMemes = int(valTexts.size());
    const bool choose = fit.validationMemes >= kMinValidationMemes && o.cGrid.size() > 1;
    const std::vector<double> grid = choose ? o.cGrid : std::vector<double>{o.c};

    // Ascending C, each fit warm-started from the previous one: the path scikit-learn's solvers also take.
    std::vector<double> w((F + 1) * size_t(K), 0.0), best;
    double bestScore = -1;
    for (double c : grid) {
        const LbfgsResult r = minimiseLbfgs(w, logisticObjective(x, y, F, K, multiLabel, c), o.maxIterations,
                                            o.gradientTolerance);
        if (valTexts.empty()) {
            best = w;
            fit.c = c;
            fit.iterations = r.iterations;
            break;
        }
        weights_ = w;
        const auto probs = predictProba(valTexts);
        std::vector<double> th(size_t(K), 0.5);
        std::vector<int> untuned;
        if (multiLabel) {
            const metrics::TunedThresholds t =
                metrics::tuneThresholds(probs, valTruth, K, kMinPositivesToTune);
            th = t.thresholds;
            untuned = t.fallbackLabels;
        }
        const double score = metrics::macroF1(probs, valTruth, multiLabel, th);
        fit.scoreByC.emplace_back(c, score);
        if (score > bestScore + 1e-12) { // ties keep the smaller C (the stronger regularisation)
            bestScore = score;
            best = w;
            fit.c = c;
            fit.iterations = r.iterations;
            thresholds_ = th;
            fit.untunedLabels = untuned;
        }
    }
    weights_ = best;
    c_ = fit.c;
    fit.cChosen = choose;
    fit.validationMacroF1 = std::max(0.0, bestScore);
    fit.thresholds = thresholds_;
    return fit;
}

std::vector<std::vector<double>>
TfidfLogisticRegression::predictProba(const std::vector<std::string>& texts) const {
    std::vector<std::vector<double>> out;
    out.reserve(texts.size());
    std::vector<int> col;
    std::vector<double> val;
    for (const auto& t : texts) {
        col.clear();
        val.clear();
        for (const auto& [f, v] : features(t)) {
            col.push_back(f);
            val.push_back(v);
        }
        std::vector<double> p(static_cast<size_t>(numLabels_));
        rowProbabilities(weights_, idf_.size(), numLabels_, col.data(), val.data(), col.size(), multiLabel_,
                         p);
        out.push_back(std::move(p));
    }
    return out;
}

namespace {
const char* const kMagic = "memescope-tfidf-lr";
}

void TfidfLogisticRegression::save(const std::string& path) const {
    const std::string tmp = path + ".tmp";
    const size_t F = idf_.size();
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.precision(17);
        out << kMagic << " 2 " << numLabels_ << ' ' << (multiLabel_ ? 1 : 0) << ' ' << F << ' '
            << (sublinearTf_ ? 1 : 0) << ' ' << c_ << '\n';
        for (size_t k = 0; k < thresholds_.size(); ++k)
            out << (k ? " " : "") << thresholds_[k];
        out << '\n';
        std::vector<const std::string*> byIndex(F);
        for (const auto& [term, index] : vocab_)
            byIndex[size_t(index)] = &term;
        for (size_t i = 0; i < F; ++i)
            out << idf_[i] << ' ' << block_[i] << ' ' << byIndex[i]->size() << ' ' << *byIndex[i] << '\n';
        // One line per label: its weight for every feature, then its bias.
        for (int k = 0; k < numLabels_; ++k) {
            for (size_t f = 0; f <= F; ++f)
                out << (f ? " " : "") << weights_[f * size_t(numLabels_) + size_t(k)];
            out << '\n';
        }
        out.flush();
        if (!out) throw std::runtime_error(tmp + ": cannot write (disk full?)");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        throw std::runtime_error(path + ": cannot replace the file");
}

TfidfLogisticRegression TfidfLogisticRegression::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the baseline model");
    auto bad = [&](const std::string& what) {
        return std::runtime_error(path + ": not a valid baseline model (" + what + ")");
    };
    std::string magic;
    int version = 0, multi = 0;
    size_t features = 0;
    TfidfLogisticRegression m;
    if (!(in >> magic >> version >> m.numLabels_ >> multi >> features) || magic != kMagic ||
        (version != 1 && version != 2))
        throw bad("header");
    if (m.numLabels_ <= 0 || m.numLabels_ > 64 || features > (size_t(1) << 26)) throw bad("sizes");
    m.multiLabel_ = multi != 0;
    m.thresholds_.assign(size_t(m.numLabels_), 0.5);
    if (version == 1) { // raw counts, each block scaled to 1/sqrt(2), untuned thresholds
        m.sublinearTf_ = false;
        m.blockScale_ = 1.0 / std::sqrt(2.0);
    } else {
        int sublinear = 0;
        if (!(in >> sublinear >> m.c_)) throw bad("header");
        m.sublinearTf_ = sublinear != 0;
        for (double& t : m.thresholds_)
            if (!(in >> t) || !(t >= 0 && t <= 1)) throw bad("thresholds");
    }
    in.get();
    m.idf_.resize(features);
    m.block_.resize(features);
    for (size_t i = 0; i < features; ++i) {
        size_t length = 0;
        if (!(in >> m.idf_[i] >> m.block_[i] >> length) || length > 4096)
            throw bad("feature " + std::to_string(i));
        in.get();
        std::string term(length, '\0');
        if (!in.read(term.data(), std::streamsize(length))) throw bad("feature " + std::to_string(i));
        in.get();
        m.vocab_.emplace(std::move(term), int(i));
    }
    const size_t K = size_t(m.numLabels_);
    m.weights_.assign((features + 1) * K, 0.0);
    for (size_t k = 0; k < K; ++k)
        for (size_t f = 0; f <= features; ++f)
            if (!(in >> m.weights_[f * K + k])) throw bad("weights truncated");
    return m;
}

} // namespace memescope::baseline
