#include "BpeTokenizer.h"

#include "PreTokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <shared_mutex>
#include <sstream>

namespace memescope::ml {
namespace {

std::string utf8Of(char32_t c) {
    std::string s;
    if (c < 0x80)
        s += char(c);
    else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
    return s;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw TokenizerError(path + ": cannot be opened");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Splits a mapped (byte-level) word into its characters, each a UTF-8 string.
std::vector<std::string> splitChars(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        size_t len = 0;
        decodeUtf8(s, i, len);
        out.push_back(s.substr(i, len));
        i += len;
    }
    return out;
}

struct SpecialToken {
    std::string text;
    bool lstrip;
};

} // namespace

const std::vector<std::string>& byteToUnicode() {
    static const std::vector<std::string> table = [] {
        // Printable bytes map to themselves; the others to U+0100 upwards, in byte order.
        std::vector<std::string> t(256);
        int extra = 0;
        for (int b = 0; b < 256; ++b) {
            const bool printable =
                (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            t[b] = utf8Of(printable ? char32_t(b) : char32_t(256 + extra++));
        }
        return t;
    }();
    return table;
}

struct BpeTokenizer::Impl {
    std::unordered_map<std::string, int64_t> vocab;
    std::vector<std::string> idToToken;
    std::unordered_map<std::string, int> mergeRank; // "left right" -> rank
    std::vector<SpecialToken> specials;
    mutable std::shared_mutex cacheMutex;
    mutable std::unordered_map<std::string, std::vector<int64_t>> cache;
    std::unordered_map<std::string, unsigned char> unicodeToByte;
};

BpeTokenizer::BpeTokenizer()
    : d_(std::make_unique<Impl>()) {}
BpeTokenizer::BpeTokenizer(BpeTokenizer&&) noexcept = default;
BpeTokenizer& BpeTokenizer::operator=(BpeTokenizer&&) noexcept = default;
BpeTokenizer::~BpeTokenizer() = default;

BpeTokenizer BpeTokenizer::fromFiles(const std::string& vocabJson, const std::string& mergesTxt) {
    BpeTokenizer t;
    nlohmann::json v;
    try {
        v = nlohmann::json::parse(readFile(vocabJson));
    } catch (const nlohmann::json::exception& e) {
        throw TokenizerError(vocabJson + ": malformed JSON: " + e.what());
    }
    if (!v.is_object()) throw TokenizerError(vocabJson + ": expected a JSON object of token -> id");
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0)
            throw TokenizerError(vocabJson + ": token '" + it.key() + "' has no valid id");
        t.d_->vocab.emplace(it.key(), it.value().get<int64_t>());
    }
    std::istringstream merges(readFile(mergesTxt));
    std::string line;
    int rank = 0, lineNo = 0;
    while (std::getline(merges, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || (lineNo == 1 && line.rfind("#version", 0) == 0)) continue;
        const size_t sp = line.find(' ');
        if (sp == std::string::npos || sp == 0 || sp + 1 >= line.size() ||
            line.find(' ', sp + 1) != std::string::npos)
            throw TokenizerError(mergesTxt + ": line " + std::to_string(lineNo) + " is not 'left right'");
        t.d_->mergeRank.emplace(line, rank++);
    }
    t.finishSetup();
    return t;
}

BpeTokenizer BpeTokenizer::fromTokenizerJson(const std::string& path) {
    BpeTokenizer t;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(readFile(path));
        const auto& model = j.at("model");
        for (auto it = model.at("vocab").begin(); it != model.at("vocab").end(); ++it)
            t.d_->vocab.emplace(it.key(), it.value().get<int64_t>());
        int rank = 0;
        for (const auto& m : model.at("merges")) {
            // Older files: "a b"; newer: ["a", "b"].
            const std::string key = m.is_string()
                                        ? m.get<std::string>()
                                        : m.at(0).get<std::string>() + " " + m.at(1).get<std::string>();
            t.d_->mergeRank.emplace(key, rank++);
        }
    } catch (const nlohmann::json::exception& e) {
        throw TokenizerError(path + ": not a BPE tokenizer.json: " + e.what());
    }
    t.finishSetup();
    return t;
}

BpeTokenizer BpeTokenizer::fromDirectory(const std::string& dir) {
    namespace fs = std::filesystem;
    if (fs::exists(fs::path(dir) / "vocab.json") && fs::exists(fs::path(dir) / "merges.txt"))
        return fromFiles((fs::path(dir) / "vocab.json").string(), (fs::path(dir) / "merges.txt").string());
    if (fs::exists(fs::path(dir) / "tokenizer.json"))
        return fromTokenizerJson((fs::path(dir) / "tokenizer.json").string());
    throw TokenizerError(dir + ": no tokenizer files (vocab.json + merges.txt, or tokenizer.json)");
}

void BpeTokenizer::finishSetup() {
    auto id = [&](const char* tok, int64_t fallback) {
        const auto it = d_->vocab.find(tok);
        return it == d_->vocab.end() ? fallback : it->second;
    };
    bos_ = id("<s>", 0);
    pad_ = id("<pad>", 1);
    eos_ = id("</s>", 2);
    unk_ = id("<unk>", 3);
    int64_t maxId = 0;
    for (const auto& [tok, i] : d_->vocab)
        maxId = std::max(maxId, i);
    d_->idToToken.assign(size_t(maxId) + 1, std::string());
    for (const auto& [tok, i] : d_->vocab)
        d_->idToToken[size_t(i)] = tok;
    for (const char* s : {"<s>", "</s>", "<pad>", "<unk>", "<mask>"})
        if (d_->vocab.count(s)) d_->specials.push_back({s, std::string(s) == "<mask>"});
    const auto& table = byteToUnicode();
    for (int b = 0; b < 256; ++b)
        d_->unicodeToByte.emplace(table[b], static_cast<unsigned char>(b));
}

int64_t BpeTokenizer::vocabSize() const {
    return int64_t(d_->idToToken.size());
}

void BpeTokenizer::bpe(const std::string& mapped, std::vector<int64_t>& out) const {
    {
        std::shared_lock lock(d_->cacheMutex);
        const auto it = d_->cache.find(mapped);
        if (it != d_->cache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::string> word = splitChars(mapped);
    // Merge the lowest-ranked adjacent pair, all its occurrences, until no pair has a rank.
    while (word.size() > 1) {
        int best = INT_MAX;
        size_t bestAt = 0;
        for (size_t i = 0; i + 1 < word.size(); ++i) {
            const auto it = d_->mergeRank.find(word[i] + ' ' + word[i + 1]);
            if (it != d_->mergeRank.end() && it->second < best) {
                best = it->second;
                bestAt = i;
            }
        }
        if (best == INT_MAX) break;
        const std::string left = word[bestAt], right = word[bestAt + 1];
        std::vector<std::string> merged;
        merged.reserve(word.size());
        for (size_t i = 0; i < word.size();) {
            if (i + 1 < word.size() && word[i] == left && word[i + 1] == right) {
                merged.push_back(left + right);
                i += 2;
            } else {
                merged.push_back(word[i++]);
            }
        }
        word.swap(merged);
    }
    std::vector<int64_t> ids;
    ids.reserve(word.size());
    for (const std::string& piece : word) {
        const auto it = d_->vocab.find(piece);
        if (it != d_->vocab.end()) {
            ids.push_back(it->second);
        } else {
            // A vocabulary without this merge result: fall back to its characters (each byte char is in
            // any byte-level vocab), else <unk>.
            for (const std::string& ch : splitChars(piece)) {
                const auto c = d_->vocab.find(ch);
                ids.push_back(c != d_->vocab.end() ? c->second : unk_);
            }
        }
    }
    out.insert(out.end(), ids.begin(), ids.end());
    std::unique_lock lock(d_->cacheMutex);
    if (d_->cache.size() > 200000) d_->cache.clear(); // bounded memory on huge corpora
    d_->cache.emplace(mapped, std::move(ids));
}

std::vector<int64_t> BpeTokenizer::encodeContent(const std::string& text) const {
    std::vector<int64_t> out;
    const auto& table = byteToUnicode();
    auto encodePlain = [&](std::string_view segment) {
        for (std::string_view piece : preTokenize(segment)) {
            std::string mapped;
            mapped.reserve(piece.size() * 2);
            for (unsigned char b : piece)
                mapped += table[b];
            bpe(mapped, out);
        }
    };
    // Literal special tokens are matched first, as HF's added-token splitting does.
    size_t start = 0, pos = 0;
    while (pos < text.size()) {
        const SpecialToken* hit = nullptr;
        if (text[pos] == '<')
            for (const auto& s : d_->specials)
                if (text.compare(pos, s.text.size(), s.text) == 0) {
                    hit = &s;
                    break;
                }
        if (!hit) {
            ++pos;
            continue;
        }
        size_t segEnd = pos;
        if (hit->lstrip)
            while (segEnd > start &&
                   (text[segEnd - 1] == ' ' || text[segEnd - 1] == '\t' || text[segEnd - 1] == '\n'))
                --segEnd;
        encodePlain(std::string_view(text).substr(start, segEnd - start));
        out.push_back(d_->vocab.at(hit->text));
        pos += hit->text.size();
        start = pos;
    }
    encodePlain(std::string_view(text).substr(start));
    return out;
}

std::vector<int64_t> BpeTokenizer::encode(const std::string& text) const {
    std::vector<int64_t> ids{bos_};
    const auto content = encodeContent(text);
    ids.insert(ids.end(), content.begin(), content.end());
    ids.push_back(eos_);
    return ids;
}

Encoding BpeTokenizer::encode(const std::string& text, int maxLength) const {
    if (maxLength < 2) throw TokenizerError("max_length must be at least 2");
    Encoding e;
    std::vector<int64_t> content = encodeContent(text);
    if (int(content.size()) > maxLength - 2) {
        content.resize(size_t(maxLength - 2));
        e.truncated = true;
    }
    e.ids.reserve(size_t(maxLength));
    e.ids.push_back(bos_);
    e.ids.insert(e.ids.end(), content.begin(), content.end());
    e.ids.push_back(eos_);
    e.attentionMask.assign(e.ids.size(), 1);
    e.ids.resize(size_t(maxLength), pad_);
    e.attentionMask.resize(size_t(maxLength), 0);
    return e;
}

std::vector<std::string> BpeTokenizer::tokens(const std::vector<int64_t>& ids) const {
    std::vector<std::string> out;
    for (int64_t id : ids)
        out.push_back(id >= 0 && id < vocabSize() ? d_->idToToken[size_t(id)] : std::string("<unk>"));
    return out;
}

std::string BpeTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecial) const {
    std::string bytes;
    for (const std::string& tok : tokens(ids)) {
        const bool special = tok.size() > 2 && tok.front() == '<' && tok.back() == '>';
        if (special) {
            if (!skipSpecial) bytes += tok;
            continue;
        }
        for (const std::string& ch : splitChars(tok)) {
            const auto it = d_->unicodeToByte.find(ch);
            if (it != d_->unicodeToByte.end()) bytes += char(it->second);
        }
    }
    return bytes;
}

} // namespace memescope::ml
