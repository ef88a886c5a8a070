// The byte-level BPE tokenizer (RoBERTa's vocabulary from the fixtures) on arbitrary bytes, valid UTF-8
// or not: encoding never crashes, every id is in the vocabulary, and truncation respects the limit.
#include "core/ml/text/BpeTokenizer.h"

#include <cstdlib>
#include <string>

namespace {
const memescope::ml::BpeTokenizer& tokenizer() {
    static const memescope::ml::BpeTokenizer t =
        memescope::ml::BpeTokenizer::fromDirectory(MEMESCOPE_FIXTURES_DIR "/tokenizer/roberta-base");
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto& t = tokenizer();
    for (const int64_t id : t.encode(text))
        if (id < 0 || id >= t.vocabSize()) std::abort();
    const auto e = t.encode(text, 16);
    if (e.ids.size() > 16) std::abort();
    (void)t.decode(e.ids);
    return 0;
}
