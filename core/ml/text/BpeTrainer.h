#pragma once

#include <string>
#include <vector>

namespace memescope::ml {

struct BpeTrainingResult {
    int vocabSize = 0;
    int merges = 0;
};

// Learns a byte-level BPE vocabulary from a project's own texts (for models trained from scratch):
// same pre-tokenizer and byte table as RoBERTa; ids 0..4 are <s>, <pad>, </s>, <unk>, <mask>, then the
// 256 byte symbols, then one token per merge, most frequent pair first (ties broken by the pair's text,
// so the result is deterministic). Writes vocab.json and merges.txt into `outDir`, loadable by BpeTokenizer.
class BpeTrainer {
public:
    static BpeTrainingResult train(const std::vector<std::string>& texts, int vocabSize,
                                   const std::string& outDir, int minPairFrequency = 2);
};

} // namespace memescope::ml
