#include "TfidfLogisticRegression.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace memescope::baseline {
namespace {

// scikit-learn's default token pattern \b\w\w+\b on lower-cased text (bytes >= 0x80 count as word characters,
// so UTF-8 words stay whole).
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string w;
    auto flush = [&] {
        if (w.size() >= 2) out.push_back(w);
        w.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '_' || c >= 0x80)
            w += char(std::tolower(c));
        else
            flush();
    }
    flush();
    return out;
}

void l2(std::vector<std::pair<int, double>>& row, int block, const std::vector<int>& blocks) {
    double n = 0;
    for (const auto& [i, v] : row)
        if (blocks[size_t(i)] == block) n += v * v;
    n = std::sqrt(n);
    if (n <= 0) return;
    // Each block has unit norm, scaled by 1/sqrt(2) so the whole row has unit norm too.
    for (auto& [i, v] : row)
        if (blocks[size_t(i)] == block) v = v / n / std::sqrt(2.0);
}

// Class scores of one TF-IDF row under weights [label][feature + bias], through softmax (single-label) or
// a sigmoid per label (multi-label).
void probabilities(const std::vector<std::vector<double>>& w, const std::vector<std::pair<int, double>>& row,
                   bool multiLabel, std::vector<double>& z) {
    const size_t bias = w.front().size() - 1;
    for (size_t k = 0; k < w.size(); ++k) {
        double s = w[k][bias];
        for (const auto& [f, v] : row)
            s += w[k][size_t(f)] * v;
        z[k] = s;
    }
    if (multiLabel) {
        for (double& v : z)
            v = 1.0 / (1.0 + std::exp(-v));
        return;
    }
    const double m = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double& v : z)
        sum += (v = std::exp(v - m));
    for (double& v : z)
        v /= sum;
}

} // namespace

std::unordered_map<std::string, int> baselineTerms(const std::string& text) {
    std::unordered_map<std::string, int> terms;
    const std::vector<std::string> ws = words(text);
    for (size_t i = 0; i < ws.size(); ++i) {
        ++terms["w:" + ws[i]];
        if (i + 1 < ws.size()) ++terms["w:" + ws[i] + " " + ws[i + 1]];
        const std::string padded = " " + ws[i] + " ";
        for (size_t n = 2; n <= 5; ++n)
            for (size_t p = 0; p + n <= padded.size(); ++p)
                ++terms["c:" + padded.substr(p, n)];
    }
    return terms;
}

std::vector<std::pair<int, double>> TfidfLogisticRegression::features(const std::string& text) const {
    std::vector<std::pair<int, double>> row;
    for (const auto& [term, count] : baselineTerms(text)) {
        const auto it = vocab_.find(term);
        if (it != vocab_.end()) row.emplace_back(it->second, count * idf_[size_t(it->second)]);
    }
    std::sort(row.begin(), row.end());
    l2(row, 0, block_);
    l2(row, 1, block_);
    return row;
}

double TfidfLogisticRegression::idfOf(const std::string& feature) const {
    const auto it = vocab_.find(feature);
    return it == vocab_.end() ? 0.0 : idf_[size_t(it->second)];
}

void TfidfLogisticRegression::fit(const std::vector<std::string>& texts,
                                  const std::vector<std::vector<int>>& labels, int numLabels, bool multiLabel,
                                  const BaselineOptions& o) {
    numLabels_ = numLabels;
    multiLabel_ = multiLabel;
    // Vocabulary and document frequencies (ordered map: feature indices do not depend on hashing).
    std::map<std::string, int> df;
    for (const auto& t : texts)
        for (const auto& [term, count] : baselineTerms(t))
            ++df[term];
    vocab_.clear();
    idf_.clear();
    block_.clear();
    const double n = double(texts.size());
    for (const auto& [term, d] : df) {
        if (d < o.minDf) continue;
        vocab_.emplace(term, int(idf_.size()));
        idf_.push_back(std::log((1.0 + n) / (1.0 + d)) + 1.0);
        block_.push_back(term[0] == 'c' ? 1 : 0);
    }
    std::vector<std::vector<std::pair<int, double>>> x;
    for (const auto& t : texts)
        x.push_back(features(t));
    const size_t F = idf_.size() + 1; // + bias
    const int K = numLabels;
    // y as indicator rows.
    std::vector<std::vector<double>> y(texts.size(), std::vector<double>(size_t(K), 0.0));
    for (size_t i = 0; i < labels.size(); ++i)
        for (int l : labels[i])
            y[i][size_t(l)] = 1.0;

    // Objective per sample: mean loss + ||w||^2 / (2 C n) (scikit-learn's C * sum + ||w||^2 / 2, divided by
    // C n); bias not regularised. Nesterov-accelerated full-batch gradient descent.
    weights_.assign(size_t(K), std::vector<double>(F, 0.0));
    std::vector<std::vector<double>> velocity = weights_, grad = weights_;
    const double lambda = 1.0 / (o.c * std::max(1.0, n));
    std::vector<double> z(static_cast<size_t>(K));
    for (int it = 0; it < o.iterations; ++it) {
        // Look-ahead point.
        std::vector<std::vector<double>> w = weights_;
        for (int k = 0; k < K; ++k)
            for (size_t f = 0; f < F; ++f)
                w[size_t(k)][f] += 0.9 * velocity[size_t(k)][f];
        for (auto& g : grad)
            std::fill(g.begin(), g.end(), 0.0);
        for (size_t i = 0; i < x.size(); ++i) {
            probabilities(w, x[i], multiLabel, z);
            for (int k = 0; k < K; ++k) {
                const double r = (z[size_t(k)] - y[i][size_t(k)]) / n;
                if (r == 0) continue;
                for (const auto& [f, v] : x[i])
                    grad[size_t(k)][size_t(f)] += r * v;
                grad[size_t(k)][F - 1] += r;
            }
        }
        for (int k = 0; k < K; ++k)
            for (size_t f = 0; f < F; ++f) {
                const double g = grad[size_t(k)][f] + (f + 1 < F ? lambda * w[size_t(k)][f] : 0.0);
                velocity[size_t(k)][f] = 0.9 * velocity[size_t(k)][f] - o.learningRate * g;
                weights_[size_t(k)][f] += velocity[size_t(k)][f];
            }
    }
}

std::vector<std::vector<double>>
TfidfLogisticRegression::predictProba(const std::vector<std::string>& texts) const {
    std::vector<std::vector<double>> out;
    for (const auto& t : texts) {
        std::vector<double> z(static_cast<size_t>(numLabels_));
        probabilities(weights_, features(t), multiLabel_, z);
        out.push_back(std::move(z));
    }
    return out;
}

namespace {
const char* const kMagic = "memescope-tfidf-lr";
}

void TfidfLogisticRegression::save(const std::string& path) const {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << kMagic << " 1 " << numLabels_ << ' ' << (multiLabel_ ? 1 : 0) << ' ' << idf_.size() << '\n';
        std::vector<const std::string*> byIndex(idf_.size());
        for (const auto& [term, index] : vocab_)
            byIndex[size_t(index)] = &term;
        out.precision(17);
        for (size_t i = 0; i < idf_.size(); ++i)
            out << idf_[i] << ' ' << block_[i] << ' ' << byIndex[i]->size() << ' ' << *byIndex[i] << '\n';
        for (const auto& row : weights_) {
            for (size_t k = 0; k < row.size(); ++k)
                out << (k ? " " : "") << row[k];
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
    if (!(in >> magic >> version >> m.numLabels_ >> multi >> features) || magic != kMagic || version != 1)
        throw bad("header");
    if (m.numLabels_ <= 0 || m.numLabels_ > 64 || features > (size_t(1) << 26)) throw bad("sizes");
    m.multiLabel_ = multi != 0;
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
    m.weights_.assign(size_t(m.numLabels_), std::vector<double>(features + 1));
    for (auto& row : m.weights_)
        for (double& w : row)
            if (!(in >> w)) throw bad("weights truncated");
    return m;
}

} // namespace memescope::baseline
