#include "BpeTrainer.h"

#include "BpeTokenizer.h"
#include "PreTokenizer.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

namespace memescope::ml {

BpeTrainingResult BpeTrainer::train(const std::vector<std::string>& texts, int vocabSize,
                                    const std::string& outDir, int minPairFrequency) {
    const auto& table = byteToUnicode();
    // Distinct pre-tokens with their counts, each as a sequence of symbols.
    std::unordered_map<std::string, int> counts;
    for (const std::string& t : texts)
        for (std::string_view piece : preTokenize(t)) {
            std::string mapped;
            for (unsigned char b : piece)
                mapped += table[b];
            ++counts[mapped];
        }
    struct Word {
        std::vector<std::string> symbols;
        int count;
    };
    std::vector<Word> words;
    words.reserve(counts.size());
    for (auto& [w, c] : counts) {
        Word word{{}, c};
        for (size_t i = 0; i < w.size();) {
            size_t len = 0;
            decodeUtf8(w, i, len);
            word.symbols.push_back(w.substr(i, len));
            i += len;
        }
        words.push_back(std::move(word));
    }

    nlohmann::ordered_json vocab;
    int64_t next = 0;
    for (const char* s : {"<s>", "<pad>", "</s>", "<unk>", "<mask>"})
        vocab[s] = next++;
    for (int b = 0; b < 256; ++b)
        vocab[table[b]] = next++;
    std::vector<std::string> merges;
    while (next < vocabSize) {
        std::map<std::pair<std::string, std::string>, int> pairs; // ordered: deterministic ties
        for (const Word& w : words)
            for (size_t i = 0; i + 1 < w.symbols.size(); ++i)
                pairs[{w.symbols[i], w.symbols[i + 1]}] += w.count;
        const std::pair<std::string, std::string>* best = nullptr;
        int bestCount = 0;
        for (const auto& [p, c] : pairs)
            if (c > bestCount) {
                best = &p;
                bestCount = c;
            }
        if (!best || bestCount < minPairFrequency) break;
        const std::string left = best->first, right = best->second, joined = left + right;
        merges.push_back(left + " " + right);
        if (!vocab.contains(joined)) vocab[joined] = next++;
        for (Word& w : words) {
            std::vector<std::string> merged;
            merged.reserve(w.symbols.size());
            for (size_t i = 0; i < w.symbols.size();) {
                if (i + 1 < w.symbols.size() && w.symbols[i] == left && w.symbols[i + 1] == right) {
                    merged.push_back(joined);
                    i += 2;
                } else {
                    merged.push_back(w.symbols[i++]);
                }
            }
            w.symbols.swap(merged);
        }
    }
    std::filesystem::create_directories(outDir);
    {
        std::ofstream v(outDir + "/vocab.json", std::ios::binary);
        v << vocab.dump();
        std::ofstream m(outDir + "/merges.txt", std::ios::binary);
        m << "#version: 0.2\n";
        for (const auto& line : merges)
            m << line << "\n";
        if (!v || !m) throw TokenizerError(outDir + ": cannot write vocab.json / merges.txt");
    }
    return {int(next), int(merges.size())};
}

} // namespace memescope::ml
