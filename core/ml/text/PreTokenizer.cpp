#include "PreTokenizer.h"

#include "UnicodeCategories.h"

namespace memescope::ml {

bool isPreTokenizerSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

char32_t decodeUtf8(std::string_view s, size_t pos, size_t& length) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    auto cont = [&](size_t i) {
        return pos + i < s.size() && (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80;
    };
    auto bits = [&](size_t i) { return char32_t(static_cast<unsigned char>(s[pos + i]) & 0x3F); };
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && cont(1)) {
        length = 2;
        return (char32_t(b0 & 0x1F) << 6) | bits(1);
    }
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const char32_t c = (char32_t(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
        if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
            length = 3;
            return c;
        }
    }
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const char32_t c = (char32_t(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
        if (c >= 0x10000 && c <= 0x10FFFF) {
            length = 4;
            return c;
        }
    }
    length = 1;
    return 0xFFFD;
}

namespace {

enum class Kind { Letter, Number, Space, Other };

struct Char {
    size_t pos, len;
    char32_t cp;
    Kind kind;
};

Kind kindOf(char32_t c) {
    if (isPreTokenizerSpace(c)) return Kind::Space;
    if (isUnicodeLetter(c)) return Kind::Letter;
    if (isUnicodeNumber(c)) return Kind::Number;
    return Kind::Other;
}

} // namespace

std::vector<std::string_view> preTokenize(std::string_view text) {
    std::vector<Char> chars;
    chars.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        size_t len = 0;
        const char32_t cp = decodeUtf8(text, pos, len);
        chars.push_back({pos, len, cp, kindOf(cp)});
        pos += len;
    }
    std::vector<std::string_view> out;
    const size_t n = chars.size();
    auto emit = [&](size_t from, size_t to) { // [from, to) in chars
        const size_t begin = chars[from].pos;
        const size_t end = to < n ? chars[to].pos : text.size();
        out.emplace_back(text.substr(begin, end - begin));
    };
    auto runOf = [&](size_t from, Kind k) {
        size_t j = from;
        while (j < n && chars[j].kind == k)
            ++j;
        return j;
    };
    auto runOfOther = [&](size_t from) {
        size_t j = from;
        while (j < n && chars[j].kind == Kind::Other)
            ++j;
        return j;
    };
    size_t i = 0;
    while (i < n) {
        const Char& c = chars[i];
        // 1. Contractions (ASCII apostrophe, case-sensitive), in the regex's order.
        if (c.cp == U'\'' && i + 1 < n) {
            const char32_t a = chars[i + 1].cp;
            const char32_t b = i + 2 < n ? chars[i + 2].cp : 0;
            size_t len = 0;
            if (a == U's' || a == U't' || a == U'm' || a == U'd')
                len = 2;
            else if ((a == U'r' && b == U'e') || (a == U'v' && b == U'e') || (a == U'l' && b == U'l'))
                len = 3;
            if (len) {
                emit(i, i + len);
                i += len;
                continue;
            }
        }
        // 2-4. Optional ASCII space, then a run of letters / numbers / other symbols.
        const bool space = c.cp == U' ' && i + 1 < n;
        const size_t start = space ? i + 1 : i;
        const Kind k = chars[start].kind;
        if ((!space || k != Kind::Space) && (k == Kind::Letter || k == Kind::Number || k == Kind::Other)) {
            const size_t end = k == Kind::Other ? runOfOther(start) : runOf(start, k);
            emit(i, end);
            i = end;
            continue;
        }
        // 5. \s+(?!\S): a whitespace run, leaving its last character for the next token when a
        //    non-space follows (so " word" keeps its space); 6. \s+ otherwise.
        if (c.kind == Kind::Space) {
            const size_t end = runOf(i, Kind::Space);
            if (end == n || end - i == 1) {
                emit(i, end);
                i = end;
            } else {
                emit(i, end - 1);
                i = end - 1;
            }
            continue;
        }
        // Unreachable with the classes above, but never loop forever.
        emit(i, i + 1);
        ++i;
    }
    return out;
}

} // namespace memescope::ml
