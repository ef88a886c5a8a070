// RoBERTa byte-level BPE against Hugging Face's ids for every fixture case (special literals included),
// truncation/padding, tokenizer.json loading, decoding, and the BPE trainer.
#include "MiniTest.h"
#include "core/ml/text/BpeTokenizer.h"
#include "core/ml/text/BpeTrainer.h"
#include "core/ml/text/PreTokenizer.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

const std::string kDir = std::string(MEMESCOPE_FIXTURES_DIR) + "/tokenizer/";

const BpeTokenizer& roberta() {
    static const BpeTokenizer t =
        BpeTokenizer::fromFiles(kDir + "roberta-base/vocab.json", kDir + "roberta-base/merges.txt");
    return t;
}

std::vector<nlohmann::json> readJsonl(const std::string& path) {
    std::ifstream in(path);
    std::vector<nlohmann::json> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(nlohmann::json::parse(line));
    return out;
}

std::string ids(const std::vector<int64_t>& v) {
    std::string s;
    for (auto i : v)
        s += std::to_string(i) + " ";
    return s;
}

} // namespace

TEST(everyFixtureCaseMatchesHuggingFace) {
    const auto cases = readJsonl(kDir + "roberta_cases.jsonl");
    REQUIRE(cases.size() == 268);
    int matched = 0;
    for (const auto& c : cases) {
        const auto want = c["ids"].get<std::vector<int64_t>>();
        const auto got = roberta().encode(c["text"].get<std::string>());
        CHECK_MSG(got == want, c["tag"].get<std::string>() << " '" << c["text"].get<std::string>()
                                                           << "': got " << ids(got) << " want " << ids(want));
        matched += got == want;
    }
    std::printf("  %d / %zu cases identical (incl. the special_literal ones)\n", matched, cases.size());
}

TEST(truncationAndPaddingMatch) {
    for (const auto& c : readJsonl(kDir + "roberta_truncation_cases.jsonl")) {
        const Encoding e = roberta().encode(c["text"].get<std::string>(), c["max_length"].get<int>());
        CHECK(e.ids == c["ids"].get<std::vector<int64_t>>());
        CHECK(e.attentionMask == c["attention_mask"].get<std::vector<int64_t>>());
        CHECK(e.truncated == c["truncated"].get<bool>());
    }
}

TEST(preTokenizerSplitsAsTheRegex) {
    auto split = [](const std::string& s) {
        std::vector<std::string> out;
        for (auto v : preTokenize(s))
            out.emplace_back(v);
        return out;
    };
    CHECK((split("I'm fine") == std::vector<std::string>{"I", "'m", " fine"}));
    CHECK((split("I'M") == std::vector<std::string>{"I", "'", "M"}));
    CHECK((split("a  b") == std::vector<std::string>{"a", " ", " b"}));
    CHECK((split("x\ty") == std::vector<std::string>{"x", "\t", "y"}));
    CHECK((split("ok!!! 42") == std::vector<std::string>{"ok", "!!!", " 42"}));
    CHECK((split("end  ") == std::vector<std::string>{"end", "  "}));
}

TEST(decodeRoundTripsAndTokenStrings) {
    const std::string text = "ME AT 3AM 😭 replaying every conversation\nwhy am i like this";
    const auto e = roberta().encode(text);
    CHECK(roberta().decode(e) == text);
    CHECK(roberta().tokens({0, 2})[0] == "<s>");
    CHECK(roberta().vocabSize() == 50265);
}

TEST(tokenizerJsonGivesTheSameIds) {
    // Build a tokenizer.json from the same vocab and merges (both merge notations), load it, compare.
    nlohmann::json vocab = nlohmann::json::parse(std::ifstream(kDir + "roberta-base/vocab.json"));
    nlohmann::json merges = nlohmann::json::array();
    std::ifstream m(kDir + "roberta-base/merges.txt");
    std::string line;
    std::getline(m, line); // #version
    int n = 0;
    while (std::getline(m, line) && !line.empty()) {
        const auto sp = line.find(' ');
        if (n++ % 2)
            merges.push_back(line);
        else
            merges.push_back({line.substr(0, sp), line.substr(sp + 1)});
    }
    const fs::path dir = fs::temp_directory_path() / "memescope-tokjson";
    fs::create_directories(dir);
    std::ofstream(dir / "tokenizer.json")
        << nlohmann::json{{"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merges}}}}.dump();
    const BpeTokenizer t = BpeTokenizer::fromDirectory(dir.string());
    for (const char* s : {"Hello world", "I'M FINE 😅", "when you skip dinner again"})
        CHECK(t.encode(s) == roberta().encode(s));
    fs::remove_all(dir);
}

TEST(badTokenizerFilesAreNamed) {
    const fs::path dir = fs::temp_directory_path() / "memescope-badtok";
    fs::create_directories(dir);
    std::ofstream(dir / "vocab.json") << "{not json";
    std::ofstream(dir / "merges.txt") << "#version: 0.2\na b\n";
    try {
        BpeTokenizer::fromDirectory(dir.string());
        CHECK(false);
    } catch (const TokenizerError& e) {
        CHECK(std::string(e.what()).find("vocab.json: malformed JSON") != std::string::npos);
    }
    CHECK_THROWS(BpeTokenizer::fromDirectory((dir / "nothing").string()), TokenizerError);
    fs::remove_all(dir);
}

TEST(trainerLearnsAVocabularyThatRoundTrips) {
    std::vector<std::string> corpus;
    for (int i = 0; i < 300; ++i) {
        corpus.push_back("me at three am replaying every conversation " + std::to_string(i % 7));
        corpus.push_back("when you skip dinner again because food feels pointless");
        corpus.push_back("I'M NOT GOOD ENOUGH and everyone knows it");
    }
    const fs::path dir = fs::temp_directory_path() / "memescope-bpetrain";
    // A small corpus runs out of pairs seen twice before 5000 tokens: training stops there.
    const BpeTrainingResult r = BpeTrainer::train(corpus, 5000, dir.string());
    std::printf("  trained: %d tokens, %d merges\n", r.vocabSize, r.merges);
    CHECK(r.vocabSize < 5000 && r.vocabSize > 261 + 20);
    CHECK(r.vocabSize == 261 + r.merges || r.vocabSize < 261 + r.merges); // a merge may recreate a token
    const BpeTrainingResult capped = BpeTrainer::train(corpus, 280, (dir / "capped").string());
    CHECK(capped.vocabSize == 280);
    const BpeTokenizer t = BpeTokenizer::fromDirectory(dir.string());
    for (const std::string s : {"me at three am", "food feels pointless", "unseen wörds 😀"})
        CHECK(t.decode(t.encode(s)) == s);
    // Frequent words became single tokens.
    CHECK(t.encodeContent(" conversation").size() == 1);
    // Deterministic.
    const fs::path dir2 = fs::temp_directory_path() / "memescope-bpetrain2";
    BpeTrainer::train(corpus, 5000, dir2.string());
    std::ifstream a(dir / "merges.txt"), b(dir2 / "merges.txt");
    CHECK(std::string(std::istreambuf_iterator<char>(a), {}) ==
          std::string(std::istreambuf_iterator<char>(b), {}));
    fs::remove_all(dir);
    fs::remove_all(dir2);
}

MINITEST_MAIN
