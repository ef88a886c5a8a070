#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace memescope::ml {

// RoBERTa/GPT-2 byte-level pre-tokenization: splits text as the regex
//   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// would (Unicode semantics, add_prefix_space = false), without a regex engine: std::regex has no \p{..}.
// Input and output are UTF-8; invalid UTF-8 bytes are kept as single "characters" (byte-level BPE can
// encode any byte).
std::vector<std::string_view> preTokenize(std::string_view utf8);

// UTF-8 decoding helper: the code point at `pos` and its length in bytes (invalid byte -> U+FFFD, length 1).
char32_t decodeUtf8(std::string_view s, size_t pos, size_t& length);

} // namespace memescope::ml
