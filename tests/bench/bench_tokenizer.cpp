// RoBERTa BPE throughput on a realistic corpus: meme captions (the demo's phrase style, mixed case, emoji,
// contractions) plus ~130-word figurative-reasoning paragraphs, as the reference model feeds them
// (`ocr_text [SEP] reasoning`). Cold = empty merge cache, warm = the same texts again (the cache in use).
// Torch-free code, but built with the ml library.
#include "core/ml/text/BpeTokenizer.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace memescope::ml;

int main() {
    const std::string dir = std::string(MEMESCOPE_FIXTURES_DIR) + "/tokenizer/roberta-base/";
    const std::vector<std::string> captions = {
        "ME AT 3AM REPLAYING EVERY CONVERSATION", "when you skip dinner again\nbecause food feels pointless",
        "I'M FINE 🙂 (i am not fine)", "nobody:\nme: overthinking a text message for 4 hours", "y'all ever just... stare at the ceiling 😭",
        "my brain at 2am: what if they hate me", "Friends inviting me out / Me: gathering dust forever", "STUDYING FOR THE EXAM ZERO WORDS SINK IN"};
    const std::vector<std::string> reasoning = {
        "1. Cause-Effect: The caption links an everyday situation to a strong inner reaction, and the image exaggerates it.",
        "2. Figurative Understanding: The meme uses irony: a light format carries a heavy message about sleeplessness.",
        "3. Mental State: The poster shows signs consistent with excessive worry and difficulty relaxing, despite the humour."};
    std::mt19937 rng(1);
    std::vector<std::string> corpus;
    for (int i = 0; i < 4000; ++i) {
        std::string t = captions[rng() % captions.size()] + " #" + std::to_string(rng() % 1000);
        if (i % 2 == 0) {
            t += " [SEP] ";
            for (int k = 0; k < 6; ++k) t += reasoning[rng() % reasoning.size()] + " ";
        }
        corpus.push_back(t);
    }
    size_t bytes = 0;
    for (const auto& t : corpus) bytes += t.size();
    const BpeTokenizer tok = BpeTokenizer::fromFiles(dir + "vocab.json", dir + "merges.txt");
    auto pass = [&] {
        size_t tokens = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto& t : corpus) tokens += tok.encode(t).size();
        return std::pair{tokens, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()};
    };
    const auto [tokens, cold] = pass();
    const auto [tokens2, warm] = pass();
    std::printf("| corpus: %zu texts, %.1f MB, %zu tokens | seconds | tokens/s | MB/s |\n|---|---|---|---|\n", corpus.size(), bytes / 1e6,
                tokens);
    std::printf("| cold (empty merge cache) | %.3f | %.0f | %.1f |\n", cold, tokens / cold, bytes / 1e6 / cold);
    std::printf("| warm (cached merges) | %.3f | %.0f | %.1f |\n| cache speed-up | %.1fx | | |\n", warm, tokens2 / warm, bytes / 1e6 / warm,
                cold / warm);
    return 0;
}
