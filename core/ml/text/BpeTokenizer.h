#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace memescope::ml {

class TokenizerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Encoding {
    std::vector<int64_t> ids;
    std::vector<int64_t> attentionMask; // 1 = real token (incl. <s> and </s>), 0 = padding
    bool truncated = false;
};

// RoBERTa's byte-level BPE (GPT-2 byte-to-unicode table, merges by rank), Hugging Face-exact: no
// normalisation, add_prefix_space = false, <s> ... </s> around the content, right truncation of the
// content to max_length - 2, right padding with <pad>. Special tokens written literally in the text
// (<s>, </s>, <pad>, <unk>, <mask>, the last with lstrip) are recognised as HF does.
// Thread-safe for encoding (the merge cache is guarded).
class BpeTokenizer {
public:
    // vocab.json + merges.txt (first line "#version" skipped), or a tokenizer.json.
    static BpeTokenizer fromFiles(const std::string& vocabJson, const std::string& mergesTxt);
    static BpeTokenizer fromTokenizerJson(const std::string& tokenizerJson);
    // A directory holding tokenizer.json or vocab.json + merges.txt.
    static BpeTokenizer fromDirectory(const std::string& dir);

    BpeTokenizer(BpeTokenizer&&) noexcept;
    BpeTokenizer& operator=(BpeTokenizer&&) noexcept;
    ~BpeTokenizer();

    // Ids with <s> and </s>, no truncation or padding.
    std::vector<int64_t> encode(const std::string& utf8) const;
    // Truncated and padded to exactly maxLength (>= 2).
    Encoding encode(const std::string& utf8, int maxLength) const;
    // Ids of the content only (no specials).
    std::vector<int64_t> encodeContent(const std::string& utf8) const;
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecial = true) const;
    // The byte-level token strings (as in vocab.json) of the ids.
    std::vector<std::string> tokens(const std::vector<int64_t>& ids) const;

    int64_t vocabSize() const;
    int64_t padId() const { return pad_; }
    int64_t bosId() const { return bos_; }
    int64_t eosId() const { return eos_; }

private:
    BpeTokenizer();
    void finishSetup();
    void bpe(const std::string& mappedWord, std::vector<int64_t>& out) const;
    struct Impl;
    std::unique_ptr<Impl> d_;
    int64_t bos_ = 0, pad_ = 1, eos_ = 2, unk_ = 3;
};

// The GPT-2 byte -> printable unicode character table, as UTF-8 strings (byte 0x20 -> "Ġ").
const std::vector<std::string>& byteToUnicode();

} // namespace memescope::ml
