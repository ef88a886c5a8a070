#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace memescope::baseline {

struct BaselineOptions {
    int minDf = 1;        // drop features seen in fewer documents
    double c = 1.0;       // inverse L2 strength, as scikit-learn's LogisticRegression(C=...)
    int iterations = 400; // full-batch Nesterov gradient steps
    double learningRate = 2.0;
};

// The baseline researchers compare against first: TF-IDF over word 1-2-grams and character 2-5-grams
// (within word boundaries, like scikit-learn's char_wb), each block L2-normalised (smooth idf:
// ln((1 + n) / (1 + df)) + 1), then logistic regression -- multinomial for single-label, one-vs-rest for
// multi-label -- minimising C * sum(loss) + ||w||^2 / 2. Deterministic; trains in seconds on thousands of
// memes.
class TfidfLogisticRegression {
public:
    void fit(const std::vector<std::string>& texts, const std::vector<std::vector<int>>& labels,
             int numLabels, bool multiLabel, const BaselineOptions& options = {});
    // Per text: probabilities per label (softmax rows sum to 1; sigmoid per label for multi-label).
    std::vector<std::vector<double>> predictProba(const std::vector<std::string>& texts) const;
    // A fitted model as a file (text header, features length-prefixed so any bytes survive, weights as
    // round-trippable decimals). load() throws std::runtime_error naming the file and the problem.
    void save(const std::string& path) const;
    static TfidfLogisticRegression load(const std::string& path);
    int numLabels() const { return numLabels_; }
    bool multiLabel() const { return multiLabel_; }
    size_t featureCount() const { return idf_.size(); }
    // The TF-IDF row of one text: (feature index, value), sorted by index.
    std::vector<std::pair<int, double>> features(const std::string& text) const;
    double idfOf(const std::string& feature) const; // "w:word", "w:two words", "c: wo" ...; 0 if unknown

private:
    std::unordered_map<std::string, int> vocab_;
    std::vector<double> idf_;
    std::vector<int> block_;                   // 0 = word features, 1 = character features
    std::vector<std::vector<double>> weights_; // [label][feature + 1 bias]
    int numLabels_ = 0;
    bool multiLabel_ = false;
};

// The raw features of a text (word 1-2-grams as "w:...", char_wb 2-5-grams as "c:..."), with counts.
std::unordered_map<std::string, int> baselineTerms(const std::string& text);

} // namespace memescope::baseline
