#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace memescope::baseline {

struct BaselineOptions {
    int minDf = 2;           // drop features seen in fewer training documents (scikit-learn's min_df)
    bool sublinearTf = true; // 1 + ln(count) instead of the raw count (scikit-learn's sublinear_tf)
    double c = 1.0;          // inverse L2 strength, as LogisticRegression(C=...); used when C is not chosen
    std::vector<double> cGrid = {0.1, 0.3, 1, 3, 10, 30}; // candidates for fitSelectingC, ascending
    int maxIterations = 500;                              // L-BFGS iterations per C
    double gradientTolerance = 1e-6; // stop when the largest |gradient| of the per-sample objective is below
};

// What fitSelectingC chose and why, for the run to record.
struct BaselineFit {
    double c = 1.0;
    bool cChosen = false;                            // false: too little validation data, options.c used
    std::vector<std::pair<double, double>> scoreByC; // C -> validation macro-F1
    double validationMacroF1 = 0;
    std::vector<double> thresholds; // multi-label: tuned on validation (0.5 where there was too little)
    std::vector<int> untunedLabels; // labels that kept 0.5 (too few validation positives)
    int minDf = 2;                  // as applied (1 when min_df 2 would leave no feature)
    int validationMemes = 0;
    int iterations = 0; // L-BFGS iterations of the chosen C
};

// The baseline researchers compare against first, built as scikit-learn's standard pipeline: a
// FeatureUnion of two TfidfVectorizers -- word 1-2-grams (token pattern \b\w\w+\b) and char_wb 2-5-grams
// (each whitespace-separated chunk padded with spaces, in Unicode characters) -- each lower-cased, with
// min_df, sublinear tf, smooth idf ln((1 + n) / (1 + df)) + 1 and its own L2 normalisation; then logistic
// regression (multinomial for single-label, one-vs-rest for multi-label) minimising
// C * sum(loss) + ||w||^2 / 2 (bias not penalised) with L-BFGS. Deterministic.
class TfidfLogisticRegression {
public:
    // One fit with options.c; thresholds stay 0.5.
    void fit(const std::vector<std::string>& texts, const std::vector<std::vector<int>>& labels,
             int numLabels, bool multiLabel, const BaselineOptions& options = {});
    // Fits on train once per C of the grid (warm-started), keeps the C with the best validation macro-F1
    // (multi-label: after tuning per-label thresholds on validation, kept with the model). With fewer than
    // kMinValidationMemes labelled validation memes it falls back to options.c and untuned thresholds.
    BaselineFit fitSelectingC(const std::vector<std::string>& trainTexts,
                              const std::vector<std::vector<int>>& trainLabels,
                              const std::vector<std::string>& valTexts,
                              const std::vector<std::vector<int>>& valLabels, int numLabels, bool multiLabel,
                              const BaselineOptions& options = {});
    static constexpr int kMinValidationMemes = 10;
    static constexpr int kMinPositivesToTune = 3;

    // Per text: probabilities per label (softmax rows sum to 1; sigmoid per label for multi-label).
    std::vector<std::vector<double>> predictProba(const std::vector<std::string>& texts) const;
    // Decision thresholds per label (multi-label; 0.5 unless tuned).
    const std::vector<double>& thresholds() const { return thresholds_; }
    // A fitted model as a file (text header, features length-prefixed so any bytes survive, weights as
    // round-trippable decimals). load() reads this version and the first (raw tf, no thresholds) and throws
    // std::runtime_error naming the file and the problem.
    void save(const std::string& path) const;
    static TfidfLogisticRegression load(const std::string& path);
    int numLabels() const { return numLabels_; }
    bool multiLabel() const { return multiLabel_; }
    double c() const { return c_; }
    size_t featureCount() const { return idf_.size(); }
    // The TF-IDF row of one text: (feature index, value), sorted by index.
    std::vector<std::pair<int, double>> features(const std::string& text) const;
    double idfOf(const std::string& feature) const; // "w:word", "w:two words", "c: wo" ...; 0 if unknown
    // What each whitespace-separated chunk of `text` (a word as the reader sees it, returned in `chunks`)
    // adds to the label's decision value: every feature occurrence's coefficient x tf-idf value / the
    // feature's count, to the chunk it was read from (a word pair: half to each word's chunk). The
    // contributions sum to the decision value minus the bias.
    std::vector<double> chunkContributions(const std::string& text, int label,
                                           std::vector<std::string>* chunks) const;
    double bias(int label) const { return weights_[idf_.size() * size_t(numLabels_) + size_t(label)]; }

private:
    void buildVocabulary(const std::vector<std::string>& texts, int minDf);
    std::unordered_map<std::string, int> vocab_;
    std::vector<double> idf_;
    std::vector<int> block_;      // 0 = word features, 1 = character features
    std::vector<double> weights_; // [feature or bias][label]: (featureCount() + 1) * numLabels
    std::vector<double> thresholds_;
    int numLabels_ = 0;
    bool multiLabel_ = false;
    bool sublinearTf_ = true;
    double blockScale_ = 1.0; // files of the first version scaled each block by 1/sqrt(2)
    double c_ = 1.0;
};

// The raw features of a text (word 1-2-grams as "w:...", char_wb 2-5-grams as "c:..."), with counts.
std::unordered_map<std::string, int> baselineTerms(const std::string& text);

} // namespace memescope::baseline
